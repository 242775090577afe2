// GEXF 1.3 output (graphology-gexf, version '1.3': hex colours and a correct viz namespace), with every node
// attribute Gephi can use declared and typed, arrays joined with "; ", and viz colour/size/position.

import type Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';

const VIZ = new Set(['x', 'y', 'size', 'color']);
/** Attributes not worth a GEXF column (offsets that only make sense with our own files). */
const SKIP = new Set(['label', 'sentences', 'spans']);

function flatten(attributes: Attributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (VIZ.has(name) || SKIP.has(name) || value === undefined || value === null) continue;
    if (Array.isArray(value)) out[name] = value.join('; ');
    else if (typeof value === 'object') out[name] = JSON.stringify(value);
    else out[name] = value as string | number | boolean;
  }
  return out;
}

/**
 * GEXF's <meta> allows only creator, keywords and description: the writer sees a view of the graph whose
 * attributes are those three (the graph itself is not touched).
 */
function withMeta(graph: Graph): Graph {
  const a = graph.getAttributes();
  const meta = {
    creator: `litgraph ${a.litgraphVersion ?? ''}`.trim(),
    description: [
      typeof a.name === 'string' ? a.name : 'litgraph',
      `${graph.order} nodes, ${graph.size} edges`,
      typeof a.modularity === 'number' ? `modularity ${a.modularity}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    keywords: 'litgraph, paper-concept graph',
  };
  return Object.create(graph, { getAttributes: { value: () => meta } }) as Graph;
}

/** Above this many nodes abstracts are left out of GEXF (they would make the document too large to write). */
export const GEXF_ABSTRACTS_MAX_NODES = 20_000;

/** The graph as a GEXF 1.3 document. */
export function writeGexfString(graph: Graph): string {
  const skipAbstracts = graph.order > GEXF_ABSTRACTS_MAX_NODES;
  return write(withMeta(graph), {
    version: '1.3',
    pedantic: true,
    formatNode: (_key: string, a: Attributes) => ({
      label: String(a.label ?? ''),
      attributes: flatten(skipAbstracts ? { ...a, abstract: undefined } : a),
      viz: {
        ...(typeof a.color === 'string' ? { color: a.color } : {}),
        ...(typeof a.size === 'number' ? { size: a.size } : {}),
        ...(typeof a.x === 'number' ? { x: a.x, y: a.y } : {}),
      },
    }),
    formatEdge: (_key: string, a: Attributes) => ({
      weight: typeof a.weight === 'number' ? a.weight : 1,
      attributes: flatten({ ...a, weight: undefined, kind: undefined }),
    }),
  } as Parameters<typeof write>[1]);
}
