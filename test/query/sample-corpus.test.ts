// The query stage on the real sample corpus: build graph/samples/seed-papers.txt into a temp dir, load its
// graph.json and check each verb against answers recomputed independently from the graph itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline';
import {
  createQueryIndex,
  type LitgraphGraph,
  loadGraphFile,
  normaliseTerm,
  type QueryIndex,
  resolveTerm,
  runQuery,
} from '../../src/query';
import type { TermNodeAttributes } from '../../src/types';

let dir: string;
let graph: LitgraphGraph;
let index: QueryIndex;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'litgraph-query-sample-'));
  await runBuild({ inputs: ['graph/samples/seed-papers.txt'], out: dir, layout: false }, { quiet: true });
  graph = loadGraphFile(join(dir, 'graph.json'));
  index = createQueryIndex(graph);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const terms = () => graph.filterNodes((_, attrs) => attrs.kind === 'term');
const papersOf = (term: string) => new Set(graph.neighbors(term));
const sharedCount = (a: string, b: string) => {
  const pb = papersOf(b);
  return [...papersOf(a)].filter((p) => pb.has(p)).length;
};
/** Up to n terms spread over the label order (deterministic). */
const sample = (n: number) => {
  const all = terms().sort();
  return Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor((i * all.length) / n)]);
};

describe('the sample corpus graph', () => {
  it('is indexed whole', () => {
    expect(index.termIds.length + index.paperIds.length).toBe(graph.order);
    expect(index.termPapers.reduce((sum, papers) => sum + papers.length, 0)).toBe(graph.size);
  });

  it.each([
    ['VAEs', 'variational autoencoder'],
    ['Sparse Autoencoders', 'sparse autoencoder'],
  ])('resolves %s to %s', (text, label) => {
    expect(resolveTerm(index, text).label).toBe(label);
  });

  it('resolves every term by its label, and its names to a term with that name', () => {
    for (const id of terms()) {
      const attrs = graph.getNodeAttributes(id) as TermNodeAttributes;
      expect(normaliseTerm(resolveTerm(index, attrs.label).label)).toBe(normaliseTerm(attrs.label));
      expect(resolveTerm(index, id).id).toBe(id);
      for (const name of [...attrs.aliases, attrs.acronym ?? attrs.label]) {
        const found = graph.getNodeAttributes(resolveTerm(index, name).id) as TermNodeAttributes;
        const names = [found.label, found.acronym ?? '', ...found.aliases].map(normaliseTerm);
        expect(names).toContain(normaliseTerm(name));
      }
    }
  });

  it('scores neighbours as the formulas say, in rank order', () => {
    const n = index.paperCount;
    for (const id of sample(25)) {
      const ci = graph.degree(id);
      for (const by of ['cooccurrence', 'association', 'jaccard'] as const) {
        const results = runQuery(index, 'neighbours', { term: id, by, limit: '500' }).results;
        const expected = graph
          .filterNodes((other, attrs) => attrs.kind === 'term' && other !== id && sharedCount(id, other) > 0)
          .sort();
        expect(results.map((r) => r.id).sort()).toEqual(expected);
        for (const r of results) {
          const cij = sharedCount(id, r.id as string);
          const cj = graph.degree(r.id as string);
          const score = {
            cooccurrence: cij,
            association: (n * cij) / (ci * cj),
            jaccard: cij / (ci + cj - cij),
          }[by];
          expect(r.shared).toBe(cij);
          expect(r.score).toBeCloseTo(score, 9);
        }
        const scores = results.map((r) => r.score as number);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
    }
  });

  it('walks deeper without repeating a term', () => {
    for (const id of sample(10)) {
      const results = runQuery(index, 'neighbours', { term: id, depth: '3', limit: '10' }).results;
      const ids = results.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(id);
      const hops = results.map((r) => r.hop as number);
      expect(hops).toEqual([...hops].sort((a, b) => a - b));
      for (const r of results) {
        // The `via` term shares `shared` papers with the row's term.
        expect(sharedCount((r.via as { id: string }).id, r.id as string)).toBe(r.shared);
      }
    }
  });

  it('lists the papers of a term with evidence inside their sentences', () => {
    for (const id of sample(15)) {
      const results = runQuery(index, 'papers', { term: id, limit: '500' }).results;
      expect(results.map((r) => r.id).sort()).toEqual([...papersOf(id)].sort());
      for (const r of results) {
        for (const evidence of r.evidence as { text: string; highlights: [number, number][] }[]) {
          for (const [start, end] of evidence.highlights) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(evidence.text.length);
            expect(end).toBeGreaterThan(start);
          }
        }
      }
    }
  });

  it('finds shortest paths as long as graphology finds them in the bipartite graph', () => {
    const ids = sample(12);
    for (const from of ids.slice(0, 6)) {
      for (const to of ids.slice(6)) {
        const reference = bidirectional(graph, from, to);
        if (reference === null) {
          expect(() => runQuery(index, 'path', { from, to })).toThrow(/are not connected/);
          continue;
        }
        const steps = runQuery(index, 'path', { from, to }).results;
        expect(steps.length).toBe((reference.length + 1) / 2);
        expect(steps[0].id).toBe(from);
        expect(steps[steps.length - 1].id).toBe(to);
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i].score).toBe(sharedCount(steps[i - 1].id as string, steps[i].id as string));
          for (const paper of steps[i].via as { id: string }[]) {
            expect(graph.hasEdge(paper.id, steps[i - 1].id as string)).toBe(true);
            expect(graph.hasEdge(paper.id, steps[i].id as string)).toBe(true);
          }
        }
      }
    }
  });

  it('counts every node in exactly one community', () => {
    const results = runQuery(index, 'communities', {}).results;
    const inCommunities = graph.filterNodes((_, attrs) => attrs.community >= 0).length;
    expect(results.reduce((sum, r) => sum + (r.size as number), 0)).toBe(inCommunities);
    const first = results[0];
    const community = runQuery(index, 'community', { community: String(first.id), limit: '500' });
    expect(community.results.length).toBe(first.size);
  });

  it('finds each term first when searching for its label', () => {
    for (const id of sample(30)) {
      const label = graph.getNodeAttribute(id, 'label');
      const first = runQuery(index, 'search', { text: label }).results[0];
      expect(first.match).toBe('exact');
      expect(normaliseTerm(first.label as string)).toBe(normaliseTerm(label));
    }
  });
});
