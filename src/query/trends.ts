// `trends`: the emerging and the fading terms, by the Cochran–Armitage test for a linear trend in proportions
// (Cochran 1954, "Some methods for strengthening the common χ² tests", Biometrics 10:417–451; Armitage 1955,
// "Tests for linear trends in proportions and frequencies", Biometrics 11:375–386). For each term, the share of
// each year's papers that mention it is tested against the year: with n_y papers in year y, r_y of them
// mentioning the term, N = Σ n_y, R = Σ r_y, p = R / N and ȳ = Σ n_y·y / N,
//
//   Z = Σ r_y·(y − ȳ) / √( p·(1 − p) · Σ n_y·(y − ȳ)² )
//
// Z > 0: the term takes a growing share of the papers (emerging), Z < 0 a shrinking one (fading), Z ≈ 0 flat.
// Dividing by each year's paper count means a corpus that grows over time does not make every term "emerging";
// Z is a standard normal deviate under "no trend", so it also weighs the evidence: a term seen in two papers
// cannot outrank one that rose steadily over hundreds.
import { usageError } from '../errors';
import { compareScoresDesc } from './order';
import { termSummary } from './query-index';
import type { QueryDocument, QueryIndex, TrendsOptions } from './types';
import { checkLimit } from './validate';

export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

/** |Z| at or below this is no trend (float noise on exactly flat shares). */
const FLAT = 1e-9;

function checkYear(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw usageError(`${name} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return value;
}

/** Cochran–Armitage Z of counts `r` against totals `n` at scores `s` (already centred on the n-weighted mean). */
export function trendZ(r: ArrayLike<number>, n: ArrayLike<number>, s: ArrayLike<number>): number {
  let N = 0;
  let R = 0;
  let T = 0;
  let Sxx = 0;
  for (let k = 0; k < n.length; k++) {
    N += n[k];
    R += r[k];
    T += r[k] * s[k];
    Sxx += n[k] * s[k] * s[k];
  }
  const p = R / N;
  const variance = p * (1 - p) * Sxx;
  if (!(variance > 0)) return 0;
  const z = T / Math.sqrt(variance);
  return Math.abs(z) <= FLAT ? 0 : z;
}

/**
 * Terms ranked by the trend of their share of papers over the years in [from, to] (default: every year with
 * papers). Rows: up to `limit` emerging terms (Z descending), then up to `limit` fading ones (Z ascending);
 * terms with no trend are left out. Papers without a year are ignored.
 */
export function trends(index: QueryIndex, options: TrendsOptions = {}): QueryDocument {
  const limit = checkLimit(options.limit);
  const from = checkYear('from', options.from);
  const to = checkYear('to', options.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw usageError(`from must not be after to (got from ${from}, to ${to})`);
  }
  const lo = from ?? Number.NEGATIVE_INFINITY;
  const hi = to ?? Number.POSITIVE_INFINITY;

  // Years with papers in the window, and each paper's year slot (-1: no year or outside).
  const perYear = new Map<number, number>();
  for (const attrs of index.paperAttrs) {
    const y = attrs.year;
    if (y !== undefined && y >= lo && y <= hi) perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const slot = new Map(years.map((y, k) => [y, k]));
  const n = Float64Array.from(years, (y) => perYear.get(y)!);
  const N = n.reduce((a, b) => a + b, 0);
  const mean = years.reduce((acc, y, k) => acc + y * n[k], 0) / (N || 1);
  const s = Float64Array.from(years, (y) => y - mean);
  const paperSlot = Int32Array.from(index.paperAttrs, (a) =>
    a.year === undefined ? -1 : (slot.get(a.year) ?? -1),
  );

  const rows: { t: number; z: number; r: Float64Array; papers: number }[] = [];
  if (years.length >= 2) {
    const r = new Float64Array(years.length);
    index.termPapers.forEach((papers, t) => {
      r.fill(0);
      let count = 0;
      for (const p of papers) {
        const k = paperSlot[p];
        if (k >= 0) {
          r[k]++;
          count++;
        }
      }
      if (count === 0) return;
      const z = trendZ(r, n, s);
      if (z !== 0) rows.push({ t, z, r: r.slice(), papers: count });
    });
  }
  const emerging = rows
    .filter((row) => row.z > 0)
    .sort((a, b) => compareScoresDesc(a.z, b.z) || a.t - b.t)
    .slice(0, limit);
  const fading = rows
    .filter((row) => row.z < 0)
    .sort((a, b) => compareScoresDesc(b.z, a.z) || a.t - b.t)
    .slice(0, limit);

  const describe = (trend: 'emerging' | 'fading') => (row: (typeof rows)[number]) => {
    const counts: Record<string, number> = {};
    let first: number | null = null;
    let last: number | null = null;
    years.forEach((y, k) => {
      if (row.r[k] === 0) return;
      counts[y] = row.r[k];
      first ??= y;
      last = y;
    });
    return {
      ...termSummary(index, row.t),
      trend,
      score: Math.round(row.z * 1e4) / 1e4,
      papers: row.papers,
      firstYear: first,
      lastYear: last,
      years: counts,
    };
  };
  return {
    query: {
      verb: 'trends',
      from: from ?? null,
      to: to ?? null,
      resolved: {
        from: years[0] ?? null,
        to: years[years.length - 1] ?? null,
        years: years.length,
        papers: N,
      },
      limit,
    },
    results: [...emerging.map(describe('emerging')), ...fading.map(describe('fading'))],
  };
}
