// Streams one file's records as validated papers or issues, whatever its format (gzip transparently).
// Each format has a reader yielding raw records; toPaper validates them all alike.
import { LitgraphError, usageError } from '../errors';
import type { IngestIssue } from '../types';
import { replaceControlCharacters } from './clean-text';
import { detectFormat } from './detect-format';
import { openText } from './open-text';
import { readArxivAtom } from './read-arxiv';
import { readBibtex } from './read-bibtex';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readJsonLines } from './read-jsonl';
import { readPapersText } from './read-papers-text';
import { readPubmed } from './read-pubmed';
import { readRis } from './read-ris';
import { readWos } from './read-wos';
import { toPaper } from './to-paper';
import { INPUT_FORMATS, type IngestItem, type InputFormat, type RawItem } from './types';

/**
 * Streams one file's records (gz transparently): each item is a Paper or an IngestIssue (`skipped` tells
 * whether the issue dropped a record). Throws LitgraphError('BAD_INPUT') naming the file when the file cannot
 * be read or parsed at all: missing, unreadable, not gzip though named .gz, truncated gzip, JSON that is not
 * valid JSON, a CSV without a title or abstract column, XML of another kind, a .bib without entries, an empty
 * file, a binary file.
 */
export async function* readRecords(file: string, format?: InputFormat): AsyncGenerator<IngestItem> {
  if (format !== undefined && !INPUT_FORMATS.includes(format)) {
    throw usageError(`unknown input format "${format}" (expected one of ${INPUT_FORMATS.join(', ')})`);
  }
  const source = await openText(file);
  try {
    const chosen = format ?? detectFormat(file, source.head);
    for await (const item of rawItems(file, chosen, source.chunks, source.head)) {
      if ('issue' in item) {
        yield { issue: printable(item.issue), skipped: item.skipped };
        continue;
      }
      const { paper, issues } = toPaper(item.record, file, item.line);
      for (const { issue, skipped } of issues) {
        yield {
          issue: printable(item.label ? { ...issue, message: `${item.label}: ${issue.message}` } : issue),
          skipped,
        };
      }
      if (paper) yield item.line === undefined ? { paper } : { paper, line: item.line };
    }
  } catch (error) {
    // A reader's helper (splitLines) may not know the file: every file-level error names it. Messages quote
    // the input, so control characters in it are replaced (they are printed to a terminal).
    if (error instanceof LitgraphError) {
      const message = replaceControlCharacters(error.message);
      if (error.file && message === error.message) throw error;
      throw new LitgraphError(error.code, message, { file: error.file ?? file, line: error.line });
    }
    throw error;
  } finally {
    source.close();
  }
}

/** The issue with control characters in its message (quoted input) replaced: messages are printed. */
function printable(issue: IngestIssue): IngestIssue {
  const message = replaceControlCharacters(issue.message);
  return message === issue.message ? issue : { ...issue, message };
}

function rawItems(
  file: string,
  format: InputFormat,
  chunks: AsyncIterable<string>,
  head: string,
): AsyncGenerator<RawItem> {
  switch (format) {
    case 'papers-text':
      return readPapersText(file, chunks);
    case 'json':
      return readJson(file, chunks);
    case 'jsonl':
      return readJsonLines(file, chunks);
    case 'csv':
    case 'tsv':
      return readCsv(file, chunks, head, format);
    case 'bibtex':
      return readBibtex(file, chunks);
    case 'ris':
      return readRis(file, chunks);
    case 'arxiv-atom':
      return readArxivAtom(file, chunks);
    case 'pubmed-xml':
      return readPubmed(file, chunks);
    case 'wos':
      return readWos(file, chunks);
  }
}
