// What a GEXF export contains: the graph (whole, or the nodes a predicate keeps) with the original attributes, and
// the writer options — GEXF 1.3, valid <meta>, scalar attvalues (string lists joined with "; ", spans and sentence
// offsets left out, as the server's export does). Pure: the browser and Node writers both take it.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { LitgraphData } from '../types';

const VIZ = new Set(['x', 'y', 'size', 'color']);
const SKIP = new Set(['label', 'sentences', 'spans']);

function flatten(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (VIZ.has(name) || SKIP.has(name) || value === undefined || value === null) continue;
    if (Array.isArray(value)) out[name] = value.join('; ');
    else if (typeof value === 'object') out[name] = JSON.stringify(value);
    else out[name] = value;
  }
  return out;
}

const viz = (a: Attributes): Attributes => ({
  ...(typeof a.color === 'string' ? { color: a.color } : {}),
  ...(typeof a.size === 'number' ? { size: a.size } : {}),
  ...(typeof a.x === 'number' && typeof a.y === 'number' ? { x: a.x, y: a.y } : {}),
});

export const GEXF_OPTIONS = {
  version: '1.3' as const,
  // Only creator, description and keywords are valid <meta> children in GEXF 1.3.
  pedantic: true,
  formatNode: (_key: string, a: Attributes) => ({
    label: String(a.label ?? ''),
    viz: viz(a),
    attributes: flatten(a),
  }),
  formatEdge: (_key: string, a: Attributes) => ({
    weight: typeof a.weight === 'number' ? a.weight : 1,
    attributes: flatten({ ...a, weight: undefined, kind: undefined }),
  }),
};

/** The graph to write: the nodes `keep` accepts and the edges between them. */
export function gexfGraph(data: LitgraphData, keep: (node: string) => boolean = () => true): Graph {
  const graph = new Graph({ type: 'undirected', multi: true });
  let kept = 0;
  for (const { key, attributes } of data.nodes) {
    if (!keep(key)) continue;
    graph.addNode(key, attributes);
    kept++;
  }
  data.edges.forEach((edge, i) => {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.addEdgeWithKey(edge.key ?? `e${i}`, edge.source, edge.target, edge.attributes);
    }
  });
  const partial = kept < data.nodes.length ? ' (filtered view)' : '';
  graph.replaceAttributes({
    creator: 'litgraph viewer',
    description: `${data.attributes.name ?? 'litgraph'}${partial}: ${graph.order} nodes, ${graph.size} edges`,
    keywords: 'litgraph, paper-concept graph',
  });
  return graph;
}
