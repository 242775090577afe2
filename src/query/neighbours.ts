// `neighbours`: the terms around a term, ranked by co-occurrence, association strength (van Eck & Waltman
// 2009) or Jaccard, as a breadth-first walk over the term co-occurrence relation up to depth 3. Each hop
// expands only its `limit` best terms, so a depth-2 query costs about `limit` co-occurrence counts.
import { clearCounts, countCooccurrences, linkScore } from './cooccurrence';
import { compareScoresDesc } from './order';
import { termSummary } from './query-index';
import { resolveTerm } from './resolve';
import { topK } from './top-k';
import type { NeighboursOptions, QueryDocument, QueryIndex } from './types';
import { NEIGHBOUR_MEASURES } from './types';
import { checkChoice, checkDepth, checkLimit, checkTypes } from './validate';

/**
 * Hop 1: every term sharing a paper with the term, scored against it. Hop h > 1: every term not reached
 * before that shares a paper with one of the `limit` best terms of hop h − 1 (all types), scored by its best
 * link to one of them (`via`; ties go to the better-ranked one). Each hop reports its `limit` best terms of
 * the requested types; rows are ordered by hop, then score (descending), then label, then id.
 */
export function neighbours(index: QueryIndex, term: string, options: NeighboursOptions = {}): QueryDocument {
  const depth = checkDepth(options.depth);
  const limit = checkLimit(options.limit);
  const by = checkChoice('by', options.by, NEIGHBOUR_MEASURES, 'cooccurrence');
  const types = checkTypes(options.types);
  const source = resolveTerm(index, term);
  const n = index.paperCount;
  const termCount = index.termIds.length;

  const visited = new Uint8Array(termCount);
  visited[source.index] = 1;
  // Per term reached in the current hop: its best score, the papers shared with `via`, and `via`.
  const best = new Float64Array(termCount);
  const sharedWith = new Int32Array(termCount);
  const via = new Int32Array(termCount).fill(-1);
  const touched: number[] = [];
  // Term indexes follow label order, so the index is the label-then-id tie-break.
  const rank = (a: number, b: number) => compareScoresDesc(best[a], best[b]) || a - b;

  let frontier = [source.index];
  const results: Array<Record<string, unknown>> = [];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const reached: number[] = [];
    for (const f of frontier) {
      const cf = index.termPapers[f].length;
      countCooccurrences(index, f, touched);
      for (const u of touched) {
        if (visited[u]) continue;
        const shared = index.scratch[u];
        const score = linkScore(by, shared, cf, index.termPapers[u].length, n);
        if (via[u] === -1) reached.push(u);
        if (via[u] === -1 || compareScoresDesc(score, best[u]) < 0) {
          best[u] = score;
          sharedWith[u] = shared;
          via[u] = f;
        }
      }
      clearCounts(index, touched);
    }
    for (const u of reached) visited[u] = 1;
    const reportable = types ? reached.filter((u) => types.includes(index.termAttrs[u].type)) : reached;
    for (const u of topK(reportable, limit, rank)) {
      results.push({
        ...termSummary(index, u),
        hop,
        score: best[u],
        shared: sharedWith[u],
        via: { id: index.termIds[via[u]], label: index.termAttrs[via[u]].label },
      });
    }
    frontier = topK(reached, limit, rank);
  }
  return {
    query: {
      verb: 'neighbours',
      term,
      resolved: { id: source.id, label: source.label },
      depth,
      limit,
      type: types ?? null,
      by,
    },
    results,
  };
}
