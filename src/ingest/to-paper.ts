// Validates one raw record (a JSON object, a CSV row keyed by header, a papers-text pair) into a Paper.
// Fatal problems (no title, no or too short abstract, wrong types) drop the record with one issue; minor ones
// (a non-numeric year, a bad DOI) are warnings and the paper is kept without that field. Export quirks are
// handled here for every format: "null"/"N/A" cells are empty, a copyright line at the end of an abstract is
// removed, "[No abstract available]" is no abstract, and "Lovelace, Ada" becomes "Ada Lovelace".
import type { IngestIssue, Paper } from '../types';
import {
  cleanText,
  collapseWhitespace,
  isAbstractPlaceholder,
  replaceControlCharacters,
  stripCopyright,
} from './clean-text';
import { FIELD_ALIASES, fieldKey, INVERTED_ABSTRACT_KEY, type PaperField } from './field-aliases';
import { isDoi, normaliseDoi, paperIdFor } from './normalise';
import { displayName, splitAuthorList } from './person-name';

/** Abstracts shorter than this (after clean-up) are rejected. */
export const MIN_ABSTRACT_LENGTH = 20;
/**
 * Abstracts longer than this (about 15,000 words) are rejected: a full text or a runaway field, not an abstract,
 * and extraction time grows with it (a 50 MB "abstract" would hold the build for many minutes).
 */
export const MAX_ABSTRACT_LENGTH = 100_000;
/** Titles longer than this are rejected: a whole abstract or a runaway field in the title. */
export const MAX_TITLE_LENGTH = 2_000;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

export interface RecordCheck {
  paper?: Paper;
  /** `skipped` issues replace the record; the others are warnings about a kept paper. */
  issues: { issue: IngestIssue; skipped: boolean }[];
}

type Fields = Map<string, unknown>;

/** Validates one record. `line` is where the record starts, when known. */
export function toPaper(record: unknown, file: string, line?: number): RecordCheck {
  const issues: RecordCheck['issues'] = [];
  const warn = (message: string) => issues.push({ issue: at(file, line, message), skipped: false });
  const skip = (message: string): RecordCheck => ({
    issues: [{ issue: at(file, line, message), skipped: true }],
  });

  if (!isPlainObject(record)) return skip(`record is not an object (got ${describeType(record)})`);
  const fields: Fields = new Map();
  for (const [name, value] of Object.entries(record)) {
    const key = fieldKey(name);
    if (!fields.has(key) || isEmpty(fields.get(key))) fields.set(key, value);
  }

  const rawTitle = pick(fields, 'title');
  if (rawTitle === undefined) return skip('record has no title');
  if (typeof rawTitle !== 'string') return skip(`title is ${describeType(rawTitle)}, not text`);
  const title = cleanText(rawTitle);
  if (!title) return skip('record has no title');
  if (title.length > MAX_TITLE_LENGTH) {
    return skip(
      `title is too long (${title.length} characters, at most ${MAX_TITLE_LENGTH}) (${quote(title)})`,
    );
  }

  const rawAbstract = pick(fields, 'abstract') ?? invertedAbstract(fields.get(INVERTED_ABSTRACT_KEY));
  const quoted = quote(title);
  if (rawAbstract === undefined) return skip(`record has no abstract (${quoted})`);
  const abstractText = textOf(rawAbstract);
  if (abstractText === undefined)
    return skip(`abstract is ${describeType(rawAbstract)}, not text (${quoted})`);
  const abstract = stripCopyright(cleanText(abstractText));
  if (!abstract || isAbstractPlaceholder(abstract)) return skip(`record has no abstract (${quoted})`);
  if (abstract.length < MIN_ABSTRACT_LENGTH) {
    return skip(
      `abstract is too short (${abstract.length} characters, at least ${MIN_ABSTRACT_LENGTH} needed) (${quoted})`,
    );
  }
  if (abstract.length > MAX_ABSTRACT_LENGTH) {
    return skip(
      `abstract is too long (${abstract.length} characters, at most ${MAX_ABSTRACT_LENGTH}; is it the full text?) (${quoted})`,
    );
  }

  const paper: { -readonly [K in keyof Paper]: Paper[K] } = { id: '', title, abstract };
  const doi = readDoi(pick(fields, 'doi'), warn);
  if (doi) paper.doi = doi;
  paper.id = paperIdFor({ id: readId(pick(fields, 'id'), warn), doi, title });
  const year = readYear(fields, warn);
  if (year !== undefined) paper.year = year;
  const authors = readAuthors(pick(fields, 'authors'), warn);
  if (authors?.length) paper.authors = authors;
  const venue = readVenue(pick(fields, 'venue'), warn);
  if (venue) paper.venue = venue;
  const url = readUrl(pick(fields, 'url'), warn);
  if (url) paper.url = url;
  return { paper, issues };
}

function at(file: string, line: number | undefined, message: string): IngestIssue {
  return line === undefined ? { file, message } : { file, line, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Cell values that exports write for a missing value (pandas, SQL dumps, Lens). */
const MISSING_TEXT = new Set(['', 'null', 'none', 'nan', 'n/a']);

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && MISSING_TEXT.has(value.trim().toLowerCase())) ||
    (Array.isArray(value) && value.length === 0)
  );
}

function quote(title: string): string {
  return `"${title.length > 60 ? `${title.slice(0, 57)}…` : title}"`;
}

/** The value of the first alias of `field` that is present and not empty. */
function pick(fields: Fields, field: PaperField): unknown {
  for (const alias of FIELD_ALIASES[field]) {
    const value = fields.get(alias);
    if (!isEmpty(value)) return value;
  }
  return undefined;
}

/** A string, or an array of strings (paragraphs) joined; undefined for any other type. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('\n');
  return undefined;
}

/** Rebuilds an OpenAlex `abstract_inverted_index` ({word: [positions]}) into text. */
function invertedAbstract(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(value)) {
    if (!Array.isArray(positions)) return undefined;
    for (const position of positions) {
      if (!Number.isInteger(position) || position < 0 || position > 100_000) return undefined;
      words[position] = word;
    }
  }
  const text = words.filter((word) => word !== undefined).join(' ');
  return text || undefined;
}

function readId(value: unknown, warn: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return replaceControlCharacters(value).trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  warn(`id is ${describeType(value)}, not text; an id was derived instead`);
  return undefined;
}

function readDoi(value: unknown, warn: (message: string) => void): string | undefined {
  const raw = Array.isArray(value) ? value.find((item) => typeof item === 'string' && item.trim()) : value;
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    warn(`doi is ${describeType(raw)}, not text; ignored`);
    return undefined;
  }
  const doi = normaliseDoi(raw);
  if (!isDoi(doi)) {
    warn(`doi "${raw.trim().slice(0, 80)}" is not a DOI (10.xxxx/…); ignored`);
    return undefined;
  }
  return doi;
}

function checkYear(year: number, raw: unknown, warn: (message: string) => void): number | undefined {
  if (year >= MIN_YEAR && year <= MAX_YEAR) return year;
  warn(`year ${JSON.stringify(raw)} is outside ${MIN_YEAR}–${MAX_YEAR}; kept without year`);
  return undefined;
}

/** The year from a `year` field (a number or a string starting with 4 digits), else from a date field. */
function readYear(fields: Fields, warn: (message: string) => void): number | undefined {
  const year = pick(fields, 'year');
  if (year !== undefined) return yearOf(year, warn);
  const date = pick(fields, 'date');
  if (date === undefined) return undefined;
  // Crossref dates: {"date-parts": [[2020, 5, 1]]}.
  const parts = isPlainObject(date) ? date['date-parts'] : undefined;
  if (Array.isArray(parts) && Array.isArray(parts[0])) return yearOf(parts[0][0], warn);
  if (Array.isArray(date)) return yearOf(date[0], warn);
  return yearOf(date, warn);
}

function yearOf(value: unknown, warn: (message: string) => void): number | undefined {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return checkYear(value, value, warn);
    warn(`year ${value} is not a whole number; kept without year`);
    return undefined;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return undefined;
    const match = /^(\d{4})(?!\d)/.exec(text);
    if (match) return checkYear(Number(match[1]), text, warn);
    warn(`year "${text.slice(0, 40)}" is not a number; kept without year`);
    return undefined;
  }
  if (value === null || value === undefined) return undefined;
  warn(`year is ${describeType(value)}, not a number; kept without year`);
  return undefined;
}

/** Name of an author object: name, display_name, given + family, or OpenAlex's author.display_name. */
function authorName(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  // `{author: {author: …}}` nests once in OpenAlex; a deeper chain is junk (and must not exhaust the stack).
  if (!isPlainObject(value) || depth > 8) return undefined;
  for (const key of ['name', 'display_name', 'displayName', 'full_name', 'fullName', 'literal']) {
    if (typeof value[key] === 'string' && value[key].trim()) return value[key];
  }
  const given = value.given ?? value.first ?? value.firstName ?? value.given_name;
  const family = value.family ?? value.last ?? value.lastName ?? value.family_name;
  if (typeof family === 'string' && family.trim())
    return typeof given === 'string' ? `${given} ${family}` : family;
  return authorName(value.author, depth + 1);
}

function readAuthors(value: unknown, warn: (message: string) => void): string[] | undefined {
  if (value === undefined) return undefined;
  let names: string[];
  if (typeof value === 'string') {
    names = splitAuthorList(collapseWhitespace(value));
  } else if (Array.isArray(value)) {
    names = [];
    let unknown = 0;
    for (const item of value) {
      const name = authorName(item);
      if (name === undefined) unknown++;
      else names.push(name);
    }
    if (unknown) warn(`${unknown} author${unknown > 1 ? 's are' : ' is'} neither text nor {name}; left out`);
  } else {
    const name = authorName(value);
    if (name === undefined) {
      warn(`authors is ${describeType(value)}, not a list of names; ignored`);
      return undefined;
    }
    names = [name];
  }
  return names.map((name) => displayName(cleanText(name))).filter((name) => name !== '');
}

function readVenue(value: unknown, warn: (message: string) => void, depth = 0): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    // Nested lists are looked into a few levels deep only (deeper is junk, and must not exhaust the stack).
    if (depth > 4) return undefined;
    for (const item of value) {
      const venue = typeof item === 'string' ? cleanText(item) : item && readVenue(item, () => {}, depth + 1);
      if (venue) return venue;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const key of ['display_name', 'name', 'title']) {
      if (typeof value[key] === 'string' && value[key].trim()) return cleanText(value[key]);
    }
  }
  warn(`venue is ${describeType(value)}, not text; ignored`);
  return undefined;
}

/**
 * Keeps http(s) links (and `www.` ones, given https). Another scheme (javascript:, data:, file:) is a warning:
 * the viewer turns urls into links. A value with no scheme is not a link (ACL's `url` holds an anthology id)
 * and is dropped without an issue.
 */
function readUrl(value: unknown, warn: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    warn(`url is ${describeType(value)}, not text; ignored`);
    return undefined;
  }
  let url = value.trim();
  if (/^www\./i.test(url)) url = `https://${url}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (!scheme) return undefined;
  if (!/^https?$/i.test(scheme) || !URL.canParse(url) || replaceControlCharacters(url) !== url) {
    warn(`url "${url.slice(0, 60)}" is not an http(s) link; ignored`);
    return undefined;
  }
  return url;
}
