// The term co-occurrence projection of the bipartite graph, with association strength weights
// (van Eck & Waltman 2009, "How to normalize cooccurrence data?"): AS(i, j) = N · c_ij / (c_i · c_j), with c_ij
// the papers mentioning both terms, c_i the papers mentioning i and N the number of papers.
import Graph from 'graphology';
import type { TermNodeAttributes } from '../types';
import type { LitgraphGraph, ProjectionEdgeAttributes } from './types';

export type ProjectionGraph = Graph<TermNodeAttributes, ProjectionEdgeAttributes>;

/** Co-occurring term pairs: parallel arrays over term indices of `terms`, pairs in increasing (a, b) order. */
export interface PairCounts {
  readonly terms: readonly string[];
  readonly papers: number;
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  readonly shared: Uint32Array;
  readonly association: Float64Array;
}

/** Σ C(deg(p), 2) over papers: how many pair increments a projection costs (to decide whether to build one). */
export function projectionCost(graph: LitgraphGraph): number {
  let cost = 0;
  graph.forEachNode((_n, attrs) => {
    if (attrs.kind === 'paper') cost += (attrs.degree * (attrs.degree - 1)) / 2;
  });
  return cost;
}

/** Counts the papers shared by every pair of terms, keeping pairs that share at least `minWeight`. */
export function countPairs(graph: LitgraphGraph, minWeight = 1): PairCounts {
  const terms: string[] = [];
  let papers = 0;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'term') terms.push(node);
    else papers++;
  });
  // Numeric keys (i · T + j over term indices): millions of pairs on large corpora.
  const indexOf = new Map(terms.map((t, i) => [t, i]));
  const T = terms.length;
  const counts = new Map<number, number>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    const ids = graph.neighbors(node).map((t) => indexOf.get(t)!);
    ids.sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair = ids[i] * T + ids[j];
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  });
  const keys = [...counts.keys()].filter((k) => counts.get(k)! >= minWeight).sort((x, y) => x - y);
  const out = {
    terms,
    papers,
    a: new Uint32Array(keys.length),
    b: new Uint32Array(keys.length),
    shared: new Uint32Array(keys.length),
    association: new Float64Array(keys.length),
  };
  keys.forEach((pair, k) => {
    const a = Math.floor(pair / T);
    const b = pair % T;
    const cij = counts.get(pair)!;
    out.a[k] = a;
    out.b[k] = b;
    out.shared[k] = cij;
    out.association[k] =
      Math.round(((papers * cij) / (graph.degree(terms[a]) * graph.degree(terms[b]))) * 1e4) / 1e4;
  });
  return out;
}

/** Builds the term–term graph; `minWeight` drops pairs sharing fewer papers. */
export function buildProjection(graph: LitgraphGraph, minWeight = 1): ProjectionGraph {
  const projection: ProjectionGraph = new Graph<TermNodeAttributes, ProjectionEdgeAttributes>({
    type: 'undirected',
  });
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'term') projection.addNode(node, { ...attrs });
  });
  const pairs = countPairs(graph, minWeight);
  for (let k = 0; k < pairs.a.length; k++) {
    projection.addEdgeWithKey(`c${k}`, pairs.terms[pairs.a[k]], pairs.terms[pairs.b[k]], {
      weight: pairs.shared[k],
      association: pairs.association[k],
    });
  }
  return projection;
}
