// The extract stage: candidate term mentions per paper (compromise-based chunking, acronyms, normalisation,
// typing), then corpus-level selection (document frequency, C-value).
export { findAcronymDefinitions, findBestLongForm } from './acronyms';
export { extractPaper, type PaperText } from './extract-paper';
export { isProbablyEnglish } from './language';
export { americanise, compactKey, displayForm, normaliseKey, singularise } from './normalise';
export {
  type ExtractAllOptions,
  type ExtractAllResult,
  ExtractionPool,
  type ExtractionStore,
  extractAll,
} from './parallel';
export { resolveAcronyms, type SelectOptions, selectTerms, type TermSelection } from './select-terms';
export { isGenericKey } from './stoplist';
export { typeByHead, voteType } from './type-term';

/** Bumped whenever extraction output may change (it keys the extraction cache). */
export const EXTRACTOR_VERSION = '3';
