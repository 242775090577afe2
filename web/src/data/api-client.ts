// The JSON API calls of the viewer beyond the graph itself: health (to choose the view), a term's papers with
// their evidence sentences, one paper's record, and title search. Each answer is checked by a pure parser, so
// the panels get well-formed values (still untrusted text: shown with textContent only).
import type { GraphView, HealthInfo, TermType } from '../types';
import { GRAPH_VIEWS, TERM_TYPES } from '../types';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

/** An evidence sentence: `highlights` are [start, end) offsets of the mentions in `text`. */
export interface Evidence {
  field: 'title' | 'abstract';
  text: string;
  highlights: [number, number][];
}

export interface TermPaper {
  id: string;
  label: string;
  year: number | null;
  evidence: Evidence[];
}

export interface TermPapers {
  /** Node key and label of the term. */
  term: string;
  label: string;
  /** Papers mentioning the term in the whole graph (`papers` lists the strongest of them). */
  total: number;
  papers: TermPaper[];
}

export interface PaperTerm {
  id: string;
  label: string;
  type: TermType;
  /** `[field (0 title, 1 abstract), sentence, start, end]` per mention. */
  spans: number[][];
}

export interface PaperRecord {
  id: string;
  label: string;
  abstract: string;
  year?: number;
  venue?: string;
  authors: string[];
  url?: string;
  doi?: string;
  community?: number;
  terms: PaperTerm[];
}

export interface PaperHit {
  id: string;
  label: string;
  year: number | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number => isNumber(value) && value >= 0 && Number.isInteger(value);
const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function fail(what: string): never {
  throw new ApiError(`the server sent an unexpected ${what}`);
}

/** `GET /api/health`; null when the server has no such counts (older server). */
export function parseHealth(value: unknown): HealthInfo | null {
  if (!isObject(value)) return null;
  const { nodes, edges, papers, terms, defaultView } = value;
  if (!isCount(nodes) || !isCount(edges) || !isCount(papers) || !isCount(terms)) return null;
  const view = GRAPH_VIEWS.find((v) => v === defaultView);
  return { nodes, edges, papers, terms, defaultView: view ?? ('full' as GraphView) };
}

const isSpan = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every(isCount) && value[0] < value[1];

function parseEvidence(value: unknown): Evidence | null {
  if (!isObject(value) || typeof value.text !== 'string') return null;
  const field = value.field === 'title' ? 'title' : 'abstract';
  const highlights = Array.isArray(value.highlights) ? value.highlights.filter(isSpan) : [];
  return { field, text: value.text, highlights };
}

/** `GET /api/query/papers?term=…`: the query document's rows. */
export function parseTermPapers(value: unknown): TermPapers {
  if (!isObject(value) || !isObject(value.query) || !Array.isArray(value.results)) fail('papers answer');
  const resolved = isObject(value.query.resolved) ? value.query.resolved : {};
  const papers = value.results.map((row): TermPaper => {
    if (!isObject(row) || typeof row.id !== 'string' || typeof row.label !== 'string') fail('paper row');
    return {
      id: row.id,
      label: row.label,
      year: isNumber(row.year) ? row.year : null,
      evidence: Array.isArray(row.evidence)
        ? row.evidence.map(parseEvidence).filter((e): e is Evidence => e !== null)
        : [],
    };
  });
  return {
    term: typeof resolved.id === 'string' ? resolved.id : '',
    label: typeof resolved.label === 'string' ? resolved.label : '',
    total: isCount(resolved.papers) ? resolved.papers : papers.length,
    papers,
  };
}

const isMentionSpan = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length === 4 && value.every(isCount);

/** `GET /api/node/paper:…`: the paper's attributes and its terms with their mention spans. */
export function parsePaperRecord(value: unknown): PaperRecord {
  if (!isObject(value) || typeof value.id !== 'string' || !isObject(value.attributes)) fail('paper record');
  const a = value.attributes;
  if (a.kind !== 'paper' || typeof a.label !== 'string') fail('paper record');
  const terms = (Array.isArray(value.terms) ? value.terms : []).flatMap((t): PaperTerm[] => {
    if (!isObject(t) || typeof t.id !== 'string' || typeof t.label !== 'string') return [];
    const type = TERM_TYPES.find((known) => known === t.type) ?? 'concept';
    const spans = Array.isArray(t.spans) ? t.spans.filter(isMentionSpan) : [];
    return [{ id: t.id, label: t.label, type, spans }];
  });
  return {
    id: value.id,
    label: a.label,
    abstract: typeof a.abstract === 'string' ? a.abstract : '',
    year: isNumber(a.year) ? a.year : undefined,
    venue: optionalString(a.venue),
    authors: Array.isArray(a.authors) ? a.authors.filter((x): x is string => typeof x === 'string') : [],
    url: optionalString(a.url),
    doi: optionalString(a.doi),
    community: isNumber(a.community) ? a.community : undefined,
    terms,
  };
}

/** `GET /api/search?q=…`: the paper rows (terms are searched in the loaded graph). */
export function parsePaperHits(value: unknown): PaperHit[] {
  if (!isObject(value) || !Array.isArray(value.results)) fail('search answer');
  return value.results.flatMap((row): PaperHit[] =>
    isObject(row) && row.kind === 'paper' && typeof row.id === 'string' && typeof row.label === 'string'
      ? [{ id: row.id, label: row.label, year: isNumber(row.year) ? row.year : null }]
      : [],
  );
}

async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('the server could not be reached');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the server answered ${response.status} without JSON`, response.status);
  }
  if (!response.ok) {
    const detail = isObject(body) && typeof body.error === 'string' ? `: ${body.error}` : '';
    throw new ApiError(`the server answered ${response.status}${detail}`, response.status);
  }
  return body;
}

export async function fetchHealth(): Promise<HealthInfo | null> {
  try {
    return parseHealth(await getJson('/api/health'));
  } catch {
    return null;
  }
}

export const TERM_PAPERS_LIMIT = 50;

export async function fetchTermPapers(term: string, signal?: AbortSignal): Promise<TermPapers> {
  const query = new URLSearchParams({ term, limit: String(TERM_PAPERS_LIMIT) });
  return parseTermPapers(await getJson(`/api/query/papers?${query}`, signal));
}

export async function fetchPaper(id: string, signal?: AbortSignal): Promise<PaperRecord> {
  return parsePaperRecord(await getJson(`/api/node/${encodeURIComponent(id)}`, signal));
}

/** Papers whose title matches `text` (the API ranks terms first, so more rows are asked for than shown). */
export async function searchPapers(text: string, signal?: AbortSignal): Promise<PaperHit[]> {
  const query = new URLSearchParams({ q: text.slice(0, 200), limit: '40' });
  return parsePaperHits(await getJson(`/api/search?${query}`, signal));
}
