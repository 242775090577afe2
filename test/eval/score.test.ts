// The scorer on tiny hand-made gold/prediction pairs whose scores are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  charSpanToTokens,
  macroF1,
  matchPartial,
  prf,
  scoreDocument,
  sumCounts,
  toPredictedSpans,
} from '../../src/eval/score';
import type { GoldMention, PredictedSpan } from '../../src/eval/types';
import type { TermType } from '../../src/types';

const gold = (start: number, end: number, type: string): GoldMention => ({ start, end, type });
const pred = (start: number, end: number, type: TermType = 'concept'): PredictedSpan => ({
  start,
  end,
  type,
});

describe('prf', () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, 0, 0, 0],
    [{ tp: 0, fp: 3, fn: 0 }, 0, 0, 0],
    [{ tp: 0, fp: 0, fn: 2 }, 0, 0, 0],
    [{ tp: 1, fp: 1, fn: 0 }, 0.5, 1, 2 / 3],
    [{ tp: 2, fp: 2, fn: 1 }, 0.5, 2 / 3, 4 / 7],
  ])('%o gives P=%d R=%d F1=%d', (counts, p, r, f1) => {
    const scores = prf(counts);
    expect(scores.p).toBeCloseTo(p, 10);
    expect(scores.r).toBeCloseTo(r, 10);
    expect(scores.f1).toBeCloseTo(f1, 10);
  });
});

describe('scoreDocument', () => {
  // gold: [0,1] Method, [3,3] Task, [5,6] Generic
  // predicted: [0,1] method (exact), [3,4] task (overlaps [3,3]), [5,6] concept (exactly the Generic), [8,8] (nothing)
  const golds = [gold(0, 1, 'Method'), gold(3, 3, 'Task'), gold(5, 6, 'Generic')];
  const preds = [pred(0, 1, 'method'), pred(3, 4, 'task'), pred(5, 6, 'concept'), pred(8, 8, 'concept')];
  const counts = scoreDocument(golds, preds);

  it.each([
    // exact with Generic: [0,1] and [5,6] match; [3,4], [8,8] are FP; [3,3] is FN.
    ['untyped', 'exact', { tp: 2, fp: 2, fn: 1 }],
    // partial with Generic: [3,4] also matches [3,3].
    ['untyped', 'partial', { tp: 3, fp: 1, fn: 0 }],
    // no Generic: the prediction matched to [5,6] is dropped, [5,6] is not a gold span to find.
    ['untypedNoGeneric', 'exact', { tp: 1, fp: 2, fn: 1 }],
    ['untypedNoGeneric', 'partial', { tp: 2, fp: 1, fn: 0 }],
  ] as const)('%s %s', (kind, match, expected) => {
    expect(counts[kind][match]).toEqual(expected);
  });

  it.each([
    ['Method', { tp: 1, fp: 0, fn: 0 }],
    ['Task', { tp: 0, fp: 1, fn: 1 }],
    ['OtherScientificTerm', { tp: 0, fp: 2, fn: 0 }],
    ['Metric', { tp: 0, fp: 0, fn: 0 }],
    ['Material', { tp: 0, fp: 0, fn: 0 }],
  ] as const)('typed %s', (type, expected) => {
    expect(counts.typed[type]).toEqual(expected);
  });

  it('typed macro F1 is the mean over the five types (here only Method scores, F1 = 1)', () => {
    expect(macroF1(counts.typed)).toBeCloseTo(1 / 5, 10);
  });

  it('maps dataset to Material and metric to Metric', () => {
    const c = scoreDocument(
      [gold(0, 0, 'Material'), gold(2, 2, 'Metric')],
      [pred(0, 0, 'dataset'), pred(2, 2, 'metric')],
    );
    expect(c.typed.Material).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.typed.Metric).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(macroF1(c.typed)).toBeCloseTo(2 / 5, 10);
  });

  it('a right span with the wrong type counts as FP and FN for typed, TP untyped', () => {
    const c = scoreDocument([gold(0, 2, 'Task')], [pred(0, 2, 'method')]);
    expect(c.typed.Task).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(c.typed.Method).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(c.untyped.exact).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('partial match is one-to-one: one prediction over two golds matches only one (the larger overlap)', () => {
    // pred [1,3] overlaps gold [0,1] by 1 token and gold [2,4] by 2 tokens.
    const c = scoreDocument([gold(0, 1, 'Task'), gold(2, 4, 'Method')], [pred(1, 3)]);
    expect(c.untyped.partial).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(c.untyped.exact).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it('partial match is one-to-one: two predictions over one gold, one is a false positive', () => {
    const c = scoreDocument([gold(0, 4, 'Task')], [pred(0, 1), pred(2, 4)]);
    expect(c.untyped.partial).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('excluding Generic drops a prediction partially matched to a Generic gold (neither TP nor FP)', () => {
    // pred [0,2] overlaps Generic [1,1]; pred [5,5] overlaps nothing.
    const c = scoreDocument([gold(1, 1, 'Generic'), gold(7, 8, 'Task')], [pred(0, 2), pred(5, 5)]);
    expect(c.untyped.partial).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(c.untypedNoGeneric.partial).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(c.untypedNoGeneric.exact).toEqual({ tp: 0, fp: 2, fn: 1 });
  });

  it('Method partial precision: overlap with a gold Method span, one-to-one', () => {
    // method [0,2] overlaps Method [1,1]; method [1,2] overlaps the same gold, already taken; method [6,6] overlaps a Task.
    const c = scoreDocument(
      [gold(1, 1, 'Method'), gold(6, 6, 'Task')],
      [pred(0, 2, 'method'), pred(1, 2, 'method'), pred(6, 6, 'method')],
    );
    expect(prf(c.methodPartial).p).toBeCloseTo(1 / 3, 10);
    expect(prf(c.typed.Method).p).toBe(0);
  });

  it.each([
    ['no gold, no predictions', [], []],
    ['no predictions', [gold(0, 0, 'Task')], []],
    ['no gold', [], [pred(0, 0)]],
  ])('empty sets (%s) give zero scores, no NaN', (_name, golds, preds) => {
    const c = scoreDocument(golds as GoldMention[], preds as PredictedSpan[]);
    for (const scores of [prf(c.untyped.exact), prf(c.untypedNoGeneric.partial), prf(c.typed.Task)]) {
      expect(scores).toEqual({ p: 0, r: 0, f1: 0 });
    }
    expect(macroF1(c.typed)).toBe(0);
  });

  it('identical predicted spans are counted once', () => {
    const c = scoreDocument([gold(0, 0, 'Task')], [pred(0, 0, 'task'), pred(0, 0, 'method')]);
    expect(c.untyped.exact).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.typed.Task).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.typed.Method).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('matchPartial', () => {
  it.each([
    // equal overlaps: the earliest gold wins
    [
      'tie goes to the earliest gold',
      [[1, 3]],
      [
        [0, 1],
        [3, 4],
      ],
      [0],
    ],
    // largest overlap wins even when a later prediction is processed first
    [
      'largest overlap first',
      [
        [0, 0],
        [0, 3],
      ],
      [[0, 3]],
      [-1, 0],
    ],
    // equal overlaps for one gold: the earliest prediction wins
    [
      'tie goes to the earliest prediction',
      [
        [3, 4],
        [1, 2],
      ],
      [[2, 3]],
      [-1, 0],
    ],
    ['disjoint spans never match', [[0, 1]], [[2, 3]], [-1]],
  ])('%s', (_name, predicted, golds, expected) => {
    const toSpans = (pairs: number[][]) => pairs.map(([start, end]) => ({ start, end }));
    expect(matchPartial(toSpans(predicted), toSpans(golds))).toEqual(expected);
  });
});

describe('sumCounts', () => {
  it('micro-averages: sums counts over documents before computing P/R/F1', () => {
    const doc1 = scoreDocument([gold(0, 0, 'Task')], [pred(0, 0)]); // 1 TP
    const doc2 = scoreDocument([gold(0, 0, 'Task')], [pred(1, 1), pred(2, 2), pred(3, 3)]); // 3 FP, 1 FN
    const total = sumCounts([doc1, doc2]);
    expect(total.untyped.exact).toEqual({ tp: 1, fp: 3, fn: 1 });
    expect(prf(total.untyped.exact).p).toBeCloseTo(1 / 4, 10); // macro over documents would be 1/2
  });
});

describe('character spans to token spans', () => {
  // "ab cd, ef": ab [0,2), cd [3,5), "," [5,6), ef [7,9)
  const offsets: [number, number][] = [
    [0, 2],
    [3, 5],
    [5, 6],
    [7, 9],
  ];
  it.each([
    ['one token', 3, 5, { start: 1, end: 1 }],
    ['part of a token', 4, 5, { start: 1, end: 1 }],
    ['across a space', 0, 5, { start: 0, end: 1 }],
    ['ending inside a token', 1, 8, { start: 0, end: 3 }],
    ['with surrounding spaces', 2, 7, { start: 1, end: 2 }],
    ['only a space', 2, 3, undefined],
    ['empty', 3, 3, undefined],
    ['after the text', 9, 12, undefined],
  ])('%s [%d, %d)', (_name, start, end, expected) => {
    expect(charSpanToTokens(start, end, offsets)).toEqual(expected);
  });

  it('drops mentions covering no token and keeps the first of identical spans', () => {
    const spans = toPredictedSpans(
      [
        { start: 3, end: 5, typeHint: 'task' },
        { start: 2, end: 3, typeHint: 'method' },
        { start: 3, end: 4, typeHint: 'metric' },
        { start: 7, end: 9, typeHint: 'dataset' },
      ],
      offsets,
    );
    expect(spans).toEqual([
      { start: 1, end: 1, type: 'task' },
      { start: 3, end: 3, type: 'dataset' },
    ]);
  });
});
