// Options of `litgraph build`: the complete typed set, its defaults, and the one place they are resolved and
// validated (the sigma settings pattern). Errors name the option and what it expects.
import type { CommunitiesOn } from './communities';
import { usageError } from './errors';
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
  /** Keep at most this many terms by termhood (0 = all). */
  maxTerms: number;
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
}

export const DEFAULT_BUILD_OPTIONS: Omit<BuildOptions, 'inputs'> = {
  out: 'graph/out',
  maxTerms: 0,
  seed: 42,
  resolution: 1,
  communitiesOn: 'bipartite',
  louvainRuns: 3,
  layout: true,
  iterations: 0,
  name: 'litgraph',
  cache: true,
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
  integerIn('--max-terms', o.maxTerms, 0, 10_000_000);
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
