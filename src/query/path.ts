// `path`: the shortest chain of terms linking two terms through shared papers — a breadth-first search over
// the bipartite graph (term, paper, term, …), level by level in label order so equally short chains are
// chosen deterministically. Cost: at most every edge once.
import { notFound } from '../errors';
import { edgeWeight, sharedPapers } from './cooccurrence';
import { compareScoresDesc } from './order';
import { termSummary } from './query-index';
import { quoteInput, resolveTerm } from './resolve';
import type { QueryDocument, QueryIndex } from './types';
import { MAX_VIA_PAPERS } from './types';

/** Term indexes from `from` to `to` (both included), or undefined when they are not connected. */
export function shortestTermChain(index: QueryIndex, from: number, to: number): number[] | undefined {
  if (from === to) return [from];
  const paperParent = new Int32Array(index.paperIds.length).fill(-1);
  const termParent = new Int32Array(index.termIds.length).fill(-1);
  const termSeen = new Uint8Array(index.termIds.length);
  termSeen[from] = 1;
  let level = [from];
  search: while (level.length > 0) {
    const next: number[] = [];
    for (const t of level) {
      for (const p of index.termPapers[t]) {
        if (paperParent[p] !== -1) continue;
        paperParent[p] = t;
        for (const u of index.paperTerms[p]) {
          if (termSeen[u]) continue;
          termSeen[u] = 1;
          termParent[u] = p;
          if (u === to) break search;
          next.push(u);
        }
      }
    }
    level = next.sort((a, b) => a - b);
  }
  if (!termSeen[to]) return undefined;
  const chain = [to];
  for (let u = to; u !== from; ) {
    u = paperParent[termParent[u]];
    chain.push(u);
  }
  return chain.reverse();
}

/**
 * Steps from `from` to `to`. Each step: the term, `score` = number of papers it shares with the previous
 * term (null on the first step) and `via` = up to MAX_VIA_PAPERS of those papers, strongest first (sum of
 * the two edge weights, then title). Not connected → NOT_FOUND.
 */
export function path(index: QueryIndex, from: string, to: string): QueryDocument {
  const a = resolveTerm(index, from);
  const b = resolveTerm(index, to);
  const chain = shortestTermChain(index, a.index, b.index);
  if (chain === undefined) {
    throw notFound(
      `${quoteInput(a.label)} and ${quoteInput(b.label)} are not connected (no chain of shared papers links them)`,
    );
  }
  const results = chain.map((t, i) => {
    let score: number | null = null;
    let via: { id: string; label: string }[] = [];
    if (i > 0) {
      const previous = chain[i - 1];
      const shared = sharedPapers(index, previous, t);
      const strength = (p: number) => edgeWeight(index, previous, p) + edgeWeight(index, t, p);
      score = shared.length;
      via = shared
        .map((p) => ({ p, strength: strength(p) }))
        .sort((x, y) => compareScoresDesc(x.strength, y.strength) || x.p - y.p)
        .slice(0, MAX_VIA_PAPERS)
        .map(({ p }) => ({ id: index.paperIds[p], label: index.paperAttrs[p].label }));
    }
    return {
      ...termSummary(index, t),
      score,
      via,
    };
  });
  return {
    query: {
      verb: 'path',
      from,
      to,
      resolved: { from: { id: a.id, label: a.label }, to: { id: b.id, label: b.label } },
      length: chain.length - 1,
    },
    results,
  };
}
