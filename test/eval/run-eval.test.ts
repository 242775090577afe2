// evaluate() with stand-in extractors: an oracle built from the gold spans must score 1, and only abstract
// mentions count. Checks the whole path text -> character spans -> token spans -> scores without the real extractor.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detokenize } from '../../src/eval/detokenize';
import { readDygieFile } from '../../src/eval/dygie-reader';
import { type Extractor, evaluate } from '../../src/eval/run-eval';
import { type EvalDocument, SCORED_TYPES } from '../../src/eval/types';
import type { Mention, TermType } from '../../src/types';

const HINT: Record<string, TermType> = {
  Method: 'method',
  Task: 'task',
  Metric: 'metric',
  Material: 'dataset',
  OtherScientificTerm: 'concept',
};

function mention(
  start: number,
  end: number,
  typeHint: TermType,
  field: Mention['field'] = 'abstract',
): Mention {
  return { key: `k${start}`, surface: '', field, sentence: 0, start, end, typeHint, headTyped: false };
}

/** An extractor that returns exactly the non-Generic gold spans, typed, plus a title mention that must be ignored. */
function oracle(documents: readonly EvalDocument[]): Extractor {
  const byKey = new Map(documents.map((d) => [d.docKey, d]));
  return ({ id }) => {
    const document = byKey.get(id)!;
    const { offsets } = detokenize(document.tokens);
    const mentions = document.gold
      .filter((g) => g.type !== 'Generic')
      .map((g) => mention(offsets[g.start][0], offsets[g.end][1], HINT[g.type]));
    mentions.push(mention(0, 3, 'method', 'title'));
    return { paperId: id, mentions, sentences: [], acronyms: {} };
  };
}

const nothing: Extractor = ({ id }) => ({ paperId: id, mentions: [], sentences: [], acronyms: {} });

const DEV = '../shared/data/scierc/dev.json';
const files = ['test/fixtures/eval/two-docs.json', ...(existsSync(DEV) ? [DEV] : [])];

describe('evaluate', () => {
  it.each(files)('an oracle extractor scores 1 without Generic on %s', (file) => {
    const documents = readDygieFile(file);
    const progress: number[] = [];
    const report = evaluate(documents, {
      extract: oracle(documents),
      onProgress: (done) => progress.push(done),
    });
    expect(report.documents).toBe(documents.length);
    expect(progress).toEqual(documents.map((_, i) => i + 1));
    expect(report.untypedNoGeneric.exact).toEqual({ p: 1, r: 1, f1: 1 });
    expect(report.untypedNoGeneric.partial).toEqual({ p: 1, r: 1, f1: 1 });
    // every type with gold spans is found; a type without any scores F1 = 0 in the macro average
    const present = SCORED_TYPES.filter((type) => documents.some((d) => d.gold.some((g) => g.type === type)));
    for (const type of present) expect(report.typed[type]).toEqual({ p: 1, r: 1, f1: 1 });
    expect(report.typedMacroF1).toBeCloseTo(present.length / SCORED_TYPES.length, 10);
    expect(report.methodPrecision).toEqual({ exact: 1, partial: 1 });
    // Generic gold spans were not predicted: full precision, recall below 1.
    expect(report.untyped.exact.p).toBe(1);
    expect(report.untyped.exact.r).toBeLessThan(1);
  });

  it('with no predictions every score is 0 and per-document rows are listed', () => {
    const documents = readDygieFile('test/fixtures/eval/two-docs.json');
    const report = evaluate(documents, { extract: nothing, perDoc: true });
    expect(report.untyped.exact).toEqual({ p: 0, r: 0, f1: 0 });
    expect(report.typedMacroF1).toBe(0);
    expect(report.perDoc?.map((d) => [d.doc_key, d.fn])).toEqual([
      ['FIX-1', 2],
      ['FIX-2', 2],
    ]);
  });

  it('leaves perDoc out unless asked', () => {
    const documents = readDygieFile('test/fixtures/eval/two-docs.json');
    expect(evaluate(documents, { extract: nothing })).not.toHaveProperty('perDoc');
  });
});
