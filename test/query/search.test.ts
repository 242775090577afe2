// search on the toy graph: exact > prefix > word-prefix > substring, terms before papers, then papers per term.

import { describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { createQueryIndex, search } from '../../src/query';
import { toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());
const hits = (text: string, limit?: number) =>
  search(index, text, { limit }).results.map((r) => `${r.kind}:${r.label}:${r.match}`);

describe('search', () => {
  it.each([
    // Exact on the acronym (plural-insensitive), then the paper title containing the word "VAEs".
    ['VAEs', ['term:variational autoencoder:exact', 'paper:Benchmarking VAEs on Digits:word-prefix']],
    ['mnist', ['term:MNIST:exact']],
    ['spar', ['term:sparse autoencoder:prefix', 'paper:Sparse Coding Meets Deep Generative Models:prefix']],
    // Word prefixes everywhere; terms by papers: A 5, B 2, L 1; then the paper.
    [
      'auto',
      [
        'term:variational autoencoder:word-prefix',
        'term:sparse autoencoder:word-prefix',
        'term:variational auto encoder:word-prefix',
        'paper:Variational Autoencoders for Image Generation:word-prefix',
      ],
    ],
    // "encoder" starts a word of L's label and of A's alias "variational auto-encoder"; inside "autoencoder" elsewhere.
    [
      'encoder',
      [
        'term:variational autoencoder:word-prefix',
        'term:variational auto encoder:word-prefix',
        'term:sparse autoencoder:substring',
        'paper:Variational Autoencoders for Image Generation:substring',
      ],
    ],
    // Papers tie with each other: by title.
    [
      'generat',
      [
        'term:image generation:word-prefix',
        'paper:Latent Spaces of Generative Models:word-prefix',
        'paper:Sparse Coding Meets Deep Generative Models:word-prefix',
        'paper:Variational Autoencoders for Image Generation:word-prefix',
      ],
    ],
    ['Fréchet', ['term:FID:prefix']],
    ['frechet inception distances', ['term:FID:exact']],
    ['no such thing', []],
  ])('finds %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('says which name matched and counts all matches before the limit', () => {
    const doc = search(index, 'encoder', { limit: 1 });
    expect(doc.query).toEqual({ verb: 'search', text: 'encoder', limit: 1, total: 4 });
    expect(doc.results).toEqual([
      {
        kind: 'term',
        id: 'term:variational-autoencoder',
        label: 'variational autoencoder',
        type: 'method',
        year: null,
        papers: 5,
        match: 'word-prefix',
        matched: 'variational auto-encoder',
        score: 2,
      },
    ]);
  });

  it('rejects a text with nothing to look for', () => {
    let error: LitgraphError | undefined;
    try {
      search(index, ' -- ');
    } catch (e) {
      error = e as LitgraphError;
    }
    expect(error?.code).toBe('USAGE');
    expect(error?.message).toMatch(/^text /);
  });
});
