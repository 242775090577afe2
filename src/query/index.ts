// The query stage: concept-neighbourhood queries over the built litgraph graph, as pure functions over a
// precomputed QueryIndex. The CLI (`litgraph query`) and the HTTP API call `runQuery`; see README.md for the
// JSON each verb returns.
export { communities, community } from './communities';
export { cosine, linkScore } from './cooccurrence';
export { type Evidence, evidenceOf } from './evidence';
export { graphFromJson, loadGraphFile } from './load-graph';
export { neighbours } from './neighbours';
export { compactTerm, foldText, normaliseTerm } from './normalise';
export { papersOf, termsOf } from './papers';
export { path } from './path';
export { createQueryIndex } from './query-index';
export {
  type ResolvedPaper,
  type ResolvedTerm,
  resolvePaper,
  resolveTerm,
  suggestPapers,
  suggestTerms,
} from './resolve';
export { isQueryVerb, type QueryParams, runQuery, VERB_PARAMETERS } from './run-query';
export { MATCH_KINDS, type MatchKind, search } from './search';
export { similar } from './similar';
export { trends, trendZ } from './trends';
export * from './types';
