// What the details panel shows, computed from the graph: marked abstract pieces, co-occurring terms, papers.
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../web/src/data/build-graph';
import { validateGraphData } from '../../web/src/data/validate-graph';
import { abstractSpans, markAbstract } from '../../web/src/state/abstract-marks';
import { coOccurringTerms, linkedNodes } from '../../web/src/state/term-stats';
import { buildFixtureGraph } from '../server/fixture-graph';

const fixture = buildFixtureGraph();
const model = buildGraphModel(validateGraphData(JSON.parse(JSON.stringify(fixture.export()))));

describe('markAbstract', () => {
  it.each([
    ['no spans', 'abc', [], [{ text: 'abc' }]],
    [
      'one span',
      'a VAE b',
      [{ start: 2, end: 5, node: 't' }],
      [{ text: 'a ' }, { text: 'VAE', node: 't' }, { text: ' b' }],
    ],
    ['whole text', 'VAE', [{ start: 0, end: 3, node: 't' }], [{ text: 'VAE', node: 't' }]],
    [
      'overlap keeps the first, longest',
      'abcdef',
      [
        { start: 1, end: 3, node: 'y' },
        { start: 1, end: 4, node: 'x' },
        { start: 2, end: 5, node: 'z' },
      ],
      [{ text: 'a' }, { text: 'bcd', node: 'x' }, { text: 'ef' }],
    ],
    [
      'out of range dropped',
      'abc',
      [
        { start: 2, end: 9, node: 't' },
        { start: -1, end: 1, node: 't' },
      ],
      [{ text: 'abc' }],
    ],
    ['empty dropped', 'abc', [{ start: 1, end: 1, node: 't' }], [{ text: 'abc' }]],
  ])('%s', (_name, text, spans, pieces) => {
    expect(markAbstract(text, spans)).toEqual(pieces);
  });

  it('marks every abstract mention of a fixture paper with its term', () => {
    const paper = 'paper:p00000';
    const abstract = (fixture.getNodeAttributes(paper) as { abstract: string }).abstract;
    const mentions = fixture.mapEdges(paper, (_e, a, source, target) => ({
      node: source === paper ? target : source,
      spans: a.spans,
    }));
    const pieces = markAbstract(abstract, abstractSpans(mentions));
    expect(pieces.map((p) => p.text).join('')).toBe(abstract);
    const marked = pieces.filter((p): p is { text: string; node: string } => 'node' in p);
    expect(marked.length).toBe(mentions.length);
    for (const piece of marked) expect(piece.text).toBe(fixture.getNodeAttribute(piece.node, 'label'));
  });
});

describe('term statistics', () => {
  const VAE = 'term:variational autoencoder';

  it('co-occurring terms count shared papers, strongest first', () => {
    const rows = coOccurringTerms(model.graph, VAE, 10);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const shared = fixture.neighbors(VAE).filter((paper) => fixture.hasEdge(paper, row.node)).length;
      expect(row.weight).toBe(shared);
      expect(row.node).not.toBe(VAE);
    }
    const weights = rows.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('linked nodes carry edge weights, strongest first', () => {
    const rows = linkedNodes(model.graph, VAE);
    expect(rows.map((r) => r.node).sort()).toEqual(fixture.neighbors(VAE).sort());
    for (const row of rows)
      expect(row.weight).toBe(fixture.getEdgeAttribute(fixture.edge(VAE, row.node), 'weight'));
    const weights = rows.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});
