// Reads several files into one de-duplicated list of papers, in input order, with every record-level problem
// as an issue. File-level problems (missing, unparseable) throw LitgraphError BAD_INPUT from readRecords.
import type { IngestIssue } from '../types';
import { DuplicateMerger } from './merge-duplicates';
import { readRecords } from './read-records';
import type { IngestResult, ReadPapersOptions } from './types';

/** onProgress is called at least this often (in records). */
export const PROGRESS_EVERY = 1000;

export async function readPapers(files: string[], options: ReadPapersOptions = {}): Promise<IngestResult> {
  const merger = new DuplicateMerger();
  const issues: IngestIssue[] = [];
  const stats = { files: 0, read: 0, kept: 0, skipped: 0, duplicates: 0 };
  for (const file of files) {
    for await (const item of readRecords(file, options.format)) {
      if ('issue' in item) {
        issues.push(item.issue);
        if (!item.skipped) continue;
        stats.skipped++;
      } else {
        const issue = merger.add(item.paper, { file, line: item.line });
        if (issue) issues.push(issue);
      }
      stats.read++;
      if (options.onProgress && stats.read % PROGRESS_EVERY === 0) options.onProgress(stats.read);
    }
    stats.files++;
    options.onProgress?.(stats.read);
  }
  const papers = merger.papers();
  stats.kept = papers.length;
  stats.duplicates = merger.duplicates;
  return { papers, issues, stats };
}
