// Runs the extractor over gold documents exactly as `litgraph build` does at mention level (before corpus-level
// filtering: no frequency threshold) and scores its abstract mentions against the gold spans.
import { extractPaper } from '../extract';
import type { PaperExtraction } from '../types';
import { detokenize } from './detokenize';
import { macroF1, prf, scoreDocument, sumCounts, toPredictedSpans } from './score';
import {
  type DocumentCounts,
  type EvalDocument,
  type EvalReport,
  type PerDocScore,
  SCORED_TYPES,
} from './types';

/** The extractor call, replaceable in tests. */
export type Extractor = (paper: { id: string; title: string; abstract: string }) => PaperExtraction;

export interface EvalOptions {
  /** Defaults to `extractPaper` with default options. */
  readonly extract?: Extractor;
  /** Include per-document scores (untyped, Generic excluded, exact match). */
  readonly perDoc?: boolean;
  /** Called after each document. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Counts for one gold document: detokenise, extract, map character spans to tokens, score. */
export function evaluateDocument(document: EvalDocument, extract: Extractor = extractPaper): DocumentCounts {
  const { text, offsets } = detokenize(document.tokens);
  const extraction = extract({ id: document.docKey, title: '', abstract: text });
  const mentions = extraction.mentions.filter((mention) => mention.field === 'abstract');
  return scoreDocument(document.gold, toPredictedSpans(mentions, offsets));
}

/** Scores the extractor on all documents, micro-averaged. */
export function evaluate(documents: readonly EvalDocument[], options: EvalOptions = {}): EvalReport {
  const perDocument: DocumentCounts[] = [];
  for (const document of documents) {
    perDocument.push(evaluateDocument(document, options.extract));
    options.onProgress?.(perDocument.length, documents.length);
  }
  return buildReport(documents, perDocument, options.perDoc ?? false);
}

/** The report from per-document counts (same order as `documents`). */
export function buildReport(
  documents: readonly EvalDocument[],
  perDocument: readonly DocumentCounts[],
  includePerDoc: boolean,
): EvalReport {
  const counts = sumCounts(perDocument);
  const typed = Object.fromEntries(
    SCORED_TYPES.map((type) => [type, prf(counts.typed[type])]),
  ) as EvalReport['typed'];
  const report: EvalReport = {
    documents: documents.length,
    untyped: { exact: prf(counts.untyped.exact), partial: prf(counts.untyped.partial) },
    untypedNoGeneric: {
      exact: prf(counts.untypedNoGeneric.exact),
      partial: prf(counts.untypedNoGeneric.partial),
    },
    typed,
    typedMacroF1: macroF1(counts.typed),
    methodPrecision: { exact: typed.Method.p, partial: prf(counts.methodPartial).p },
    counts,
  };
  if (!includePerDoc) return report;
  const perDoc: PerDocScore[] = documents.map((document, i) => {
    const c = perDocument[i].untypedNoGeneric.exact;
    return { doc_key: document.docKey, ...prf(c), tp: c.tp, fp: c.fp, fn: c.fn };
  });
  return { ...report, perDoc };
}
