// Reads BibTeX (.bib) with @retorquere/bibtex-parser, the parser of Better BibTeX for Zotero: maintained,
// ESM with types, no Node engine restriction (@citation-js/plugin-bibtex 0.9 needs Node >= 22.12 and a
// citation-js core), and it does what a hand-written reader would get wrong: LaTeX accents and commands to
// Unicode (`{\"u}`, `\'e`, `{\ss}`, `$\alpha$`), case-protecting braces removed, `@string` macros and `#`
// concatenation, `@comment`, `@preamble`, names split into first/last/prefix, and recovery after a broken
// entry. Around it: free text before the first entry is blanked (an e-mail address in it is not an entry),
// and each entry and each parser error gets the line of its `@type{` from a scan of the entry heads.
// Fields: title, abstract, year (else date), author, doi, url (else an arXiv eprint), journal/booktitle.
// The citation key names the entry in messages but is not the paper id (keys are local to a .bib file).
import { type Creator, type Entry, type Library, parse } from '@retorquere/bibtex-parser';
import { badInput } from '../errors';
import { MAX_ABSTRACT_LENGTH } from './to-paper';
import type { RawItem } from './types';

interface EntryHead {
  offset: number;
  line: number;
  type: string;
  key: string;
}

/** `@type{key,` or `@type(key,` — an entry or a directive. */
const HEAD = /@[ \t]*([A-Za-z]\w*)[ \t\r\n]*[{(][ \t\r\n]*([^,\s{}()"=#]*)/g;
const DIRECTIVES = new Set(['comment', 'string', 'preamble']);

/**
 * Longest entry handed to the parser (characters): the parser's time grows with the square of a field's length
 * (100k characters take a second, 1M minutes), and an abstract past MAX_ABSTRACT_LENGTH is rejected anyway.
 */
export const MAX_BIBTEX_ENTRY_LENGTH = MAX_ABSTRACT_LENGTH + 20_000;
/** Longest .bib read whole (characters); V8 cannot hold a string of ~512M characters. */
export const MAX_BIBTEX_LENGTH = 256 * 1024 * 1024;
/**
 * The parser's error recovery takes time that grows with the square of what it is given: each "@" that starts
 * no entry is an error costing a scan (20k of them took seconds, a 1 MB file of broken entries minutes). So the
 * file is parsed in batches of entries of about this many characters (`@string` macros carry over), and an entry
 * with more than MAX_STRAY_AT "@" that start no entry is not BibTeX: skipped with an issue.
 */
export const BIBTEX_BATCH_LENGTH = 10_000;
export const MAX_STRAY_AT = 1_000;

export async function* readBibtex(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let text = '';
  for await (const chunk of chunks) {
    if (text.length + chunk.length > MAX_BIBTEX_LENGTH) {
      throw badInput(
        `too large to read (over ${MAX_BIBTEX_LENGTH / 1024 / 1024} MB of text); split it`,
        file,
      );
    }
    text += chunk;
  }
  const heads = entryHeads(text);
  if (heads.length === 0) throw badInput('no BibTeX entry (@article{…}, @inproceedings{…}, …) found', file);
  // Free text before the first entry and entries too long to parse: blanked, line breaks kept so that offsets
  // and lines do not move.
  const blank = (from: number, to: number): string => text.slice(from, to).replace(/[^\n]/g, ' ');
  const tooLong: { offset: number; item: RawItem }[] = [];
  let source = blank(0, heads[0].offset);
  heads.forEach((head, i) => {
    const end = heads[i + 1]?.offset ?? text.length;
    const stray = end - head.offset > MAX_BIBTEX_ENTRY_LENGTH ? 0 : strayAts(text, head.offset + 1, end);
    if (end - head.offset <= MAX_BIBTEX_ENTRY_LENGTH && stray <= MAX_STRAY_AT) {
      source += text.slice(head.offset, end);
      return;
    }
    source += blank(head.offset, end);
    const message =
      stray > MAX_STRAY_AT
        ? `BibTeX entry "${head.key}" has more than ${MAX_STRAY_AT} "@" that start no entry: not BibTeX; skipped`
        : `BibTeX entry "${head.key}" is longer than ${MAX_BIBTEX_ENTRY_LENGTH.toLocaleString('en')} characters; skipped`;
    tooLong.push({ offset: head.offset, item: { issue: { file, line: head.line, message }, skipped: true } });
  });
  let library: Pick<Library, 'entries' | 'errors'>;
  try {
    library = parseInBatches(source, heads);
  } catch (error) {
    throw badInput(`cannot parse BibTeX: ${error instanceof Error ? error.message : String(error)}`, file);
  }

  const lineAt = lineCounter(source);
  const issues: { offset: number; item: RawItem }[] = [...tooLong];
  let from = 0;
  const macroFrom = new Map<string, number>(); // where to look for the next use of each undefined macro
  const headAt = new Map(heads.map((head) => [head.offset, head]));
  for (const error of library.errors) {
    const at = error.input ? source.indexOf(error.input, from) : -1;
    if (at >= 0) from = at + 1;
    const head = headAt.get(at);
    const entry = head !== undefined && !DIRECTIVES.has(head.type.toLowerCase());
    if (!error.input) {
      // Not fatal (the entry is kept): an undefined @string macro, found where it is used.
      const macro = /Unresolved @string reference "(.*?)"/.exec(error.error)?.[1];
      const use = macro ? usageOffset(source, macro, macroFrom.get(macro) ?? 0) : -1;
      if (macro && use >= 0) macroFrom.set(macro, use + 1);
      const owner = lastHeadFrom(heads, use);
      const message = macro
        ? `${owner ? `entry "${owner.key}": ` : ''}@string macro "${macro}" is not defined; its name is kept as the text`
        : error.error;
      const issue = owner ? { file, line: owner.line, message } : { file, message };
      issues.push({ offset: owner?.offset ?? 0, item: { issue, skipped: false } });
      continue;
    }
    const what = head ? (entry ? `entry "${head.key}"` : `@${head.type}`) : 'text';
    const message = `BibTeX ${what} cannot be read: ${describeError(error.error)}`;
    const issue = at >= 0 ? { file, line: lineAt(at), message } : { file, message };
    issues.push({ offset: Math.max(at, 0), item: { issue, skipped: entry } });
  }

  const records = heads.filter((head) => !DIRECTIVES.has(head.type.toLowerCase()));
  const items: { offset: number; item: RawItem }[] = [];
  let next = 0;
  for (const entry of library.entries) {
    // An entry the parser gave up on comes back without its input; its error is the issue.
    if (!entry.input) continue;
    let index = next;
    while (index < records.length && records[index].key !== entry.key) index++;
    const head = index < records.length ? records[index] : undefined;
    if (head) next = index + 1;
    items.push({
      offset: head?.offset ?? Number.MAX_SAFE_INTEGER,
      item: { record: entryRecord(entry), line: head?.line, label: `entry "${entry.key}"` },
    });
  }
  // Issues and records in file order.
  yield* [...issues, ...items].sort((a, b) => a.offset - b.offset).map(({ item }) => item);
}

/** Parses `source` in batches of whole entries (see BIBTEX_BATCH_LENGTH), each with the `@string`s before it. */
function parseInBatches(source: string, heads: readonly EntryHead[]): Pick<Library, 'entries' | 'errors'> {
  const entries: Entry[] = [];
  const errors: Library['errors'] = [];
  let strings = '';
  let start = 0;
  for (let i = 0; i < heads.length; ) {
    let j = i + 1;
    while (j < heads.length && heads[j].offset - start <= BIBTEX_BATCH_LENGTH) j++;
    const end = j < heads.length ? heads[j].offset : source.length;
    const library = parse(source.slice(start, end), {
      sentenceCase: false,
      english: false,
      unsupported,
      ...(strings ? { strings } : {}),
    });
    for (const entry of library.entries) entries.push(entry);
    for (const error of library.errors) errors.push(error);
    for (let k = i; k < j; k++) {
      if (heads[k].type.toLowerCase() === 'string') {
        strings += `${source.slice(heads[k].offset, k + 1 < heads.length ? heads[k + 1].offset : source.length)}\n`;
      }
    }
    start = end;
    i = j;
  }
  return { entries, errors };
}

/** The last head at or before `offset` (heads are in text order), by binary search. */
function lastHeadFrom(heads: readonly EntryHead[], offset: number): EntryHead | undefined {
  let low = 0;
  let high = heads.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (heads[mid].offset <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? heads[low - 1] : undefined;
}

/** "@" in text[from, to) that start no entry head ("@" + letters + "{" or "("). */
function strayAts(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('@', from); at >= 0 && at < to; at = text.indexOf('@', at + 1)) count++;
  return count;
}

/**
 * Commands the parser does not know: a control space ("\LaTeX\ and") is a space, a TeX logo its name, any other
 * command is dropped (its braced argument stays as text).
 */
function unsupported(_node: unknown, tex: string): string {
  if (/^\\\s$/.test(tex)) return ' ';
  return /^\\[A-Za-z]*TeX$/.test(tex) ? tex.slice(1) : '';
}

function entryHeads(text: string): EntryHead[] {
  const lineAt = lineCounter(text);
  return [...text.matchAll(HEAD)].map((match) => ({
    offset: match.index,
    line: lineAt(match.index),
    type: match[1],
    key: match[2],
  }));
}

/** Line of an offset; offsets must be asked in increasing order for speed (any order works). */
function lineCounter(text: string): (offset: number) => number {
  let last = 0;
  let line = 1;
  return (offset) => {
    if (offset < last) {
      last = 0;
      line = 1;
    }
    for (let i = last; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    last = offset;
    return line;
  };
}

/** Where an undefined macro is next used from `from` on: after `=` or `#`; -1 when not found. */
function usageOffset(text: string, macro: string, from: number): number {
  const escaped = macro.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`[=#]\\s*${escaped}\\b`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The parser's message without its own positions (they point past the entry), with the likely cause. */
function describeError(message: string): string {
  const mismatch = /^Token mismatch, expected (.*?), found "(.*?)"(\.\.\.)?(?: at line|$)/s.exec(message);
  const found = mismatch?.[2];
  if (/^Unterminated/i.test(message) || (mismatch && (found === '' || found?.startsWith('@')))) {
    return 'unbalanced braces: a "{" is not closed before the next entry or the end of the file';
  }
  if (mismatch) {
    const shown = JSON.stringify(`${found?.replace(/\s+/g, ' ')}${mismatch[3] ? '…' : ''}`);
    const hint = /^\w+\s*=/.test(found ?? '') ? ' (a missing comma between fields?)' : '';
    return `syntax error: expected ${mismatch[1]} but found ${shown}${hint}`;
  }
  return message.replace(/ at line \d+, column \d+.*$/s, '');
}

function entryRecord(entry: Entry): Record<string, unknown> {
  const fields = entry.fields;
  const eprint =
    fields.eprint && /arxiv/i.test(fields.archiveprefix ?? fields.eprinttype ?? '')
      ? `https://arxiv.org/abs/${fields.eprint}`
      : undefined;
  return {
    title: fields.title,
    abstract: fields.abstract,
    year: fields.year,
    date: fields.date,
    authors: (fields.author ?? []).map(creatorName),
    doi: fields.doi,
    url: fields.url ?? eprint,
    venue: fields.journal ?? fields.journaltitle ?? fields.booktitle,
  };
}

/** "First prefix Last Suffix", or an institution's name. */
function creatorName(creator: Creator): string {
  if (creator.name) return creator.name;
  return [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
}
