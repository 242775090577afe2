// The ingest stage: reads paper records from papers-text, JSON, JSON Lines (OpenAlex and Semantic Scholar
// records included), CSV and TSV (Scopus, IEEE Xplore, Lens, Embase, Web of Science exports included), BibTeX,
// RIS, arXiv Atom, PubMed XML and Web of Science plain-text files (optionally gzip-compressed), validates them
// into Papers and merges duplicates. The only file other folders import.
export { detectFormat } from './detect-format';
export { normaliseTitle, paperIdFor } from './normalise';
export { readPapers } from './read-papers';
export { readRecords } from './read-records';
export {
  INPUT_FORMATS,
  type IngestItem,
  type IngestResult,
  type IngestStats,
  type InputFormat,
  type ReadPapersOptions,
} from './types';
