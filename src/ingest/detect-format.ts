// Picks the input format of a file: from its extension (after an optional .gz), else from its first few KB.
// Some extensions need the content too: .xml is an arXiv Atom feed or PubMed XML (by its root element), and a
// .txt export may be Web of Science, RIS, BibTeX or a tab-separated table rather than a papers-text listing.
import { badInput } from '../errors';
import { hasColumn } from './field-aliases';
import type { InputFormat } from './types';
import { mapWosHeader } from './wos-tags';

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
  bib: 'bibtex',
  bibtex: 'bibtex',
  ris: 'ris',
  atom: 'arxiv-atom',
  // Web of Science's "Other file formats > Plain text" in its EndNote flavour.
  ciw: 'wos',
};

/** Root elements (without namespace prefix) -> XML format. */
const XML_ROOTS: Readonly<Record<string, InputFormat>> = {
  feed: 'arxiv-atom',
  entry: 'arxiv-atom',
  PubmedArticleSet: 'pubmed-xml',
  PubmedArticle: 'pubmed-xml',
  PubmedBookArticleSet: 'pubmed-xml',
  PubmedBookArticle: 'pubmed-xml',
};

/** Keys under which a JSON object keeps its array of records (lower case). */
export const JSON_ARRAY_KEYS = ['papers', 'results', 'data', 'items', 'records'] as const;

function extensionOf(file: string): string | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/') || dot < name.lastIndexOf('\\')) return undefined;
  return name.slice(dot + 1);
}

/** The format named by the file's extension, ignoring a trailing `.gz`; undefined when it names none. */
export function formatFromExtension(file: string): InputFormat | undefined {
  const extension = extensionOf(file);
  return extension === undefined ? undefined : EXTENSION_FORMATS[extension];
}

/**
 * The format of `file`: its extension when it names one, else guessed from `head`, the first few KB of the
 * decompressed text: `<` -> arxiv-atom or pubmed-xml by the root element; `[` -> json; one JSON object per
 * line -> jsonl; `{` otherwise -> json; `TY  - ` -> ris; `FN `/`PT ` -> wos; an `@type{` line -> bibtex; a
 * header line with a title column split by tabs or commas -> tsv / csv; anything else -> papers-text.
 * A .xml file is decided by its root element, a .txt file may be wos, ris, bibtex or tsv by its content.
 * Throws BAD_INPUT for XML of another kind.
 */
export function detectFormat(file: string, head: string): InputFormat {
  const extension = extensionOf(file);
  if (extension === 'xml') return xmlFormat(file, head);
  const format = extension === undefined ? undefined : EXTENSION_FORMATS[extension];
  if (format === 'papers-text') return exportFormat(head) ?? tableFormat(head, '\t', true) ?? format;
  return format ?? formatFromContent(file, head);
}

function formatFromContent(file: string, head: string): InputFormat {
  const text = head.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('<')) return xmlFormat(file, text);
  if (text.startsWith('[')) return 'json';
  const lines = text.split(/\r?\n/);
  if (text.startsWith('{')) return looksLikeJsonLines(lines, head.length) ? 'jsonl' : 'json';
  return (
    exportFormat(text) ??
    tableFormat(text, '\t') ??
    tableFormat(text, ',') ??
    tableFormat(text, ';') ??
    'papers-text'
  );
}

/** RIS, Web of Science plain text or BibTeX, from their first lines; undefined for anything else. */
function exportFormat(head: string): InputFormat | undefined {
  const text = head.replace(/^\ufeff/, '');
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  // RIS: a TY line among the first lines (a numbering line or a note may come first).
  if (lines.some((line) => /^TY {1,3}-( |$)/.test(line))) return 'ris';
  // WoS: "FN Clarivate Analytics Web of Science" / "VR 1.0", or a file that starts at its first record.
  if (/^FN \S/.test(lines[0] ?? '') || /^PT [A-Z]$/.test(lines[0] ?? '')) return 'wos';
  // BibTeX: an entry or directive at the start of a line, after any free text.
  if (/^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(text)) return 'bibtex';
  return undefined;
}

/**
 * `format` when the first line, split by `delimiter`, is a header with a title column (and an abstract column
 * when `strict`), Web of Science tags included; undefined otherwise.
 */
function tableFormat(head: string, delimiter: string, strict = false): InputFormat | undefined {
  const header = head.replace(/^\ufeff/, '').split(/\r?\n|\r/, 1)[0];
  if (!header.includes(delimiter)) return undefined;
  const columns = mapWosHeader(header.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
  if (!hasColumn(columns, 'title') || (strict && !hasColumn(columns, 'abstract'))) return undefined;
  return delimiter === '\t' ? 'tsv' : 'csv';
}

/** arxiv-atom or pubmed-xml by the document element; BAD_INPUT for other XML. */
function xmlFormat(file: string, head: string): InputFormat {
  const text = head.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '');
  // The first element after the DOCTYPE (internal subset included), else the DOCTYPE's name when the subset
  // fills the head.
  const name =
    /<([\p{L}_][\w.:-]*)/u.exec(text.replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i, ''))?.[1] ??
    /<!DOCTYPE\s+([\p{L}_][\w.:-]*)/iu.exec(text)?.[1];
  if (name === undefined) throw badInput('XML without an element in its first 8 KB', file);
  const local = name.slice(name.indexOf(':') + 1);
  const format = XML_ROOTS[local];
  if (format) return format;
  throw badInput(
    `XML whose root element is <${local}>: only arXiv API Atom feeds (<feed>) and PubMed XML (<PubmedArticleSet>) are read`,
    file,
  );
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
