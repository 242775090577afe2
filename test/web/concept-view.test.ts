// The concept-map view in the viewer: which view opens (hash, server default, fallback), the banner, the model of a
// concept map (terms with years, the year filter on them), paper suggestions from the server merged with local
// ones, and the parsers of the API answers the concept view relies on (fed real answers of src/query and src/server).
import { describe, expect, it } from 'vitest';
import { buildConceptMap } from '../../src/graph';
import { createQueryIndex, runQuery } from '../../src/query';
import { summariseNode } from '../../src/server/node-summary';
import {
  parseHealth,
  parsePaperHits,
  parsePaperRecord,
  parseTermPapers,
} from '../../web/src/data/api-client';
import { buildGraphModel, viewOf } from '../../web/src/data/build-graph';
import { yearOf } from '../../web/src/data/node-facts';
import { validateGraphData } from '../../web/src/data/validate-graph';
import { mergeSuggestions, paperEntries, type SearchEntry } from '../../web/src/state/search-index';
import { chooseView, graphUrl, viewNotice } from '../../web/src/state/view-choice';
import { DEFAULT_VIEW_STATE, setYears } from '../../web/src/state/view-state';
import { hiddenNodes } from '../../web/src/state/visibility';
import type { HealthInfo } from '../../web/src/types';
import { buildFixtureGraph } from '../server/fixture-graph';

const fixture = buildFixtureGraph();
const conceptData = () => validateGraphData(JSON.parse(JSON.stringify(buildConceptMap(fixture).export())));
const meanYearOf = (term: string): number =>
  (fixture.getNodeAttributes(term) as { meanYear: number }).meanYear;
const fullData = () => validateGraphData(JSON.parse(JSON.stringify(fixture.export())));
const health = (defaultView: 'full' | 'concepts'): HealthInfo => ({
  nodes: 52_000 + 40_000,
  edges: 500_000,
  papers: 52_000,
  terms: 40_000,
  defaultView,
});

describe('chooseView', () => {
  it.each([
    ['the hash wins over the server', 'full', health('concepts'), 'full'],
    ['the hash can ask for the map of a small graph', 'concepts', health('full'), 'concepts'],
    ['no hash view: the server default (large)', null, health('concepts'), 'concepts'],
    ['no hash view: the server default (small)', null, health('full'), 'full'],
    ['no health: the full graph', null, null, 'full'],
  ] as const)('%s', (_name, fromHash, info, expected) => {
    expect(chooseView(fromHash, info)).toBe(expected);
  });

  it('loads the views from their URLs', () => {
    expect(graphUrl('full')).toBe('/api/graph');
    expect(graphUrl('concepts')).toBe('/api/graph?view=concepts');
  });
});

describe('viewNotice', () => {
  it('the concept map says how much of the graph it shows and offers the full graph', () => {
    const notice = viewNotice('concepts', 40_000, health('concepts'));
    expect(notice?.text).toBe(
      'Concept map: 40,000 terms of a graph with 52,000 papers — papers are listed per term',
    );
    expect(notice?.action.view).toBe('full');
    expect(notice?.action.title).toContain('92,000 nodes');
  });

  it('the forced full view of a large graph offers the concept map back', () => {
    const notice = viewNotice('full', 92_000, health('concepts'));
    expect(notice?.action.view).toBe('concepts');
    expect(notice?.text).toMatch(/^Full graph: 92,000 nodes and 500,000 edges/);
  });

  it.each([
    ['a small graph', health('full')],
    ['an older server', null],
  ])('no banner in the full view of %s', (_name, info) => {
    expect(viewNotice('full', 60, info)).toBeNull();
  });

  it('singular counts', () => {
    const notice = viewNotice('concepts', 1, { ...health('concepts'), papers: 1 });
    expect(notice?.text).toContain('1 term of a graph with 1 paper —');
  });
});

describe('the concept map model', () => {
  const model = buildGraphModel(conceptData());
  const terms = fixture.filterNodes((_n, a) => a.kind === 'term');

  it('is recognised by its view attribute and has only terms', () => {
    expect(viewOf(conceptData())).toBe('concepts');
    expect(viewOf(fullData())).toBe('full');
    expect(model.view).toBe('concepts');
    expect(model.graph.order).toBe(terms.length);
    expect(model.graph.someNode((_n, a) => a.kind === 'paper')).toBe(false);
  });

  it('gives terms the mean year of their papers (rounded); the full view does not', () => {
    for (const term of terms) {
      const meanYear = meanYearOf(term);
      expect(yearOf(model.graph.getNodeAttributes(term), model.view)).toBe(Math.round(meanYear));
    }
    const full = buildGraphModel(fullData());
    expect(yearOf(full.graph.getNodeAttributes(terms[0]), full.view)).toBeUndefined();
    const years = terms.map((t) => Math.round(meanYearOf(t)));
    expect(model.years).toEqual([Math.min(...years), Math.max(...years)]);
  });

  it('the year range hides the terms whose year is outside it', () => {
    const [low, high] = model.years as [number, number];
    const mid = Math.round((low + high) / 2);
    const hidden = hiddenNodes(model.graph, setYears(mid, null)(DEFAULT_VIEW_STATE));
    const expected = terms.filter((t) => Math.round(meanYearOf(t)) < mid);
    expect(expected.length).toBeGreaterThan(0);
    expect([...hidden].sort()).toEqual(expected.sort());
  });
});

describe('mergeSuggestions', () => {
  const entries = (prefix: string, n: number, kind: 'term' | 'paper'): SearchEntry[] =>
    Array.from({ length: n }, (_, i) => ({ node: `${prefix}${i}`, kind, label: `${prefix}${i}`, weight: 0 }));

  it.each([
    ['many terms, many papers: papers keep 4 places', 10, 20, 6, 4],
    ['few terms: papers fill the rest', 3, 20, 3, 7],
    ['no papers: terms only', 10, 0, 10, 0],
    ['few of both', 2, 2, 2, 2],
  ])('%s', (_name, local, remote, keptLocal, keptRemote) => {
    const merged = mergeSuggestions(entries('t', local, 'term'), entries('p', remote, 'paper'), 10);
    expect(merged.filter((e) => e.kind === 'term')).toHaveLength(keptLocal);
    expect(merged.filter((e) => e.kind === 'paper')).toHaveLength(keptRemote);
    expect(merged.slice(0, keptLocal).every((e) => e.kind === 'term')).toBe(true);
  });

  it('drops remote rows already listed', () => {
    const local = entries('x', 2, 'paper');
    expect(mergeSuggestions(local, [...local, ...entries('y', 1, 'paper')]).map((e) => e.node)).toEqual([
      'x0',
      'x1',
      'y0',
    ]);
  });

  it('paper hits become paper suggestions with their year', () => {
    expect(paperEntries([{ id: 'paper:a', label: 'A', year: 2020 }])).toEqual([
      { node: 'paper:a', kind: 'paper', label: 'A', weight: 0, matched: '2020' },
    ]);
  });
});

describe('API answers', () => {
  const index = createQueryIndex(fixture);

  it('parseHealth reads the counts, tolerating an older server', () => {
    expect(parseHealth({ status: 'ok', ...health('concepts') })).toEqual(health('concepts'));
    expect(parseHealth({ status: 'ok', nodes: 3, edges: 1 })).toBeNull();
    expect(parseHealth('ok')).toBeNull();
    expect(parseHealth({ ...health('full'), defaultView: 'weird' })?.defaultView).toBe('full');
  });

  it('parseTermPapers keeps the rows and their evidence', () => {
    const doc = runQuery(index, 'papers', { term: 'VAE', limit: '3' });
    const parsed = parseTermPapers(JSON.parse(JSON.stringify(doc)));
    const vae = 'term:variational autoencoder';
    expect(parsed.term).toBe(vae);
    expect(parsed.total).toBe(fixture.degree(vae));
    expect(parsed.papers).toHaveLength(Math.min(3, fixture.degree(vae)));
    for (const row of parsed.papers) {
      expect(fixture.hasEdge(row.id, vae)).toBe(true);
      const abstract = row.evidence.find((e) => e.field === 'abstract');
      expect(abstract).toBeDefined();
      const [start, end] = abstract?.highlights[0] ?? [0, 0];
      expect(abstract?.text.slice(start, end)).toBe('variational autoencoder');
    }
  });

  it('parsePaperRecord reads /api/node of a paper with its terms', () => {
    const id = 'paper:p00003';
    const record = parsePaperRecord(JSON.parse(JSON.stringify(summariseNode(fixture, id))));
    const a = fixture.getNodeAttributes(id) as { label: string; abstract: string; authors: string[] };
    expect(record).toMatchObject({ id, label: a.label, abstract: a.abstract, authors: a.authors });
    expect(record.terms.map((t) => t.id).sort()).toEqual(fixture.neighbors(id).sort());
    expect(record.terms.every((t) => t.spans.length > 0)).toBe(true);
  });

  it('parsePaperHits keeps only papers', () => {
    const doc = runQuery(index, 'search', { text: 'on', limit: '50' });
    const hits = parsePaperHits(JSON.parse(JSON.stringify(doc)));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.id.startsWith('paper:'))).toBe(true);
  });

  it.each([
    ['papers', () => parseTermPapers({ results: [] })],
    ['paper record', () => parsePaperRecord({ id: 'term:x', attributes: { kind: 'term', label: 'x' } })],
    ['search', () => parsePaperHits([])],
  ])('a malformed %s answer is an error', (_name, parse) => {
    expect(parse).toThrow(/unexpected/);
  });
});
