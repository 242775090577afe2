// Term–term relations computed from the bipartite graph: the papers two terms share, counted over the
// papers of one term (cost: the sum of the sizes of its papers' term lists), and the link measures.
// Association strength: van Eck & Waltman (2009, 2011), as used by VOSviewer.
import type { NeighbourMeasure, QueryIndex } from './types';

/**
 * Counts, for every term sharing a paper with t, the papers they share: afterwards `index.scratch[u]` holds
 * the count and `touched` lists every u with a count (t itself included). The caller must hand `touched` to
 * `clearCounts` before counting again.
 */
export function countCooccurrences(index: QueryIndex, t: number, touched: number[]): void {
  const counts = index.scratch;
  const papers = index.termPapers[t];
  for (let i = 0; i < papers.length; i++) {
    const terms = index.paperTerms[papers[i]];
    for (let j = 0; j < terms.length; j++) {
      const u = terms[j];
      if (counts[u] === 0) touched.push(u);
      counts[u]++;
    }
  }
}

/** Re-zeroes the counters `countCooccurrences` set. */
export function clearCounts(index: QueryIndex, touched: number[]): void {
  for (let i = 0; i < touched.length; i++) index.scratch[touched[i]] = 0;
  touched.length = 0;
}

/**
 * Calls `visit(u, shared)` once for every term u ≠ t sharing at least one paper with t (in no particular
 * order), `shared` being the number of papers mentioning both.
 */
export function forEachCooccurring(
  index: QueryIndex,
  t: number,
  visit: (u: number, shared: number) => void,
): void {
  const touched: number[] = [];
  countCooccurrences(index, t, touched);
  try {
    for (const u of touched) if (u !== t) visit(u, index.scratch[u]);
  } finally {
    clearCounts(index, touched);
  }
}

/**
 * The strength of the link between terms i and j, from c_ij (papers mentioning both), c_i and c_j (papers
 * mentioning each) and N (papers in the graph):
 * - cooccurrence: c_ij
 * - association:  N · c_ij / (c_i · c_j) — observed over expected co-occurrence if the terms were
 *   independent (1 = as expected, above 1 = attracted)
 * - jaccard:      c_ij / (c_i + c_j − c_ij)
 */
export function linkScore(measure: NeighbourMeasure, cij: number, ci: number, cj: number, n: number): number {
  switch (measure) {
    case 'cooccurrence':
      return cij;
    case 'association':
      return ci === 0 || cj === 0 ? 0 : (n * cij) / (ci * cj);
    case 'jaccard': {
      const union = ci + cj - cij;
      return union === 0 ? 0 : cij / union;
    }
  }
}

/** Cosine similarity of two terms' paper sets: c_ij / sqrt(c_i · c_j). */
export function cosine(cij: number, ci: number, cj: number): number {
  return ci === 0 || cj === 0 ? 0 : cij / Math.sqrt(ci * cj);
}

/** Papers shared by two terms (ascending paper indexes), by merging their sorted lists. */
export function sharedPapers(index: QueryIndex, a: number, b: number): number[] {
  const pa = index.termPapers[a];
  const pb = index.termPapers[b];
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < pa.length && j < pb.length) {
    if (pa[i] === pb[j]) {
      shared.push(pa[i]);
      i++;
      j++;
    } else if (pa[i] < pb[j]) i++;
    else j++;
  }
  return shared;
}

/** The weight of the edge between term t and paper p (0 when there is none), by binary search. */
export function edgeWeight(index: QueryIndex, t: number, p: number): number {
  const papers = index.termPapers[t];
  let lo = 0;
  let hi = papers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (papers[mid] === p) return index.termPaperWeights[t][mid];
    if (papers[mid] < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
