// Builds the viewer's model once from the graph data: a graphology graph for sigma and the panels whose node and
// edge attributes are the data's own objects (not copies: the first frame waits for this, and sigma copies
// JSON-parsed objects faster than any the viewer would build), plus the communities, the year range and the
// largest degree. `loadGraphModel` validates the parsed JSON in the same pass (the data is walked once, not twice).
import Graph from 'graphology';
import type {
  CommunityInfo,
  DisplayEdgeAttributes,
  DisplayGraphAttributes,
  DisplayNodeAttributes,
  EdgeAttributes,
  GraphView,
  LitgraphData,
  NodeAttributes,
} from '../types';
import { degreeOf, yearOf } from './node-facts';
import { checkEdge, checkGraphShape, checkNode, danglingEdge, duplicateNode } from './validate-graph';

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

export interface GraphModel {
  data: LitgraphData;
  /** `concepts` when the data is the terms-only concept map (papers are then fetched from the API). */
  view: GraphView;
  graph: DisplayGraph;
  /** A node's attributes by key (the display graph's, as a map for lookups of keys it may not have). */
  readonly attributes: ReadonlyMap<string, NodeAttributes>;
  /** Communities from the graph attribute, or derived from the nodes when it is missing. */
  communities: CommunityInfo[];
  /** Smallest and largest year (papers; terms in the concept map), or null when no node has one. */
  years: [number, number] | null;
  maxDegree: number;
}

/** The view a serialised graph is: its `view` graph attribute (written by the concept map builder). */
export const viewOf = (data: LitgraphData): GraphView =>
  data.attributes.view === 'concepts' ? 'concepts' : 'full';

/** The model of data already validated (validateGraphData). */
export function buildGraphModel(data: LitgraphData, view: GraphView = viewOf(data)): GraphModel {
  return build(data, data.nodes, data.edges, view, false);
}

/**
 * Validates the parsed /api/graph JSON and builds its model in one pass; throws GraphDataError naming the first
 * problem, with the messages of validateGraphData.
 */
export function loadGraphModel(value: unknown, view?: GraphView): GraphModel {
  const { nodes, edges, data } = checkGraphShape(value);
  return build(data, nodes, edges, view ?? viewOf(data), true);
}

const newGraph = (multi: boolean, view: GraphView): DisplayGraph => {
  const graph: DisplayGraph = new Graph({ type: 'undirected', multi, allowSelfLoops: false });
  graph.replaceAttributes({ view });
  return graph;
};

function build(
  data: LitgraphData,
  nodes: readonly unknown[],
  edges: readonly unknown[],
  view: GraphView,
  check: boolean,
): GraphModel {
  // A litgraph graph is simple (one edge per paper–term pair), which graphology stores faster than a multigraph;
  // a file that does repeat a pair gets a multigraph when the repeat is met.
  let graph = newGraph(data.options?.multi === true, view);
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  let maxDegree = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (check) checkNode(node, i);
    const { key, attributes: a } = node as LitgraphData['nodes'][number];
    if (typeof a.degree === 'number' && a.degree > maxDegree) maxDegree = a.degree;
    const year = yearOf(a, view);
    if (year !== undefined) {
      if (year < minYear) minYear = year;
      if (year > maxYear) maxYear = year;
    }
    // graphology refuses a repeated key: that is the duplicate check.
    try {
      graph.addNode(key, a);
    } catch (error) {
      if (check && graph.hasNode(key)) throw duplicateNode(node as LitgraphData['nodes'][number], i);
      throw error;
    }
  }
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (check) checkEdge(edge, i);
    const { key, source, target, attributes: own } = edge as LitgraphData['edges'][number];
    const display = drawable(own);
    // The file's edge keys (graphology exports them) save generating new ones. graphology checks the ends exist
    // and the key and the pair are new; the rare file that breaks one of these takes the slow path.
    try {
      if (typeof key === 'string') graph.addEdgeWithKey(key, source, target, display);
      else graph.addEdge(source, target, display);
    } catch (error) {
      if (!graph.hasNode(source) || !graph.hasNode(target)) {
        if (check) throw danglingEdge(i);
        throw error;
      }
      // A repeated pair: a multigraph from here on; a repeated (or missing) key: a generated one.
      if (!graph.multi && graph.hasEdge(source, target)) graph = toMultigraph(graph);
      if (typeof key === 'string' && !graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, display);
      else graph.addEdge(source, target, display);
    }
  }
  // Degrees missing from old files: counted in the drawn graph (node-facts.ts degreeOf).
  if (maxDegree === 0) {
    graph.forEachNode((node, a) => {
      maxDegree = Math.max(maxDegree, degreeOf(graph, node, a));
    });
  }
  let attributes: Map<string, NodeAttributes> | undefined;
  return {
    data,
    view,
    graph,
    get attributes() {
      attributes ??= new Map(graph.mapNodes((node, a) => [node, a]));
      return attributes;
    },
    communities: data.attributes.communities.length ? data.attributes.communities : deriveCommunities(graph),
    years: Number.isFinite(minYear) ? [minYear, maxYear] : null,
    maxDegree,
  };
}

/**
 * An edge's attributes as the display graph stores them: the data's own object (sigma copies it before the edge
 * reducer sees it, as it would a copy), unless it lacks a numeric weight or carries what sigma would read as
 * drawing instructions (a `type` is taken for a render program).
 */
function drawable(own: EdgeAttributes): DisplayEdgeAttributes {
  const a = own as EdgeAttributes & Record<string, unknown>;
  const weighted = typeof a.weight === 'number' && Number.isFinite(a.weight);
  if (weighted && a.type === undefined && a.hidden === undefined && a.zIndex === undefined) return own;
  const { type: _type, hidden: _hidden, zIndex: _zIndex, ...rest } = a;
  return { ...rest, weight: weighted ? a.weight : 1 };
}

function toMultigraph(graph: DisplayGraph): DisplayGraph {
  const multi = newGraph(true, graph.getAttribute('view'));
  multi.import(graph);
  return multi;
}

function deriveCommunities(graph: DisplayGraph): CommunityInfo[] {
  const byId = new Map<number, CommunityInfo>();
  graph.forEachNode((_node, a) => {
    let info = byId.get(a.community);
    if (!info) {
      info = {
        id: a.community,
        label: `Community ${a.community}`,
        topTerms: [],
        papers: 0,
        terms: 0,
        color: a.color,
      };
      byId.set(a.community, info);
    }
    if (a.kind === 'paper') info.papers++;
    else info.terms++;
  });
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
