// Reads a DyGIE-format JSON-lines file (one document per line: doc_key, sentences, ner), as distributed for
// SciERC (Luan et al. 2018) by DyGIE (Luan et al. 2019). A malformed line is a LitgraphError naming file and line.
import { readFileSync } from 'node:fs';
import { badInput, notFound } from '../errors';
import type { EvalDocument, GoldMention } from './types';

/** Reads and validates every document of a DyGIE file; throws BAD_INPUT (file, line) or NOT_FOUND. */
export function readDygieFile(file: string): EvalDocument[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`no such file: ${file}`);
    throw badInput(`cannot read file (${code ?? String(error)})`, file);
  }
  return parseDygie(content, file);
}

/** Parses DyGIE JSON lines; blank lines are skipped, at least one document is required. */
export function parseDygie(content: string, file: string): EvalDocument[] {
  const documents: EvalDocument[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    documents.push(parseDocument(text, file, index + 1));
  });
  if (documents.length === 0)
    throw badInput('no documents: expected DyGIE JSON, one document per line', file);
  return documents;
}

function parseDocument(text: string, file: string, line: number): EvalDocument {
  const fail = (message: string) => badInput(`not a DyGIE document: ${message}`, file, line);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail('the line is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail('expected a JSON object');
  const record = value as Record<string, unknown>;
  const docKey = record.doc_key;
  if (typeof docKey !== 'string' && typeof docKey !== 'number') throw fail('"doc_key" is missing');
  const sentences = record.sentences;
  if (!Array.isArray(sentences) || sentences.length === 0)
    throw fail('"sentences" must be a list of token lists');
  const tokens: string[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (!Array.isArray(sentence) || !sentence.every((token) => typeof token === 'string' && token !== '')) {
      throw fail(`sentence ${i} must be a list of non-empty strings`);
    }
    tokens.push(...(sentence as string[]));
  }
  const ner = record.ner;
  if (!Array.isArray(ner) || ner.length !== sentences.length) {
    throw fail('"ner" must be a list with one list of [start, end, type] per sentence');
  }
  const gold: GoldMention[] = [];
  for (const [i, spans] of ner.entries()) {
    if (!Array.isArray(spans)) throw fail(`"ner" of sentence ${i} must be a list`);
    for (const span of spans) {
      if (!isSpan(span, tokens.length)) {
        throw fail(
          `bad "ner" entry ${JSON.stringify(span)} in sentence ${i} (need [start, end, type], 0 <= start <= end < ${tokens.length})`,
        );
      }
      gold.push({ start: span[0], end: span[1], type: span[2] });
    }
  }
  return { docKey: String(docKey), line, tokens, gold };
}

function isSpan(value: unknown, tokenCount: number): value is [number, number, string] {
  if (!Array.isArray(value) || value.length < 3) return false;
  const [start, end, type] = value;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end < tokenCount &&
    typeof type === 'string' &&
    type !== ''
  );
}
