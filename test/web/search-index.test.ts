// Client-side search: aliases and acronyms find terms, exact beats prefix beats substring, terms before papers.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, searchNodes } from '../../web/src/state/search-index';
import { buildFixtureGraph, XSS_TITLE } from '../server/fixture-graph';

const graph = buildFixtureGraph();
const index = buildSearchIndex(graph.mapNodes((node, attributes) => [node, attributes] as const));

describe('searchNodes', () => {
  it.each([
    ['autoencoder', 'term:variational autoencoder'],
    ['VAE', 'term:variational autoencoder'],
    ['vae', 'term:variational autoencoder'],
    ['Variational', 'term:variational autoencoder'],
    ['gan', 'term:generative adversarial network'],
    ['frechet', 'term:fid'],
    ['img src', 'paper:p00003'],
  ])('%s → first hit %s', (query, node) => {
    expect(searchNodes(index, query, 5)[0]?.node).toBe(node);
  });

  it('reports the alias that matched', () => {
    const [first] = searchNodes(index, 'autoencoder');
    expect(first.label).toBe('variational autoencoder');
    expect(first.matched).toBe('autoencoder');
  });

  it('ranks a term above papers whose titles contain the query', () => {
    const hits = searchNodes(index, 'variational autoencoder', 10);
    expect(hits[0].kind).toBe('term');
    expect(hits.slice(1).every((hit) => hit.kind === 'paper')).toBe(true);
    expect(hits.length).toBeGreaterThan(1);
  });

  it('returns each node once, at most `limit`, nothing for blank queries', () => {
    const hits = searchNodes(index, 'on', 7);
    expect(hits.length).toBeLessThanOrEqual(7);
    expect(new Set(hits.map((h) => h.node)).size).toBe(hits.length);
    expect(searchNodes(index, '  ')).toEqual([]);
    expect(searchNodes(index, XSS_TITLE)[0]?.label).toBe(XSS_TITLE);
  });

  it('folds case, accents and punctuation', () => {
    expect(fold('Fréchet  Inception-Distance')).toBe('frechet inception distance');
  });
});
