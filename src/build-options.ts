// Options of `litgraph build`: the complete typed set, its defaults, and the one place they are resolved and
// validated (the sigma settings pattern). Errors name the option and what it expects. Also the readers of the
// thesaurus and stoplist files the options name.
import { readFileSync } from 'node:fs';
import type { CommunitiesOn } from './communities';
import { badInput, usageError } from './errors';
import { normaliseKey } from './extract';
import type { InputFormat } from './ingest';
import { INPUT_FORMATS } from './ingest';

export interface BuildOptions {
  /** Input files. */
  inputs: string[];
  /** Output folder. */
  out: string;
  /** Force an input format instead of detecting it. */
  format?: InputFormat;
  /** Minimum document frequency; undefined = 2 for corpora over 100 papers, else 1. */
  minDf?: number;
  /** Keep at most this many terms by termhood (0 = all); undefined = all up to 10k papers, else 20,000. */
  maxTerms?: number;
  seed: number;
  resolution: number;
  communitiesOn: CommunitiesOn;
  /** Louvain runs from consecutive seeds, best modularity kept. */
  louvainRuns: number;
  layout: boolean;
  /** ForceAtlas2 iterations (0 = scaled to the graph size). */
  iterations: number;
  /** Name stored in the graph. */
  name: string;
  /** Extraction worker threads; undefined = all cores for corpora of 400+ papers, else 1. */
  workers?: number;
  /** Reuse and store per-paper extraction results. */
  cache: boolean;
  /** The cache file; undefined = extraction-cache.sqlite in the output folder. */
  cacheFile?: string;
  /** Lay out from random positions even when the cache has the previous build's. */
  freshLayout: boolean;
  /** VOSviewer-style thesaurus file (`label<TAB>replace by`): terms renamed, merged or dropped. */
  thesaurus?: string;
  /** Stoplist file: one phrase per line whose term is dropped; `#` starts a comment line. */
  stoplist?: string;
}

export const DEFAULT_BUILD_OPTIONS: Omit<BuildOptions, 'inputs'> = {
  out: 'graph/out',
  seed: 42,
  resolution: 1,
  communitiesOn: 'bipartite',
  louvainRuns: 3,
  layout: true,
  iterations: 0,
  name: 'litgraph',
  cache: true,
  freshLayout: false,
};

/** Merges defaults and validates; throws a USAGE LitgraphError naming the option. */
export function resolveBuildOptions(
  partial: Partial<BuildOptions> & Pick<BuildOptions, 'inputs'>,
): BuildOptions {
  const o: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...stripUndefined(partial), inputs: partial.inputs };
  if (o.inputs.length === 0) throw usageError('build needs at least one input file');
  if (o.format !== undefined && !INPUT_FORMATS.includes(o.format)) {
    throw usageError(`--format must be one of ${INPUT_FORMATS.join(', ')} (got "${o.format}")`);
  }
  if (o.minDf !== undefined) integerIn('--min-df', o.minDf, 1, 1_000_000);
  if (o.maxTerms !== undefined) integerIn('--max-terms', o.maxTerms, 0, 10_000_000);
  integerIn('--seed', o.seed, 0, 2 ** 32 - 1);
  integerIn('--louvain-runs', o.louvainRuns, 1, 100);
  integerIn('--iterations', o.iterations, 0, 100_000);
  if (o.workers !== undefined) integerIn('--workers', o.workers, 1, 256);
  if (!Number.isFinite(o.resolution) || o.resolution <= 0 || o.resolution > 100) {
    throw usageError(`--resolution must be a number above 0 and at most 100 (got ${o.resolution})`);
  }
  if (o.communitiesOn !== 'bipartite' && o.communitiesOn !== 'projection') {
    throw usageError(`--communities-on must be bipartite or projection (got "${o.communitiesOn}")`);
  }
  for (const [name, file] of [
    ['--thesaurus', o.thesaurus],
    ['--stoplist', o.stoplist],
  ] as const) {
    if (file !== undefined && (typeof file !== 'string' || file.trim() === '')) {
      throw usageError(`${name} must name a file`);
    }
  }
  return o;
}

function integerIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw usageError(`${name} must be an integer from ${min} to ${max} (got ${value})`);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Parses a CLI number option strictly ("12abc" is an error, not 12). */
export function parseNumberOption(name: string, raw: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) throw usageError(`${name} must be a number (got "${raw}")`);
  return Number(raw);
}

// ---------------------------------------------------------------------------------------------------------
// Thesaurus and stoplist files (--thesaurus, --stoplist): read before anything else runs, so a bad file fails
// the build at once. Labels and phrases are normalised with the extractor's normaliseKey, so "Auto-Encoders"
// matches the term "autoencoder" however it was written.

/** What selectTerms takes, plus recorders of which entries the corpus actually hit (for the summary). */
export interface Vocabulary {
  readonly thesaurus?: RecordingThesaurus;
  readonly stopKeys?: RecordingStoplist;
}

/** A thesaurus (key → key, or '' to drop) that records the keys it was asked about and holds. */
export class RecordingThesaurus extends Map<string, string> {
  readonly matched = new Set<string>();
  override has(key: string): boolean {
    const hit = super.has(key);
    if (hit) this.matched.add(key);
    return hit;
  }
}

/** A stoplist (normalised keys) that records the keys it was asked about and holds. */
export class RecordingStoplist extends Set<string> {
  readonly matched = new Set<string>();
  override has(key: string): boolean {
    const hit = super.has(key);
    if (hit) this.matched.add(key);
    return hit;
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(
      code === 'ENOENT'
        ? `${what} file not found`
        : `cannot read the ${what} file (${code ?? String(error)})`,
      file,
    );
  }
}

/** Lines without a BOM, split on any line break; numbered from 1. */
const linesOf = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

/** A field as a spreadsheet saves it: surrounding double quotes removed, doubled quotes undone. */
function unquote(field: string): string {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
}

const isSkipped = (line: string): boolean => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * Parses a VOSviewer thesaurus: a header `label<TAB>replace by`, then one `label<TAB>replacement` per line (an
 * empty replacement drops the term). Blank lines and lines starting with `#` are skipped. Chains (a → b,
 * b → c) are followed; entries whose label and replacement normalise alike are no-ops. Errors name the line.
 */
export function parseThesaurus(text: string, file: string): RecordingThesaurus {
  const lines = linesOf(text);
  let i = 0;
  while (i < lines.length && isSkipped(lines[i])) i++;
  const header = (lines[i] ?? '').split('\t').map((f) => unquote(f).toLowerCase());
  if (header.length !== 2 || header[0] !== 'label' || header[1] !== 'replace by') {
    throw badInput(
      'expected the header line "label<TAB>replace by" (VOSviewer thesaurus format)',
      file,
      i + 1,
    );
  }
  const entries = new Map<string, { target: string; line: number }>();
  for (i++; i < lines.length; i++) {
    const line = i + 1;
    if (isSkipped(lines[i])) continue;
    const fields = lines[i].split('\t');
    if (fields.length !== 2) {
      throw badInput(
        fields.length === 1
          ? 'expected "label<TAB>replace by": no tab on this line'
          : `expected 2 tab-separated columns, found ${fields.length}`,
        file,
        line,
      );
    }
    const [label, replacement] = fields.map(unquote);
    const key = normaliseKey(label);
    if (key === '') throw badInput(`label "${label}" has no letters or digits`, file, line);
    const target = replacement === '' ? '' : normaliseKey(replacement);
    if (replacement !== '' && target === '') {
      throw badInput(`replacement "${replacement}" has no letters or digits`, file, line);
    }
    const previous = entries.get(key);
    if (previous && previous.target !== target) {
      throw badInput(`"${label}" already has a different replacement on line ${previous.line}`, file, line);
    }
    if (key !== target) entries.set(key, { target, line });
  }
  const thesaurus = new RecordingThesaurus();
  for (const [key, { line }] of entries) {
    const seen = [key];
    let target = entries.get(key)!.target;
    while (target !== '' && entries.has(target)) {
      if (seen.includes(target)) {
        throw badInput(`the replacements loop: ${[...seen, target].join(' → ')}`, file, line);
      }
      seen.push(target);
      target = entries.get(target)!.target;
    }
    thesaurus.set(key, target);
  }
  return thesaurus;
}

/** Parses a stoplist: one phrase per line; blank lines and lines starting with `#` are skipped. */
export function parseStoplist(text: string, file: string): RecordingStoplist {
  const stop = new RecordingStoplist();
  linesOf(text).forEach((raw, i) => {
    if (isSkipped(raw)) return;
    if (raw.includes('\t')) {
      throw badInput('one phrase per line expected, found a tab (is this a thesaurus file?)', file, i + 1);
    }
    const phrase = unquote(raw);
    const key = normaliseKey(phrase);
    if (key === '') throw badInput(`phrase "${phrase}" has no letters or digits`, file, i + 1);
    stop.add(key);
  });
  return stop;
}

/** Reads the thesaurus and stoplist files the options name (none → empty vocabulary). */
export function loadVocabulary(options: Pick<BuildOptions, 'thesaurus' | 'stoplist'>): Vocabulary {
  return {
    ...(options.thesaurus
      ? { thesaurus: parseThesaurus(readText(options.thesaurus, 'thesaurus'), options.thesaurus) }
      : {}),
    ...(options.stoplist
      ? { stopKeys: parseStoplist(readText(options.stoplist, 'stoplist'), options.stoplist) }
      : {}),
  };
}
