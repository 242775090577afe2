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
  // Pairs are counted under numeric keys (i · T + j over term indices): millions of pairs on large corpora.
  const terms = projection.nodes();
  const indexOf = new Map(terms.map((t, i) => [t, i]));
  const T = terms.length;
  const counts = new Map<number, number>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    const ids = graph.neighbors(node).map((t) => indexOf.get(t)!);
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair = ids[i] * T + ids[j];
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  });
  for (const pair of [...counts.keys()].sort((a, b) => a - b)) {
    const cij = counts.get(pair)!;
    if (cij < minWeight) continue;
    const a = terms[Math.floor(pair / T)];
    const b = terms[pair % T];
    const ci = graph.degree(a);
    const cj = graph.degree(b);
    projection.addEdgeWithKey(`c${projection.size}`, a, b, {
      weight: cij,
      association: Math.round(((papers * cij) / (ci * cj)) * 1e4) / 1e4,
    });
  }
  return projection;
}
