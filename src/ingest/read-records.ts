// Streams one file's records as validated papers or issues, whatever its format (gzip transparently).
import { usageError } from '../errors';
import { detectFormat } from './detect-format';
import { openText } from './open-text';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readJsonLines } from './read-jsonl';
import { readPapersText } from './read-papers-text';
import { toPaper } from './to-paper';
import { INPUT_FORMATS, type IngestItem, type InputFormat, type RawItem } from './types';

/**
 * Streams one file's records (gz transparently): each item is a Paper or an IngestIssue (`skipped` tells
 * whether the issue dropped a record). Throws LitgraphError('BAD_INPUT') naming the file when the file cannot
 * be read or parsed at all: missing, unreadable, not gzip though named .gz, truncated gzip, JSON that is not
 * valid JSON, a CSV without a title or abstract column, an empty file, a binary file.
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
        yield item;
        continue;
      }
      const { paper, issues } = toPaper(item.record, file, item.line);
      for (const { issue, skipped } of issues) {
        yield {
          issue: item.label ? { ...issue, message: `${item.label}: ${issue.message}` } : issue,
          skipped,
        };
      }
      if (paper) yield item.line === undefined ? { paper } : { paper, line: item.line };
    }
  } finally {
    source.close();
  }
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
  }
}
