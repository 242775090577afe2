// Span-level scoring of predicted mentions against gold mentions: exact and partial (token-overlap) match,
// untyped and typed, micro-averaged over documents. Pure: knows token spans, not files or corpora.
// Partial matching is one-to-one and greedy: candidate pairs (any shared token) are taken by largest overlap
// (in tokens) first, ties by earliest prediction start, then earliest gold start, then input order.
import type { TermType } from '../types';
import {
  type Counts,
  type DocumentCounts,
  type GoldMention,
  type MatchCounts,
  type PredictedSpan,
  type Prf,
  SCORED_TYPES,
  type ScoredType,
  type TokenSpan,
  TYPE_MAP,
} from './types';

/** Gold type that is neither scored with types nor (in the "no Generic" scores) counted as a span to find. */
export const GENERIC = 'Generic';

/** A predicted character span with its type hint (a litgraph Mention satisfies this). */
export interface CharSpan {
  readonly start: number;
  readonly end: number;
  readonly typeHint: TermType;
}

/** Tokens overlapping the character span [start, end): their first and last index, or undefined when none. */
export function charSpanToTokens(
  start: number,
  end: number,
  offsets: readonly (readonly [number, number])[],
): TokenSpan | undefined {
  // First token ending after `start` (offsets are sorted and disjoint).
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid][1] <= start) low = mid + 1;
    else high = mid;
  }
  if (low >= offsets.length || offsets[low][0] >= end || start >= end) return undefined;
  let last = low;
  while (last + 1 < offsets.length && offsets[last + 1][0] < end) last++;
  return { start: low, end: last };
}

/** Maps predicted character spans to token spans; drops those covering no token, keeps the first of equal spans. */
export function toPredictedSpans(
  mentions: readonly CharSpan[],
  offsets: readonly (readonly [number, number])[],
): PredictedSpan[] {
  const seen = new Set<string>();
  const spans: PredictedSpan[] = [];
  for (const mention of mentions) {
    const span = charSpanToTokens(mention.start, mention.end, offsets);
    if (!span) continue;
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ ...span, type: mention.typeHint });
  }
  return spans;
}

const spanKey = (span: TokenSpan): string => `${span.start}:${span.end}`;

/** Tokens two spans share (0 when disjoint). */
export function overlap(a: TokenSpan, b: TokenSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

/** For each prediction, the index of the gold span with the identical span, or -1 (spans must be distinct). */
export function matchExact(predicted: readonly TokenSpan[], gold: readonly TokenSpan[]): number[] {
  const index = new Map<string, number>();
  gold.forEach((span, i) => {
    if (!index.has(spanKey(span))) index.set(spanKey(span), i);
  });
  return predicted.map((span) => index.get(spanKey(span)) ?? -1);
}

/** For each prediction, its gold partner in a greedy one-to-one matching by token overlap, or -1. */
export function matchPartial(predicted: readonly TokenSpan[], gold: readonly TokenSpan[]): number[] {
  const pairs: { p: number; g: number; shared: number }[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      const shared = overlap(p, g);
      if (shared > 0) pairs.push({ p: pi, g: gi, shared });
    });
  });
  pairs.sort(
    (a, b) =>
      b.shared - a.shared ||
      predicted[a.p].start - predicted[b.p].start ||
      gold[a.g].start - gold[b.g].start ||
      a.p - b.p ||
      a.g - b.g,
  );
  const partner = predicted.map(() => -1);
  const goldTaken = new Set<number>();
  for (const { p, g } of pairs) {
    if (partner[p] !== -1 || goldTaken.has(g)) continue;
    partner[p] = g;
    goldTaken.add(g);
  }
  return partner;
}

/** Counts from a matching; predictions matched to an `ignored` gold span count as nothing, as do those spans. */
function countMatching(partner: readonly number[], gold: readonly GoldMention[], ignored?: string): Counts {
  let tp = 0;
  let fp = 0;
  for (const g of partner) {
    if (g === -1) fp++;
    else if (gold[g].type !== ignored) tp++;
  }
  const goldCount = gold.filter((span) => span.type !== ignored).length;
  return { tp, fp, fn: goldCount - tp };
}

/** Gold spans with duplicates of the same span removed; a non-Generic type wins over Generic. */
function distinctGoldSpans(gold: readonly GoldMention[]): GoldMention[] {
  const bySpan = new Map<string, GoldMention>();
  for (const mention of gold) {
    const previous = bySpan.get(spanKey(mention));
    if (!previous || (previous.type === GENERIC && mention.type !== GENERIC))
      bySpan.set(spanKey(mention), mention);
  }
  return [...bySpan.values()];
}

/** Deduplicates predictions by span (first kept), as `toPredictedSpans` does. */
function distinctPredictions(predicted: readonly PredictedSpan[]): PredictedSpan[] {
  const seen = new Set<string>();
  const kept: PredictedSpan[] = [];
  for (const span of predicted) {
    if (seen.has(spanKey(span))) continue;
    seen.add(spanKey(span));
    kept.push(span);
  }
  return kept;
}

/** Everything counted for one document. */
export function scoreDocument(
  gold: readonly GoldMention[],
  predictedIn: readonly PredictedSpan[],
): DocumentCounts {
  const predicted = distinctPredictions(predictedIn);
  const goldSpans = distinctGoldSpans(gold);
  const exactPartner = matchExact(predicted, goldSpans);
  const partialPartner = matchPartial(predicted, goldSpans);
  const untyped: MatchCounts = {
    exact: countMatching(exactPartner, goldSpans),
    partial: countMatching(partialPartner, goldSpans),
  };
  const untypedNoGeneric: MatchCounts = {
    exact: countMatching(exactPartner, goldSpans, GENERIC),
    partial: countMatching(partialPartner, goldSpans, GENERIC),
  };

  const typed = {} as Record<ScoredType, Counts>;
  for (const type of SCORED_TYPES) {
    const goldOfType = distinctGoldSpans(gold.filter((mention) => mention.type === type));
    const predictedOfType = predicted.filter((span) => TYPE_MAP[span.type] === type);
    typed[type] = countMatching(matchExact(predictedOfType, goldOfType), goldOfType);
  }
  const goldMethods = distinctGoldSpans(gold.filter((mention) => mention.type === 'Method'));
  const predictedMethods = predicted.filter((span) => TYPE_MAP[span.type] === 'Method');
  const methodPartial = countMatching(matchPartial(predictedMethods, goldMethods), goldMethods);
  return { untyped, untypedNoGeneric, typed, methodPartial };
}

/** Zero counts of every kind. */
export function emptyCounts(): DocumentCounts {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const typed = {} as Record<ScoredType, Counts>;
  for (const type of SCORED_TYPES) typed[type] = zero();
  return {
    untyped: { exact: zero(), partial: zero() },
    untypedNoGeneric: { exact: zero(), partial: zero() },
    typed,
    methodPartial: zero(),
  };
}

function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Micro-average: the sum of every count over the documents. */
export function sumCounts(documents: readonly DocumentCounts[]): DocumentCounts {
  const total = emptyCounts();
  for (const counts of documents) {
    for (const kind of ['untyped', 'untypedNoGeneric'] as const) {
      add(total[kind].exact, counts[kind].exact);
      add(total[kind].partial, counts[kind].partial);
    }
    for (const type of SCORED_TYPES) add(total.typed[type], counts.typed[type]);
    add(total.methodPartial, counts.methodPartial);
  }
  return total;
}

/** Precision, recall and F1 as fractions; each is 0 when its denominator is 0. */
export function prf(counts: Counts): Prf {
  const p = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const r = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Mean F1 over the five scored types. */
export function macroF1(typed: Readonly<Record<ScoredType, Counts>>): number {
  return SCORED_TYPES.reduce((sum, type) => sum + prf(typed[type]).f1, 0) / SCORED_TYPES.length;
}
