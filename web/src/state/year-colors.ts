// Colour by time, as VOSviewer's overlay visualisation: each node coloured by its year — a paper's publication
// year, a term's mean year of its papers — on the viridis ramp (dark blue = older, yellow = newer, readable in
// grey and by colour-blind readers). The ramp spans the 5th to 95th percentile of the nodes' years, so a few very
// old papers do not squeeze everything else into one colour; years beyond it take the end colours.
import { meanYearOf } from '../data/node-facts';
import type { NodeAttributes } from '../types';

export interface YearScale {
  /** Years at the ramp's ends (fractional for mean years); min < max. */
  readonly min: number;
  readonly max: number;
  /** Whether some nodes lie beyond an end (the legend then says "≤ min" / "≥ max"). */
  readonly clippedLow: boolean;
  readonly clippedHigh: boolean;
}

/** Nodes without a year (papers without one, terms of such papers). */
export const NO_YEAR_COLOR = '#c4c8d0';

/** viridis at 11 evenly spaced points (viridisLite::viridis(11), matplotlib's map). */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x48, 0x25, 0x76],
  [0x41, 0x44, 0x87],
  [0x35, 0x60, 0x8d],
  [0x2a, 0x78, 0x8e],
  [0x21, 0x90, 0x8c],
  [0x22, 0xa8, 0x84],
  [0x43, 0xbf, 0x71],
  [0x7a, 0xd1, 0x51],
  [0xbb, 0xdf, 0x27],
  [0xfd, 0xe7, 0x25],
];

const LOW_PERCENTILE = 0.05;
const HIGH_PERCENTILE = 0.95;

/** The value at quantile q of sorted values (linear interpolation between ranks). */
function quantile(sorted: readonly number[], q: number): number {
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** The ramp's span for these years; null when there are none. A single year gets a one-year span around it. */
export function yearScale(years: readonly number[]): YearScale | null {
  const sorted = years.filter((year) => Number.isFinite(year)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  let min = quantile(sorted, LOW_PERCENTILE);
  let max = quantile(sorted, HIGH_PERCENTILE);
  if (max - min < 1) {
    const mid = (min + max) / 2;
    min = mid - 0.5;
    max = mid + 0.5;
  }
  return {
    min,
    max,
    clippedLow: sorted[0] < min,
    clippedHigh: sorted[sorted.length - 1] > max,
  };
}

const hex = (value: number): string => Math.round(value).toString(16).padStart(2, '0');

/** The viridis colour at t in [0, 1] (clamped), as `#rrggbb` (sigma's WebGL programs read hex, not hsl). */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [VIRIDIS[i], VIRIDIS[i + 1]];
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

/** A year's colour on a scale; years outside it take the end colours. */
export const yearColor = (year: number, scale: YearScale): string =>
  viridis((year - scale.min) / (scale.max - scale.min));

/** A CSS gradient of the ramp, left (old) to right (new), for the legend. */
export const rampGradient = (): string =>
  `linear-gradient(to right, ${VIRIDIS.map((_, i) => viridis(i / (VIRIDIS.length - 1))).join(', ')})`;

export interface YearOverlay {
  /** null when no node has a year (the overlay is then not offered). */
  readonly scale: YearScale | null;
  /** Colour per node key; nodes without a year are absent (drawn in NO_YEAR_COLOR). */
  readonly colors: ReadonlyMap<string, string>;
  /** Nodes coloured plus nodes without a year. */
  readonly total: number;
}

/** Colours every node of a graph by its year. */
export function buildYearOverlay(
  nodes: Iterable<readonly [key: string, attributes: NodeAttributes]>,
): YearOverlay {
  const years: [string, number][] = [];
  let total = 0;
  for (const [key, attributes] of nodes) {
    total++;
    const year = meanYearOf(attributes);
    if (year !== undefined) years.push([key, year]);
  }
  const scale = yearScale(years.map(([, year]) => year));
  const colors = new Map<string, string>();
  if (scale) for (const [key, year] of years) colors.set(key, yearColor(year, scale));
  return { scale, colors, total };
}

/** The legend's end labels: whole years, with ≤ / ≥ when some nodes lie beyond the ramp. */
export function scaleLabels(scale: YearScale): [string, string] {
  const low = String(Math.round(scale.min));
  const high = String(Math.round(scale.max));
  return [scale.clippedLow ? `≤ ${low}` : low, scale.clippedHigh ? `≥ ${high}` : high];
}
