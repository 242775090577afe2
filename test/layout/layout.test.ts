// Layout: seeded and deterministic; every node placed and sized; large graphs laid out terms first with papers at
// the barycentre of their terms.
import { describe, expect, it } from 'vitest';
import { extractPaper, selectTerms } from '../../src/extract';
import { buildGraph, type LitgraphGraph } from '../../src/graph';
import { assignLayout, scaledIterations } from '../../src/layout';
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

function graph(): LitgraphGraph {
  const extractions = papers.map((p) => extractPaper(p));
  const sel = selectTerms(extractions, { minDf: 2, maxTerms: 0 });
  return buildGraph({
    papers,
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

  it('scales iterations down as graphs grow', () => {
    const sizes = [100, 1_000, 5_000, 30_000, 100_000].map(scaledIterations);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[4]);
  });
});
