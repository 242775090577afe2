// The year overlay's colours: which year a node has, the ramp's span (5th–95th percentile), viridis from old to
// new with lightness rising, and the legend's end labels.
import { describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../../src/types';
import { meanYearOf } from '../../web/src/data/node-facts';
import {
  buildYearOverlay,
  rampGradient,
  scaleLabels,
  viridis,
  yearColor,
  yearScale,
} from '../../web/src/state/year-colors';
import { luminance } from '../helpers/luminance';

const paper = (year?: number) => ({ kind: 'paper', label: 'p', year }) as unknown as NodeAttributes;
const term = (meanYear?: number, firstYear?: number) =>
  ({ kind: 'term', label: 't', type: 'method', meanYear, firstYear }) as unknown as NodeAttributes;

describe('meanYearOf', () => {
  it('is a paper’s year and a term’s mean year, else its first year', () => {
    expect(meanYearOf(paper(2019))).toBe(2019);
    expect(meanYearOf(paper())).toBeUndefined();
    expect(meanYearOf(term(2017.4, 2012))).toBe(2017.4);
    expect(meanYearOf(term(undefined, 2012))).toBe(2012);
    expect(meanYearOf(term())).toBeUndefined();
    expect(meanYearOf(paper(Number.NaN))).toBeUndefined();
  });
});

describe('yearScale', () => {
  it('is null without years', () => {
    expect(yearScale([])).toBeNull();
    expect(yearScale([Number.NaN])).toBeNull();
  });

  it('spans the 5th to 95th percentile and says when years lie beyond it', () => {
    // 1901..2000: the 5th percentile is 1901 + 0.05 × 99, the 95th 1901 + 0.95 × 99.
    const years = Array.from({ length: 100 }, (_, i) => 1901 + i);
    const scale = yearScale(years.reverse());
    expect(scale?.min).toBeCloseTo(1905.95, 6);
    expect(scale?.max).toBeCloseTo(1995.05, 6);
    expect(scale).toMatchObject({ clippedLow: true, clippedHigh: true });
  });

  it('is not clipped when the extremes are at the percentiles', () => {
    const scale = yearScale([2010, 2010, 2010, 2020, 2020, 2020].flatMap((y) => Array(10).fill(y)));
    expect(scale).toEqual({ min: 2010, max: 2020, clippedLow: false, clippedHigh: false });
  });

  it('gives a single year a one-year span around it', () => {
    expect(yearScale([2020, 2020])).toEqual({
      min: 2019.5,
      max: 2020.5,
      clippedLow: false,
      clippedHigh: false,
    });
  });
});

describe('viridis / yearColor', () => {
  it('runs from dark purple to yellow, clamped, always #rrggbb', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(0.5)).toBe('#21908c');
    expect(viridis(1)).toBe('#fde725');
    expect(viridis(-3)).toBe('#440154');
    expect(viridis(7)).toBe('#fde725');
    expect(viridis(Number.NaN)).toBe('#440154');
    for (let t = 0; t <= 1; t += 0.013) expect(viridis(t)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gets lighter with every later year (readable in grey)', () => {
    const scale = { min: 2000, max: 2020, clippedLow: false, clippedHigh: false };
    const lum = Array.from({ length: 81 }, (_, i) => luminance(yearColor(2000 + i / 4, scale)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeGreaterThan(lum[i - 1]);
    expect(yearColor(1990, scale)).toBe(yearColor(2000, scale));
    expect(yearColor(2030, scale)).toBe(yearColor(2020, scale));
  });

  it('the legend gradient runs through the same colours', () => {
    const gradient = rampGradient();
    expect(gradient.startsWith('linear-gradient(to right, #440154')).toBe(true);
    expect(gradient.endsWith('#fde725)')).toBe(true);
    expect(gradient.match(/#[0-9a-f]{6}/g)).toHaveLength(11);
  });
});

describe('buildYearOverlay', () => {
  it('colours nodes with a year and counts those without', () => {
    const nodes: [string, NodeAttributes][] = [
      ['paper:old', paper(2000)],
      ['paper:new', paper(2020)],
      ['paper:none', paper()],
      ['term:mid', term(2010)],
      ['term:none', term()],
    ];
    const overlay = buildYearOverlay(nodes);
    expect(overlay.total).toBe(5);
    expect([...overlay.colors.keys()].sort()).toEqual(['paper:new', 'paper:old', 'term:mid']);
    expect(overlay.colors.get('paper:old')).toBe('#440154');
    expect(overlay.colors.get('paper:new')).toBe('#fde725');
    expect(overlay.colors.get('term:mid')).toBe('#21908c');
  });

  it('has no scale and no colours when nothing has a year', () => {
    const overlay = buildYearOverlay([['paper:a', paper()]]);
    expect(overlay).toEqual({ scale: null, colors: new Map(), total: 1 });
  });
});

describe('scaleLabels', () => {
  it('rounds the ends and marks clipped ones', () => {
    expect(scaleLabels({ min: 2009.6, max: 2020.2, clippedLow: false, clippedHigh: false })).toEqual([
      '2010',
      '2020',
    ]);
    expect(scaleLabels({ min: 2009.6, max: 2020.2, clippedLow: true, clippedHigh: true })).toEqual([
      '≤ 2010',
      '≥ 2020',
    ]);
  });
});
