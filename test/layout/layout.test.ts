// Layout: seeded and deterministic; every node placed and sized; large graphs laid out terms first with papers at
// the barycentre of their terms; a rebuild reuses the previous positions of the same graph and starts a grown
// graph's layout from them (the map keeps its shape); the fingerprint tells the two apart.
import { describe, expect, it } from 'vitest';
import { extractPaper, selectTerms } from '../../src/extract';
import { buildGraph, type LitgraphGraph } from '../../src/graph';
import { assignLayout, layoutFingerprint, scaledIterations, warmIterations } from '../../src/layout';
import type { Paper } from '../../src/types';

const topics = [
  'sparse autoencoder and language model features',
  'vision transformer for image classification',
  'neural machine translation with attention mechanism',
];
const papers: Paper[] = Array.from({ length: 30 }, (_, i) => ({
  id: `p${i}`,
  title: `Paper ${i}`,
  abstract: `We study the ${topics[i % 3]}. The ${topics[(i + (i % 5 === 0 ? 1 : 0)) % 3]} works well.`,
}));

function graph(from: readonly Paper[] = papers): LitgraphGraph {
  const extractions = from.map((p) => extractPaper(p));
  const sel = selectTerms(extractions, { minDf: 2, maxTerms: 0 });
  return buildGraph({
    papers: [...from],
    extractions: new Map(extractions.map((e) => [e.paperId, e])),
    terms: sel.terms,
    paperTerms: sel.paperTerms,
    name: 't',
    version: '0',
  });
}

describe('assignLayout', () => {
  it('is deterministic for a seed and places and sizes every node', () => {
    const a = graph();
    const b = graph();
    assignLayout(a, { seed: 1, iterations: 50 });
    assignLayout(b, { seed: 1, iterations: 50 });
    a.forEachNode((n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(attrs.size).toBeGreaterThan(0);
      expect([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]).toEqual([attrs.x, attrs.y]);
    });
  });

  it('lays out terms first on large graphs, papers at the weighted barycentre of their terms', () => {
    const g = graph();
    const report = assignLayout(g, { seed: 1, iterations: 50, termsFirstMinNodes: 10 });
    expect(report.termsFirst).toBe(true);
    let spread = 0;
    g.forEachNode((_n, a) => {
      spread = Math.max(spread, Math.hypot(a.x, a.y));
    });
    g.forEachNode((node, attrs) => {
      if (attrs.kind !== 'paper' || attrs.degree === 0) return;
      let x = 0;
      let y = 0;
      let w = 0;
      g.forEachEdge(node, (_e, ea, s, t) => {
        const term = g.getNodeAttributes(s === node ? t : s);
        x += term.x * ea.weight;
        y += term.y * ea.weight;
        w += ea.weight;
      });
      expect(Math.hypot(attrs.x - x / w, attrs.y - y / w)).toBeLessThan(spread / 100);
    });
  });

  it('runs more warm iterations the more the graph grew, never more than a fresh layout', () => {
    expect(warmIterations(5_000, 100)).toBe(Math.round(scaledIterations(5_000) / 10));
    expect(warmIterations(5_000, 1_250)).toBe(Math.round(scaledIterations(5_000) / 2));
    expect(warmIterations(5_000, 2_500)).toBe(scaledIterations(5_000));
    expect(warmIterations(100, 1)).toBeGreaterThanOrEqual(10);
  });

  it('scales iterations down as graphs grow', () => {
    const sizes = [100, 1_000, 5_000, 30_000, 100_000].map(scaledIterations);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[4]);
  });

  describe('from a previous layout', () => {
    const positionsOf = (g: LitgraphGraph) =>
      new Map(g.mapNodes((node, a) => [node, [a.x, a.y] as const] as const));
    /** The largest |x| or |y| of a layout: its extent. */
    const extentOf = (g: LitgraphGraph) =>
      Math.max(...g.mapNodes((_n, a) => Math.max(Math.abs(a.x), Math.abs(a.y))));
    const medianShift = (before: Map<string, readonly [number, number]>, after: LitgraphGraph) => {
      const shifts = after
        .filterNodes((node) => before.has(node))
        .map((node) => {
          const [x, y] = before.get(node)!;
          return Math.hypot(after.getNodeAttribute(node, 'x') - x, after.getNodeAttribute(node, 'y') - y);
        })
        .sort((a, b) => a - b);
      return shifts[shifts.length >> 1];
    };

    it('gives the same graph its previous positions back without running ForceAtlas2', () => {
      const first = graph();
      assignLayout(first, { seed: 1, iterations: 50 });
      const again = graph();
      const report = assignLayout(again, {
        seed: 1,
        iterations: 50,
        previous: { positions: positionsOf(first), sameGraph: true },
      });
      expect(report).toMatchObject({ start: 'reused', iterations: 0, reusedNodes: again.order });
      again.forEachNode((node, a) => {
        expect([a.x, a.y]).toEqual([first.getNodeAttribute(node, 'x'), first.getNodeAttribute(node, 'y')]);
        expect(a.size).toBe(first.getNodeAttribute(node, 'size'));
      });
    });

    it('starts a grown graph from the previous positions: a short run, the map keeps its shape', () => {
      const small = graph(papers.slice(0, 24));
      assignLayout(small, { seed: 1, iterations: 0 });
      const before = positionsOf(small);
      const warm = graph();
      const report = assignLayout(warm, {
        seed: 1,
        iterations: 0,
        previous: { positions: before, sameGraph: false },
      });
      const known = warm.filterNodes((node) => before.has(node)).length;
      expect(known).toBeLessThan(warm.order);
      expect(report).toMatchObject({ start: 'warm', reusedNodes: known });
      expect(report.iterations).toBe(warmIterations(warm.order, warm.order - known));
      expect(report.iterations).toBeLessThan(scaledIterations(warm.order));
      // A fresh layout of the grown graph lands elsewhere; the warm one stays close to the previous map.
      const fresh = graph();
      assignLayout(fresh, { seed: 1, iterations: 0 });
      expect(medianShift(before, warm)).toBeLessThan(0.5 * medianShift(before, fresh));
      expect(medianShift(before, warm)).toBeLessThan(0.25 * extentOf(small));
      // Deterministic too.
      const twin = graph();
      assignLayout(twin, { seed: 1, iterations: 0, previous: { positions: before, sameGraph: false } });
      expect(positionsOf(twin)).toEqual(positionsOf(warm));
    });

    it('starts fresh when fewer than half the nodes have a previous position, or a reused one is missing', () => {
      const g = graph();
      const few = new Map(
        [...positionsOf(g)].slice(0, Math.floor(g.order / 3)).map(([k]) => [k, [1, 2] as const]),
      );
      expect(
        assignLayout(g, { seed: 1, iterations: 20, previous: { positions: few, sameGraph: false } }),
      ).toMatchObject({
        start: 'fresh',
        reusedNodes: 0,
      });
      const most = new Map([...positionsOf(g)].slice(1));
      const report = assignLayout(graph(), {
        seed: 1,
        iterations: 20,
        previous: { positions: most, sameGraph: true },
      });
      expect(report.start).toBe('warm');
    });

    it('fingerprints the graph and the options: equal for an equal build, different otherwise', () => {
      const options = { seed: 1, iterations: 0 };
      expect(layoutFingerprint(graph(), options)).toBe(layoutFingerprint(graph(), options));
      expect(layoutFingerprint(graph(), { ...options, seed: 2 })).not.toBe(
        layoutFingerprint(graph(), options),
      );
      expect(layoutFingerprint(graph(papers.slice(1)), options)).not.toBe(
        layoutFingerprint(graph(), options),
      );
      const heavier = graph();
      const edge = heavier.edges()[0];
      heavier.setEdgeAttribute(edge, 'weight', heavier.getEdgeAttribute(edge, 'weight') + 1);
      expect(layoutFingerprint(heavier, options)).not.toBe(layoutFingerprint(graph(), options));
    });
  });
});
