// Reads a JSON file: an array of records, or an object holding one under papers/results/data/items/records
// (case-insensitive), or a single record object. Read whole (JSON has no record boundaries to stream on).
// OpenAlex and Semantic Scholar API records are recognised by their fields (json-shapes.ts).
import { badInput } from '../errors';
import { JSON_ARRAY_KEYS } from './detect-format';
import { hasColumn } from './field-aliases';
import { arrayElementLines } from './json-element-lines';
import { jsonErrorReason } from './json-error';
import { normaliseJsonRecord } from './json-shapes';
import type { RawItem } from './types';

/**
 * Longest JSON text read whole (characters). Past it V8 cannot hold the string (~512M characters) or parse it
 * in reasonable memory; JSON Lines is read record by record instead.
 */
export const MAX_JSON_LENGTH = 256 * 1024 * 1024;

export async function* readJson(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let text = '';
  for await (const chunk of chunks) {
    if (text.length + chunk.length > MAX_JSON_LENGTH) {
      throw badInput(
        `too large to read as one JSON document (over ${MAX_JSON_LENGTH / 1024 / 1024} MB of text); write it as JSON Lines (one record per line, .jsonl), which is read record by record`,
        file,
      );
    }
    text += chunk;
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const { reason, line } = jsonErrorReason(error, text);
    const hint = /after JSON/i.test(reason)
      ? ' (one object per line is JSON Lines: name it .jsonl or use format jsonl)'
      : '';
    throw badInput(`not valid JSON: ${reason}${hint}`, file, line);
  }
  const { records, key } = recordsOf(root, file);
  const lines = arrayElementLines(text, key);
  text = '';
  const exact = lines.length === records.length;
  for (let i = 0; i < records.length; i++) {
    yield {
      record: normaliseJsonRecord(records[i]),
      line: exact ? lines[i] : undefined,
      label: `item ${i + 1}`,
    };
  }
}

function recordsOf(root: unknown, file: string): { records: unknown[]; key?: string } {
  if (Array.isArray(root)) return { records: root };
  if (typeof root !== 'object' || root === null) {
    throw badInput(
      `JSON holds ${root === null ? 'null' : `a ${typeof root}`}, not an array of records`,
      file,
    );
  }
  const keys = Object.keys(root);
  for (const wanted of JSON_ARRAY_KEYS) {
    const key = keys.find((name) => name.toLowerCase() === wanted);
    const value = key === undefined ? undefined : (root as Record<string, unknown>)[key];
    if (Array.isArray(value)) return { records: value, key };
  }
  if (hasColumn(keys, 'title')) return { records: [root] };
  throw badInput(
    `JSON object has no array of records under ${JSON_ARRAY_KEYS.join(', ')} and is not a record itself (keys: ${keys.slice(0, 10).join(', ') || 'none'})`,
    file,
  );
}
