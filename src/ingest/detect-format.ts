// Picks the input format of a file: from its extension (after an optional .gz), else from its first few KB.
import { hasColumn } from './field-aliases';
import type { InputFormat } from './types';

/** Extension (lower case, without .gz) -> format. */
const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  txt: 'papers-text',
  text: 'papers-text',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
};

/** Keys under which a JSON object keeps its array of records (lower case). */
export const JSON_ARRAY_KEYS = ['papers', 'results', 'data', 'items', 'records'] as const;

/** The format named by the file's extension, ignoring a trailing `.gz`; undefined when it names none. */
export function formatFromExtension(file: string): InputFormat | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/') || dot < name.lastIndexOf('\\')) return undefined;
  return EXTENSION_FORMATS[name.slice(dot + 1)];
}

/**
 * The format of `file`: its extension when it names one, else guessed from `head`, the first few KB of the
 * decompressed text: `[` -> json; one JSON object per line -> jsonl; `{` otherwise -> json; a header line
 * with a title column split by tabs or commas -> tsv / csv; anything else -> papers-text.
 */
export function detectFormat(file: string, head: string): InputFormat {
  return formatFromExtension(file) ?? formatFromContent(head);
}

function formatFromContent(head: string): InputFormat {
  const text = head.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('[')) return 'json';
  const lines = text.split(/\r?\n/);
  if (text.startsWith('{')) return looksLikeJsonLines(lines, head.length) ? 'jsonl' : 'json';
  const header = lines[0];
  if (header.includes('\t') && hasColumn(splitHeader(header, '\t'), 'title')) return 'tsv';
  if (header.includes(',') && hasColumn(splitHeader(header, ','), 'title')) return 'csv';
  if (header.includes(';') && hasColumn(splitHeader(header, ';'), 'title')) return 'csv';
  return 'papers-text';
}

/** JSON Lines when the first line is a whole object; a wrapper object (`{"papers": [...]}`) is JSON. */
function looksLikeJsonLines(lines: string[], headLength: number): boolean {
  const first = lines[0].trim();
  if (first === '{') return false;
  try {
    const value: unknown = JSON.parse(first);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(value).map((key) => key.toLowerCase());
    const wrapper = keys.some((key) => (JSON_ARRAY_KEYS as readonly string[]).includes(key));
    return !(wrapper && lines.filter((line) => line.trim()).length === 1);
  } catch {
    // The first line is cut off by the end of the head, or the object spans lines.
    if (lines.length === 1 && headLength >= 1024)
      return !/^\{\s*"(papers|results|data|items|records)"\s*:/i.test(first);
    return false;
  }
}

function splitHeader(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
