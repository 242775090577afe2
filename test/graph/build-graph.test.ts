// The bipartite graph and its projection on a tiny corpus whose counts are known by hand.
import { describe, expect, it } from 'vitest';
import { extractPaper, selectTerms } from '../../src/extract';
import { buildGraph, buildProjection } from '../../src/graph';
import type { Paper } from '../../src/types';

const papers: Paper[] = [
  {
    id: 'a',
    title: 'Sparse Autoencoders',
    abstract: 'A sparse autoencoder and a vision transformer. The sparse autoencoder is small.',
    year: 2020,
  },
  {
    id: 'b',
    title: 'Vision',
    abstract: 'A vision transformer and a sparse autoencoder are compared.',
    year: 2022,
  },
  { id: 'c', title: 'Translation', abstract: 'A vision transformer for image classification.', year: 2024 },
];

function build() {
  const extractions = papers.map((p) => extractPaper(p));
  const sel = selectTerms(extractions, { minDf: 1, maxTerms: 0 });
  return buildGraph({
    papers,
    extractions: new Map(extractions.map((e) => [e.paperId, e])),
    terms: sel.terms,
    paperTerms: sel.paperTerms,
    name: 't',
    version: '0',
  });
}

describe('buildGraph', () => {
  const g = build();
  it('has one node per paper and per term, edges only between the two kinds', () => {
    expect(g.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(3);
    g.forEachEdge((_e, _a, s, t) => {
      expect(g.getNodeAttribute(s, 'kind')).not.toBe(g.getNodeAttribute(t, 'kind'));
    });
  });

  it('weights an edge by mentions, a title mention counting double', () => {
    const e = g.edge('paper:a', 'term:sparse autoencoder')!;
    // two mentions in the abstract, one in the title (weight 2)
    expect(g.getEdgeAttribute(e, 'mentions')).toBe(3);
    expect(g.getEdgeAttribute(e, 'weight')).toBe(4);
  });

  it('stores document frequency, degree and years on term nodes', () => {
    const vit = g.getNodeAttributes('term:vision transformer');
    expect(vit.kind === 'term' && vit.df).toBe(3);
    expect(vit.degree).toBe(3);
    expect(vit.kind === 'term' && [vit.firstYear, vit.meanYear]).toEqual([2020, 2022]);
  });
});

describe('buildProjection', () => {
  it('counts shared papers and computes association strength N·c_ij/(c_i·c_j)', () => {
    const p = buildProjection(build());
    const e = p.edge('term:sparse autoencoder', 'term:vision transformer')!;
    expect(p.getEdgeAttribute(e, 'weight')).toBe(2);
    // N = 3 papers, c_ij = 2, c_i = 2, c_j = 3
    expect(p.getEdgeAttribute(e, 'association')).toBeCloseTo((3 * 2) / (2 * 3), 4);
    expect(p.hasEdge('term:sparse autoencoder', 'term:image classification')).toBe(false);
  });
});

describe('buildConceptMap', () => {
  it('keeps the terms only, linked to their strongest associations with enough shared papers', async () => {
    const { buildConceptMap, countPairs } = await import('../../src/graph');
    const g = build();
    const map = buildConceptMap(g, { linksPerTerm: 1, minShared: 1 });
    expect(map.order).toBe(g.filterNodes((_n, a) => a.kind === 'term').length);
    map.forEachNode((_n, a) => expect(a.kind).toBe('term'));
    expect(map.getAttribute('view')).toBe('concepts');
    // every term with a co-occurring term keeps at least one link, and no link shares fewer papers than asked
    const pairs = countPairs(g, 1);
    const linked = new Set<number>();
    for (let k = 0; k < pairs.a.length; k++) linked.add(pairs.a[k]).add(pairs.b[k]);
    for (const t of linked) expect(map.degree(pairs.terms[t])).toBeGreaterThan(0);
    const strict = buildConceptMap(g, { linksPerTerm: 8, minShared: 2 });
    strict.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThanOrEqual(2));
    expect(strict.hasEdge('term:sparse autoencoder', 'term:vision transformer')).toBe(true);
  });
});
