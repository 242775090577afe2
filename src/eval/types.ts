// Types of the evaluation harness: gold documents read from a labelled corpus, token spans, counts and scores.
import type { TermType } from '../types';

/** SciERC's entity types (Luan et al. 2018, "Multi-Task Identification of Entities, Relations, and Coreference"). */
export const SCIERC_TYPES = [
  'Task',
  'Method',
  'Metric',
  'Material',
  'OtherScientificTerm',
  'Generic',
] as const;

/** The five types scored with types, in report order; `Generic` has no counterpart in litgraph. */
export const SCORED_TYPES = ['Method', 'Task', 'Metric', 'Material', 'OtherScientificTerm'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Which gold type a litgraph type hint is compared with. */
export const TYPE_MAP: Readonly<Record<TermType, ScoredType>> = {
  method: 'Method',
  task: 'Task',
  metric: 'Metric',
  dataset: 'Material',
  concept: 'OtherScientificTerm',
};

/** A span of tokens, document-level indices, both ends inclusive (the DyGIE convention). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

export interface GoldMention extends TokenSpan {
  /** Gold type as written in the corpus (e.g. `Method`, `Generic`). */
  readonly type: string;
}

export interface PredictedSpan extends TokenSpan {
  readonly type: TermType;
}

/** One gold document of a DyGIE-format file. */
export interface EvalDocument {
  readonly docKey: string;
  /** 1-based line of the file the document was read from. */
  readonly line: number;
  /** The tokens of all sentences, in order, as written in the file (PTB escapes included). */
  readonly tokens: readonly string[];
  readonly gold: readonly GoldMention[];
}

/** Text rebuilt from tokens, with each token's character span [start, end) in it. */
export interface Detokenized {
  readonly text: string;
  readonly offsets: readonly (readonly [number, number])[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export interface MatchCounts {
  readonly exact: Counts;
  readonly partial: Counts;
}

/** Everything counted for one document (or summed over many). */
export interface DocumentCounts {
  readonly untyped: MatchCounts;
  readonly untypedNoGeneric: MatchCounts;
  readonly typed: Readonly<Record<ScoredType, Counts>>;
  /** Predicted methods matched one-to-one to gold Method spans by any token overlap. */
  readonly methodPartial: Counts;
}

export interface PerDocScore extends Prf {
  readonly doc_key: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** The report printed by `litgraph eval` (`--json` prints it as is). Scores are fractions in [0, 1]. */
export interface EvalReport {
  readonly documents: number;
  readonly untyped: { readonly exact: Prf; readonly partial: Prf };
  readonly untypedNoGeneric: { readonly exact: Prf; readonly partial: Prf };
  readonly typed: Readonly<Record<ScoredType, Prf>>;
  readonly typedMacroF1: number;
  readonly methodPrecision: { readonly exact: number; readonly partial: number };
  /** Micro-summed TP/FP/FN behind the scores above. */
  readonly counts: DocumentCounts;
  readonly perDoc?: readonly PerDocScore[];
}
