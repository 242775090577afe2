// Reads BibTeX (.bib) with @retorquere/bibtex-parser, the parser of Better BibTeX for Zotero: maintained,
// ESM with types, no Node engine restriction (@citation-js/plugin-bibtex 0.9 needs Node >= 22.12 and a
// citation-js core), and it does what a hand-written reader would get wrong: LaTeX accents and commands to
// Unicode (`{\"u}`, `\'e`, `{\ss}`, `$\alpha$`), case-protecting braces removed, `@string` macros and `#`
// concatenation, `@comment`, `@preamble`, names split into first/last/prefix, and recovery after a broken
// entry. Around it: free text before the first entry is blanked (an e-mail address in it is not an entry),
// and each entry and each parser error gets the line of its `@type{` from a scan of the entry heads.
// Fields: title, abstract, year (else date), author, doi, url (else an arXiv eprint), journal/booktitle.
// The citation key names the entry in messages but is not the paper id (keys are local to a .bib file).
import { type Creator, type Entry, parse } from '@retorquere/bibtex-parser';
import { badInput } from '../errors';
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

export async function* readBibtex(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const heads = entryHeads(text);
  if (heads.length === 0) throw badInput('no BibTeX entry (@article{…}, @inproceedings{…}, …) found', file);
  // Free text before the first entry: blanked, line breaks kept so that offsets and lines do not move.
  const source = text.slice(0, heads[0].offset).replace(/[^\n]/g, ' ') + text.slice(heads[0].offset);
  let library: ReturnType<typeof parse>;
  try {
    library = parse(source, { sentenceCase: false, english: false, unsupported });
  } catch (error) {
    throw badInput(`cannot parse BibTeX: ${error instanceof Error ? error.message : String(error)}`, file);
  }

  const lineAt = lineCounter(source);
  const issues: { offset: number; item: RawItem }[] = [];
  let from = 0;
  const macroFrom = new Map<string, number>(); // where to look for the next use of each undefined macro
  for (const error of library.errors) {
    const at = error.input ? source.indexOf(error.input, from) : -1;
    if (at >= 0) from = at + 1;
    const head = heads.find((candidate) => candidate.offset === at);
    const entry = head !== undefined && !DIRECTIVES.has(head.type.toLowerCase());
    if (!error.input) {
      // Not fatal (the entry is kept): an undefined @string macro, found where it is used.
      const macro = /Unresolved @string reference "(.*?)"/.exec(error.error)?.[1];
      const use = macro ? usageOffset(source, macro, macroFrom.get(macro) ?? 0) : -1;
      if (macro && use >= 0) macroFrom.set(macro, use + 1);
      const owner = heads.findLast((candidate) => candidate.offset <= use);
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
