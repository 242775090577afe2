// The two drawable views of the served graph and the health record the viewer chooses between them with:
// `full` (graph.json as loaded) and `concepts` (concepts.json from the same folder, checked, or — when the build
// did not write one — the concept map computed from the graph on first request). Each is serialised and gzipped
// once.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { graphToJson } from '../export';
import { buildConceptMap } from '../graph';
import { readConceptFile } from './concept-file';
import type { ServedGraph } from './query-api';
import { FULL_VIEW_MAX_NODES, type GraphView, type HealthInfo, type ViewChoice } from './types';

export interface ServedBody {
  json: Buffer;
  gzip: Buffer;
}

export interface GraphViews {
  health: HealthInfo;
  /** Where the concept map comes from: the file beside graph.json, or computed from the graph. */
  conceptSource: 'file' | 'computed';
  body(view: GraphView): ServedBody;
}

export interface GraphViewOptions {
  /** The served graph.json; concepts.json is looked for in its folder. */
  graphFile: string;
  view?: ViewChoice;
  fullViewMaxNodes?: number;
}

/** The view `auto` opens: the full graph while it is small enough to draw, else the concept map. */
export function defaultViewFor(
  nodes: number,
  choice: ViewChoice = 'auto',
  maxNodes = FULL_VIEW_MAX_NODES,
): GraphView {
  if (choice !== 'auto') return choice;
  return nodes <= maxNodes ? 'full' : 'concepts';
}

export const conceptFileFor = (graphFile: string): string =>
  path.join(path.dirname(graphFile), 'concepts.json');

const served = (json: Buffer): ServedBody => ({ json, gzip: gzipSync(json) });

export function createGraphViews(graph: ServedGraph, options: GraphViewOptions): GraphViews {
  let papers = 0;
  graph.forEachNode((_node, a) => {
    if (a.kind === 'paper') papers++;
  });
  const health: HealthInfo = {
    status: 'ok',
    nodes: graph.order,
    edges: graph.size,
    papers,
    terms: graph.order - papers,
    defaultView: defaultViewFor(graph.order, options.view, options.fullViewMaxNodes),
  };
  const full = served(Buffer.from(JSON.stringify(graph.export()), 'utf8'));
  const file = readConceptFile(conceptFileFor(options.graphFile), graph);
  let concepts: ServedBody | undefined = file ? served(file.json) : undefined;
  return {
    health,
    conceptSource: file ? 'file' : 'computed',
    body(view) {
      if (view === 'full') return full;
      concepts ??= served(Buffer.from(graphToJson(buildConceptMap(graph)), 'utf8'));
      return concepts;
    },
  };
}
