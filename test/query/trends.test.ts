// `trends`: Cochran–Armitage z of each term's share of papers against the year, on hand-made corpora whose
// answer is known — a term only in the last years is the most emerging, one that disappeared the most fading,
// a flat share scores 0 even when the corpus grows; plus the window, the parameters and a real build.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { runBuild } from '../../src/pipeline';
import { createQueryIndex, type LitgraphGraph, runQuery, trends, trendZ } from '../../src/query';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PaperNodeAttributes,
  TermNodeAttributes,
} from '../../src/types';

/** A corpus: papers per year, and for each term how many of a year's papers mention it. */
interface Corpus {
  years: Record<number, number>;
  terms: Record<string, Record<number, number>>;
  /** Papers without a year, each mentioning these terms. */
  undated?: string[][];
}

function corpusGraph(corpus: Corpus): LitgraphGraph {
  const g: LitgraphGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'undirected' });
  g.replaceAttributes({ name: 't', litgraphVersion: '0', communities: [], modularity: 0, options: {} });
  const base = { community: 0, x: 0, y: 0, size: 1, color: '#999999', degree: 0 };
  for (const key of Object.keys(corpus.terms)) {
    g.addNode(`term:${key}`, {
      ...base,
      kind: 'term',
      label: key,
      key,
      type: 'concept',
      aliases: [],
      df: 0,
      tf: 0,
      score: 1,
    });
  }
  const addPaper = (id: string, year: number | undefined, terms: string[]) => {
    g.addNode(`paper:${id}`, {
      ...base,
      kind: 'paper',
      label: id,
      paperId: id,
      abstract: '',
      sentences: [],
      ...(year === undefined ? {} : { year }),
    });
    for (const t of terms)
      g.addEdge(`paper:${id}`, `term:${t}`, { kind: 'mention', weight: 1, mentions: 1, spans: [] });
  };
  for (const [y, count] of Object.entries(corpus.years)) {
    for (let i = 0; i < count; i++) {
      const mentioned = Object.entries(corpus.terms)
        .filter(([, perYear]) => i < (perYear[Number(y)] ?? 0))
        .map(([t]) => t);
      addPaper(`${y}-${i}`, Number(y), mentioned);
    }
  }
  (corpus.undated ?? []).forEach((ts, i) => {
    addPaper(`undated-${i}`, undefined, ts);
  });
  return g;
}

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];
const every = (f: (y: number, k: number) => number) => Object.fromEntries(YEARS.map((y, k) => [y, f(y, k)]));

// Ten papers a year, 2015–2020.
const CORPUS: Corpus = {
  years: every(() => 10),
  terms: {
    novel: every((y) => (y >= 2019 ? 10 : 0)), // only in the last two years
    vanished: every((y) => (y <= 2016 ? 10 : 0)), // gone after 2016
    steady: every(() => 5), // half the papers every year
    rising: every((_y, k) => k + 1), // 1, 2, …, 6 papers
    declining: every((_y, k) => 6 - k), // 6, 5, …, 1
    'late single': every((y) => (y === 2020 ? 1 : 0)),
  },
};

describe('trendZ (Cochran–Armitage)', () => {
  it.each([
    // r, n, centred scores, expected z
    [[0, 1], [1, 1], [-0.5, 0.5], Math.SQRT2],
    [[1, 0], [1, 1], [-0.5, 0.5], -Math.SQRT2],
    [[2, 2, 2], [4, 4, 4], [-1, 0, 1], 0],
    [[3, 3], [3, 3], [-0.5, 0.5], 0], // in every paper: no variance, no trend
    // p = 0.25, T = -1·1 + 1·3 = 2, Σ n s² = 8: z = 2 / √(0.1875 · 8)
    [[1, 0, 3], [4, 8, 4], [-1, 0, 1], 2 / Math.sqrt(0.1875 * 8)],
  ])('z of r=%j over n=%j at %j', (r, n, s, z) => {
    expect(trendZ(r, n, s)).toBeCloseTo(z, 10);
  });
});

describe('trends on a hand-made corpus', () => {
  const index = createQueryIndex(corpusGraph(CORPUS));
  const doc = trends(index, {});
  const rows = doc.results as { label: string; trend: string; score: number; papers: number }[];
  const emerging = rows.filter((r) => r.trend === 'emerging');
  const fading = rows.filter((r) => r.trend === 'fading');

  it('ranks the term that appears only in recent years first as emerging', () => {
    expect(emerging.map((r) => r.label)).toEqual(['novel', 'rising', 'late single']);
    expect(emerging[0].score).toBeGreaterThan(5);
  });

  it('ranks the term that disappeared first as fading, emerging rows before fading rows', () => {
    expect(fading.map((r) => r.label)).toEqual(['vanished', 'declining']);
    expect(rows.map((r) => r.trend)).toEqual([
      ...emerging.map(() => 'emerging'),
      ...fading.map(() => 'fading'),
    ]);
  });

  it('mirrors: a term and its time-reversed twin score ±z', () => {
    const score = (label: string) => rows.find((r) => r.label === label)!.score;
    expect(score('rising')).toBeCloseTo(-score('declining'), 4);
  });

  it('leaves out a term with a flat share (z = 0)', () => {
    expect(rows.find((r) => r.label === 'steady')).toBeUndefined();
  });

  it('scores a flat share 0 even when the corpus grows (counts rise, the share does not)', () => {
    const growing = createQueryIndex(
      corpusGraph({
        years: every((_y, k) => 10 * (k + 1)),
        terms: { steady: every((_y, k) => 5 * (k + 1)), filler: every(() => 1) },
      }),
    );
    const labels = trends(growing, {}).results.map((r) => r.label);
    expect(labels).not.toContain('steady');
    expect(labels).toContain('filler'); // a constant count in a growing corpus is a falling share
  });

  it('ignores papers without a year', () => {
    const withUndated = createQueryIndex(
      corpusGraph({ ...CORPUS, undated: [['vanished', 'novel'], ['steady'], ['vanished']] }),
    );
    expect(trends(withUndated, {}).results).toEqual(doc.results);
  });

  it('reports the window it used, and rows in the documented shape', () => {
    expect(doc.query).toEqual({
      verb: 'trends',
      from: null,
      to: null,
      resolved: { from: 2015, to: 2020, years: 6, papers: 60 },
      limit: 20,
    });
    expect(Object.keys(doc.results[0])).toEqual([
      'id',
      'label',
      'type',
      'community',
      'trend',
      'score',
      'papers',
      'firstYear',
      'lastYear',
      'years',
    ]);
    expect(doc.results[0]).toMatchObject({
      id: 'term:novel',
      papers: 20,
      firstYear: 2019,
      lastYear: 2020,
      years: { 2019: 10, 2020: 10 },
    });
  });

  it('restricts to --from/--to: only those years count', () => {
    const window = runQuery(index, 'trends', { from: '2017', to: '2020' });
    const labels = window.results.map((r) => r.label);
    expect(labels).not.toContain('vanished'); // no paper in the window
    expect(window.results[0].label).toBe('novel');
    expect(window.query.resolved).toEqual({ from: 2017, to: 2020, years: 4, papers: 40 });
  });

  it('limits each list to --limit rows', () => {
    const limited = runQuery(index, 'trends', { limit: '1' });
    expect(limited.results.map((r) => `${r.trend} ${r.label}`)).toEqual([
      'emerging novel',
      'fading vanished',
    ]);
  });

  it('answers with no rows when fewer than two years have papers', () => {
    const one = runQuery(index, 'trends', { from: '2018', to: '2018' });
    expect(one.results).toEqual([]);
    expect(one.query.resolved).toEqual({ from: 2018, to: 2018, years: 1, papers: 10 });
  });

  it.each([
    [{ from: '2020', to: '2015' }, 'from must not be after to'],
    [{ from: 'last year' }, 'from must be an integer from 0 to 9999'],
    [{ to: '12345' }, 'to must be an integer from 0 to 9999'],
    [{ limit: '0' }, 'limit must be an integer from 1 to 500'],
    [{ term: 'novel' }, 'unknown parameter "term" for trends'],
  ])('refuses %j with a USAGE error', (params, message) => {
    let error: unknown;
    try {
      runQuery(index, 'trends', params);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LitgraphError);
    expect((error as LitgraphError).code).toBe('USAGE');
    expect((error as LitgraphError).message).toContain(message);
  });
});

describe('per-year counts from a real build', () => {
  let graph: LitgraphGraph;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgraph-trends-'));
    const input = join(dir, 'papers.jsonl');
    const line = (id: string, year: number, title: string, abstract: string) =>
      JSON.stringify({ id, year, title, abstract });
    const papers = [
      ...[2016, 2017, 2018].map((y, i) =>
        line(`r${i}`, y, 'Recurrent neural networks for translation', 'We train recurrent neural networks.'),
      ),
      ...[2021, 2022, 2022].map((y, i) =>
        line(`t${i}`, y, 'Transformer models for translation', 'We train transformer models with attention.'),
      ),
    ];
    writeFileSync(input, `${papers.join('\n')}\n`);
    ({ graph } = await runBuild(
      { inputs: [input], out: join(dir, 'out'), cache: false },
      { quiet: true, dryRun: true },
    ));
  });

  it('stores years (papers per year) on term nodes, summing to the document frequency', () => {
    let checked = 0;
    graph.forEachNode((node, a) => {
      if (a.kind !== 'term') return;
      const t = a as TermNodeAttributes;
      expect(Object.values(t.years!).reduce((x, y) => x + y, 0)).toBe(t.df);
      const fromPapers: Record<string, number> = {};
      for (const p of graph.neighbors(node)) {
        const y = (graph.getNodeAttributes(p) as PaperNodeAttributes).year!;
        fromPapers[y] = (fromPapers[y] ?? 0) + 1;
      }
      expect(t.years).toEqual(fromPapers);
      expect(Object.keys(t.years!).map(Number)).toEqual(
        Object.keys(t.years!)
          .map(Number)
          .sort((x, y) => x - y),
      );
      checked++;
    });
    expect(checked).toBeGreaterThan(2);
  });

  it('finds the newer term emerging and the older one fading', () => {
    const doc = runQuery(createQueryIndex(graph), 'trends', {});
    const trendOf = (label: RegExp) => doc.results.find((r) => label.test(String(r.label)))?.trend;
    expect(trendOf(/^transformer/)).toBe('emerging');
    expect(trendOf(/^recurrent neural network/)).toBe('fading');
  });
});
