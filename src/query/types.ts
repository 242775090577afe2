// Types of the query stage: the graph it reads, the precomputed index, the options of each verb and the one
// JSON document every verb returns (the CLI's --json output and the HTTP API's body).
import type { LitgraphGraph } from '../graph';
import type { CommunityInfo, PaperNodeAttributes, TermNodeAttributes, TermType } from '../types';

/** The one graph `litgraph build` writes (graph.json is its `export()`); defined by the graph stage. */
export type { LitgraphGraph };

export const QUERY_VERBS = [
  'neighbours',
  'papers',
  'terms',
  'path',
  'similar',
  'community',
  'search',
  'communities',
  'trends',
] as const;
export type QueryVerb = (typeof QUERY_VERBS)[number];

/** Every verb answers with one of these: the validated query (with what it resolved to) and ranked rows. */
export interface QueryDocument {
  query: { verb: QueryVerb; [param: string]: unknown };
  results: Array<Record<string, unknown>>;
}

/** How `neighbours` scores the link between two terms (see README.md for the formulas). */
export const NEIGHBOUR_MEASURES = ['cooccurrence', 'association', 'jaccard'] as const;
export type NeighbourMeasure = (typeof NEIGHBOUR_MEASURES)[number];

export const PAPER_SORTS = ['relevance', 'year'] as const;
export type PaperSort = (typeof PAPER_SORTS)[number];

export const MAX_DEPTH = 3;
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 20;
/** At most this many linking papers are listed per step of a path. */
export const MAX_VIA_PAPERS = 10;

export interface NeighboursOptions {
  depth?: number;
  /** Results per hop, and the number of terms of a hop expanded to reach the next one. */
  limit?: number;
  /** Only report terms of these types (the walk itself goes through terms of every type). */
  types?: readonly TermType[];
  by?: NeighbourMeasure;
}

export interface LimitOptions {
  limit?: number;
}

export interface TrendsOptions extends LimitOptions {
  /** First and last publication year considered (default: every year with papers). */
  from?: number;
  to?: number;
}

export interface PapersOptions extends LimitOptions {
  sort?: PaperSort;
}

/** Members of one community, as term and paper indexes of the QueryIndex. */
export interface CommunityMembers {
  id: number;
  /** The build's description of the community, when graph attributes have one. */
  info?: CommunityInfo;
  terms: number[];
  papers: number[];
}

/** One name of a term (label, acronym or alias) in the three forms the verbs compare. */
export interface TermName {
  text: string;
  /** `normaliseTerm(text)`: what resolution and exact search matches. */
  normalised: string;
  /** `foldText(text)`: what prefix and substring search match. */
  folded: string;
}

/**
 * The graph plus lookup tables computed once by `createQueryIndex`. Terms and papers are numbered
 * 0..n-1 in label order (case-insensitive, then id), so index order is the deterministic tie-break.
 */
export interface QueryIndex {
  readonly graph: LitgraphGraph;
  /** Node keys (`term:<key>`) by term index. */
  readonly termIds: readonly string[];
  readonly termAttrs: readonly TermNodeAttributes[];
  /** Node keys (`paper:<id>`) by paper index. */
  readonly paperIds: readonly string[];
  readonly paperAttrs: readonly PaperNodeAttributes[];
  readonly termIndexById: ReadonlyMap<string, number>;
  readonly paperIndexById: ReadonlyMap<string, number>;
  /** Papers of each term, ascending paper indexes; `termPaperWeights[t][k]` is the weight of that edge. */
  readonly termPapers: readonly Int32Array[];
  readonly termPaperWeights: readonly Float64Array[];
  /** Terms of each paper, ascending term indexes; weights aligned. */
  readonly paperTerms: readonly Int32Array[];
  readonly paperTermWeights: readonly Float64Array[];
  /** Normalised label / key / acronym / alias → the term it resolves to. */
  readonly termLookup: ReadonlyMap<string, number>;
  /** Names of each term: label first, then acronym, then aliases. */
  readonly termNames: readonly (readonly TermName[])[];
  /** `foldText` of each paper's title. */
  readonly paperTitlesFolded: readonly string[];
  /** The same with spaces removed ("auto encoder" = "autoencoder"), used when the first misses. */
  readonly termLookupCompact: ReadonlyMap<string, number>;
  /** `id:<paperId>`, `doi:<lower-case DOI>` and `title:<folded title>` → paper index. */
  readonly paperLookup: ReadonlyMap<string, number>;
  readonly communities: ReadonlyMap<number, CommunityMembers>;
  /** Number of papers: N in the association strength. */
  readonly paperCount: number;
  /** Scratch counters (one per term) reused by co-occurrence counting; always left zeroed. */
  readonly scratch: Int32Array;
}
