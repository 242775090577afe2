// Reads CSV and TSV with a header row through csv-parse (quoted fields, embedded newlines, BOM, CRLF). A row
// with the wrong number of fields is an issue naming its line (one extra empty field, a trailing delimiter, is
// tolerated); a quote that never closes is BAD_INPUT. A header of Web of Science tags (its tab-delimited
// export) is renamed to field names, and its fields are not quoted (a title may start with `"`).
import { Readable } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';
import { badInput, LitgraphError } from '../errors';
import { FIELD_ALIASES, hasColumn } from './field-aliases';
import type { RawItem } from './types';
import { isWosHeader, mapWosHeader } from './wos-tags';

/** A record larger than this is a runaway quoted field, not an abstract. */
export const MAX_RECORD_BYTES = 1_000_000;

interface CsvRow {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export async function* readCsv(
  file: string,
  chunks: AsyncIterable<string>,
  head: string,
  format: 'csv' | 'tsv',
): AsyncGenerator<RawItem> {
  const delimiter = format === 'tsv' ? '\t' : sniffDelimiter(head);
  const wos = isWosHeader(firstLine(head).split(delimiter));
  // Line numbers are counted here: csv-parse's `info.lines` counts a CRLF inside a quoted field as two lines.
  // A record starts after the lines of the records before it (their embedded breaks + 1) and the skipped
  // empty lines. `on_record` runs as each record is parsed, so `nextLine` is right even when an error later
  // discards records the iterator has not seen yet.
  let consumed = 0;
  let nextLine = 1;
  const options: Options<CsvRow, string[]> = {
    delimiter,
    bom: true,
    quote: wos ? false : '"',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_BYTES,
    on_record: (fields: string[], context): CsvRow => {
      const line = 1 + consumed + context.empty_lines;
      consumed += 1 + fields.reduce((sum, field) => sum + countLineBreaks(field), 0);
      nextLine = 1 + consumed + context.empty_lines;
      return { fields, line };
    },
  };
  // csv-parse types on_record's result only together with `columns`; the records here are arrays.
  const parser = parse(options as unknown as Options);
  const source = Readable.from(chunks, { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let header: string[] | undefined;
  try {
    for await (const { fields, line } of parser as AsyncIterable<CsvRow>) {
      if (fields.every((field) => field.trim() === '')) continue; // a line of blanks or bare delimiters
      if (!header) {
        header = mapWosHeader(fields.map((name) => name.trim()));
        checkHeader(file, header, format, line);
        continue;
      }
      if (fields.length === header.length + 1 && fields[header.length].trim() === '') fields.pop();
      if (fields.length !== header.length) {
        const message = `row has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.length}`;
        yield { issue: { file, line, message }, skipped: true };
        continue;
      }
      const row: Record<string, string> = Object.create(null); // a column may be named "constructor"
      header.forEach((name, column) => {
        if (!(name in row)) row[name] = fields[column];
      });
      yield { record: row, line };
    }
  } catch (error) {
    throw csvFailure(error, file, nextLine);
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (!header) throw badInput('no header row', file);
}

/** `,` unless the header only makes sense split on `;` (spreadsheets in some locales). */
function sniffDelimiter(head: string): string {
  const first = firstLine(head);
  const columns = (delimiter: string) =>
    first.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  return !hasColumn(columns(','), 'title') && hasColumn(columns(';'), 'title') ? ';' : ',';
}

function firstLine(head: string): string {
  return head.replace(/^\ufeff/, '').split(/\r?\n|\r/, 1)[0];
}

function checkHeader(file: string, header: string[], format: 'csv' | 'tsv', line: number): void {
  const missing = (['title', 'abstract'] as const).filter((field) => !hasColumn(header, field));
  if (missing.length === 0) return;
  const shown = header
    .slice(0, 12)
    .map((name) => JSON.stringify(name))
    .join(', ');
  const wanted = missing
    .map((field) => `${field} (${FIELD_ALIASES[field].slice(0, 4).join('/')}…)`)
    .join(' and ');
  throw badInput(
    `the ${format.toUpperCase()} header has no ${wanted} column; columns: ${shown}${header.length > 12 ? ', …' : ''}`,
    file,
    line,
  );
}

function csvFailure(error: unknown, file: string, start: number): LitgraphError {
  if (error instanceof LitgraphError) return error;
  if (error instanceof CsvError) {
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      return badInput(
        `the row starting at line ${start} is over ${MAX_RECORD_BYTES.toLocaleString('en')} characters: an unbalanced quote that never closes, or a field far too large for an abstract`,
        file,
        start,
      );
    }
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return badInput(
        `unbalanced quote: a quoted field in the row starting at line ${start} never closes, so the rest of the file cannot be read`,
        file,
        start,
      );
    }
    return badInput(`cannot parse the file near line ${start}: ${error.message}`, file, start);
  }
  return badInput(`cannot parse the file: ${error instanceof Error ? error.message : String(error)}`, file);
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
