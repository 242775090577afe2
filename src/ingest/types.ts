// Types of the ingest stage: input formats, options, the per-file item stream and the result of reading files.
import type { IngestIssue, Paper } from '../types';

export const INPUT_FORMATS = [
  'papers-text',
  'json',
  'jsonl',
  'csv',
  'tsv',
  'bibtex',
  'ris',
  'arxiv-atom',
  'pubmed-xml',
  'wos',
] as const satisfies readonly string[];
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface IngestStats {
  /** Files read. */
  files: number;
  /** Records seen: kept + skipped + duplicates. */
  read: number;
  /** Papers returned. */
  kept: number;
  /** Malformed records dropped (each has an issue). */
  skipped: number;
  /** Records merged into an earlier paper. */
  duplicates: number;
}

export interface IngestResult {
  papers: Paper[];
  issues: IngestIssue[];
  stats: IngestStats;
}

export interface ReadPapersOptions {
  /** Read every file as this format instead of detecting it. */
  format?: InputFormat;
  /** Called with the number of records read so far: every PROGRESS_EVERY records and after each file. */
  onProgress?: (done: number) => void;
}

/**
 * One item of `readRecords`: a valid paper (with the line its record starts on, when known), or an issue.
 * `skipped` is true when the issue replaces a record (the record was dropped); false for a warning about a
 * record that is kept (e.g. a non-numeric year).
 */
export type IngestItem = { paper: Paper; line?: number } | { issue: IngestIssue; skipped: boolean };

/**
 * What a format reader yields before validation: a raw record (any shape) with the line it starts on and an
 * optional label for messages (`item 3` of a JSON array), or an issue.
 */
export type RawItem =
  | { record: unknown; line?: number; label?: string }
  | { issue: IngestIssue; skipped: boolean };
