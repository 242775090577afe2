// Query benchmark helpers: the query sets (terms sampled by document frequency, the most frequent
// always included, random term pairs for `path`, label prefixes for `search`), their API URLs and latency stats.
import { foldText, type QueryIndex, type QueryParams, resolveTerm, runQuery } from '../../src/query';
import { seededRandom } from '../../src/util/rng';

/** One benchmarked query kind: the verb and, per query, its string parameters (as a URL would carry them). */
export interface QueryCase {
  name: string;
  verb: string;
  queries: QueryParams[];
  /** The term (label) each query is about, for naming the slowest one. */
  subjects: string[];
}

/** A term as the benchmark names it: the label when it resolves back to a term, else its node id. */
interface SampledTerm {
  t: number;
  name: string;
  df: number;
}

/**
 * `count` terms: the `top` most frequent ones (the worst case for co-occurrence walks), then terms drawn with
 * probability proportional to their document frequency (with replacement), as a user browsing the map would
 * hit them.
 */
export function sampleTerms(
  index: QueryIndex,
  count: number,
  top: number,
  random: () => number,
): SampledTerm[] {
  const termCount = index.termIds.length;
  const df = (t: number) => index.termPapers[t].length;
  const byDf = Array.from({ length: termCount }, (_, t) => t).sort((a, b) => df(b) - df(a) || a - b);
  const picked = byDf.slice(0, Math.min(top, count));
  const cumulative = new Float64Array(termCount);
  let total = 0;
  for (let t = 0; t < termCount; t++) {
    total += df(t);
    cumulative[t] = total;
  }
  while (picked.length < count) {
    const x = random() * total;
    let lo = 0;
    let hi = termCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    picked.push(lo);
  }
  return picked.map((t) => ({ t, name: nameOf(index, t), df: df(t) }));
}

function nameOf(index: QueryIndex, t: number): string {
  const label = index.termAttrs[t].label;
  try {
    resolveTerm(index, label);
    return label;
  } catch {
    return index.termIds[t];
  }
}

/** `length` characters of `label` from its start (at least 3), with a letter or digit in it. */
function prefixOf(label: string, random: () => number): string {
  const max = Math.min(8, label.length);
  const length = Math.min(label.length, 3 + Math.floor(random() * Math.max(1, max - 2)));
  const prefix = label.slice(0, length);
  return foldText(prefix) === '' ? label : prefix;
}

/**
 * The benchmarked queries, `count` of each: neighbours at depth 1 and 2 by co-occurrence and association,
 * papers, path (random connected pairs), similar, search (label prefixes). All with default limits.
 */
export function buildCases(index: QueryIndex, count: number, seed: number): QueryCase[] {
  const random = seededRandom(seed);
  const terms = sampleTerms(index, count, Math.min(20, count), random);
  const names = terms.map((term) => term.name);
  const termCase = (name: string, verb: string, extra: Record<string, string>): QueryCase => ({
    name,
    verb,
    queries: names.map((term) => ({ term, ...extra })),
    subjects: names,
  });
  const cases: QueryCase[] = [];
  for (const depth of ['1', '2']) {
    for (const by of ['cooccurrence', 'association']) {
      cases.push(termCase(`neighbours depth ${depth} by ${by}`, 'neighbours', { depth, by }));
    }
  }
  cases.push(termCase('papers', 'papers', {}));

  // Random pairs, both ends drawn by document frequency; unconnected pairs (NOT_FOUND) are drawn again.
  const pairs: QueryParams[] = [];
  const pairSubjects: string[] = [];
  const ends = sampleTerms(index, 4 * count, 0, random);
  for (let i = 0; i + 1 < ends.length && pairs.length < count; i += 2) {
    const params = { from: ends[i].name, to: ends[i + 1].name };
    try {
      runQuery(index, 'path', params);
    } catch {
      continue;
    }
    pairs.push(params);
    pairSubjects.push(`${ends[i].name} → ${ends[i + 1].name}`);
  }
  cases.push({ name: 'path (random pairs)', verb: 'path', queries: pairs, subjects: pairSubjects });
  cases.push(termCase('similar', 'similar', {}));
  const prefixes = terms.map((term) => prefixOf(index.termAttrs[term.t].label, random));
  cases.push({
    name: 'search (label prefixes)',
    verb: 'search',
    queries: prefixes.map((text) => ({ text })),
    subjects: prefixes,
  });
  return cases;
}

/** The document frequency of each sampled subject, for the report. */
export function dfOf(index: QueryIndex, name: string): number | null {
  try {
    return index.termPapers[resolveTerm(index, name).index].length;
  } catch {
    return null;
  }
}

/** `/api/query/<verb>?…` for one query. */
export function queryUrl(verb: string, params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') search.append(name, value);
  }
  return `/api/query/${verb}?${search}`;
}

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Index (into the case's queries) of the slowest one. */
  slowest: number;
}

/** Nearest-rank percentiles of durations in milliseconds. */
export function latencyStats(times: readonly number[]): LatencyStats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  let slowest = 0;
  times.forEach((time, i) => {
    if (time > times[slowest]) slowest = i;
  });
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: times.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(times.reduce((sum, x) => sum + x, 0) / Math.max(1, times.length)),
    slowest,
  };
}
