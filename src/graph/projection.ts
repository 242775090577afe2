// The term co-occurrence projection of the bipartite graph, with association strength weights
// (van Eck & Waltman 2009, "How to normalize cooccurrence data?"): AS(i, j) = N · c_ij / (c_i · c_j), with c_ij
// the papers mentioning both terms, c_i the papers mentioning i and N the number of papers.
import Graph from 'graphology';
import type { TermNodeAttributes } from '../types';
import type { LitgraphGraph, ProjectionEdgeAttributes } from './types';

export type ProjectionGraph = Graph<TermNodeAttributes, ProjectionEdgeAttributes>;

/** Builds the term–term graph; `minWeight` drops pairs sharing fewer papers. */
export function buildProjection(graph: LitgraphGraph, minWeight = 1): ProjectionGraph {
  const projection: ProjectionGraph = new Graph<TermNodeAttributes, ProjectionEdgeAttributes>({
    type: 'undirected',
  });
  let papers = 0;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'term') projection.addNode(node, { ...attrs });
    else papers++;
  });
  const counts = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    const terms = graph.neighbors(node).sort();
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const pair = `${terms[i]}\u0000${terms[j]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  });
  for (const pair of [...counts.keys()].sort()) {
    const cij = counts.get(pair)!;
    if (cij < minWeight) continue;
    const [a, b] = pair.split('\u0000');
    const ci = graph.degree(a);
    const cj = graph.degree(b);
    projection.addEdgeWithKey(`c${projection.size}`, a, b, {
      weight: cij,
      association: Math.round(((papers * cij) / (ci * cj)) * 1e4) / 1e4,
    });
  }
  return projection;
}
