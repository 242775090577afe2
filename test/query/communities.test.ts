// community and communities on the toy graph: memberships and scores from toy-graph.ts.

import { describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { communities, community, createQueryIndex } from '../../src/query';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());

describe('communities', () => {
  it('lists every community, largest first', () => {
    // 0: p1 p3 p4 p5 + A C D L = 8; 1: p2 p6 p7 p9 + B E F G J = 9; 2: p8 + H I = 3.
    expect(communities(index).results.map((r) => [r.id, r.label, r.size, r.papers, r.terms])).toEqual([
      [1, 'representations', 9, 4, 5],
      [0, 'generative models', 8, 4, 4],
      [2, 'proteins', 3, 1, 2],
    ]);
    expect(Object.keys(communities(index).results[0])).toEqual([
      'id',
      'label',
      'size',
      'papers',
      'terms',
      'topTerms',
      'color',
      'meanYear',
    ]);
  });
});

describe('community', () => {
  // Community 0. Terms scored by papers of community 0 mentioning them: A 4 (p1 p3 p4 p5), L 1, C 2 (p1 p3),
  // D 2 (p4 p5). Papers scored by their edge weights to community-0 terms: p1 3+1+1 = 5, p3 2+1 = 3 (B is
  // in community 1), p5 2+1 = 3, p4 1+1 = 2; p3/p5 tie → "Handwritten…" first.
  const expected = [
    ['term', 'variational autoencoder', 'method', 4],
    ['term', 'variational auto encoder', 'method', 1],
    ['term', 'image generation', 'task', 2],
    ['term', 'MNIST', 'dataset', 2],
    ['paper', 'Variational Autoencoders for Image Generation', null, 5],
    ['paper', 'Handwritten Digit Synthesis', null, 3],
    ['paper', 'Sparse Coding Meets Deep Generative Models', null, 3],
    ['paper', 'Benchmarking VAEs on Digits', null, 2],
  ];
  const table = (ref: string, limit?: number) =>
    community(index, ref, { limit }).results.map((r) => [r.kind, r.label, r.type, r.score]);

  it.each(['0', ' 0 ', 'MNIST', 'VAEs'])(
    'ranks the terms by type and the papers of community "%s"',
    (ref) => {
      expect(table(ref)).toEqual(expected);
    },
  );

  it('applies the limit per type and to the papers', () => {
    expect(table('0', 1)).toEqual([expected[0], expected[2], expected[3], expected[4]]);
  });

  it('puts the label and sizes in query.resolved', () => {
    expect(community(index, 'mnist').query).toEqual({
      verb: 'community',
      community: 'mnist',
      resolved: {
        id: 0,
        label: 'generative models',
        size: 8,
        papers: 4,
        terms: 4,
        topTerms: ['variational autoencoder', 'image generation', 'MNIST'],
        color: '#1f77b4',
        meanYear: 2019,
        term: { id: termId('D'), label: 'MNIST' },
      },
      limit: 20,
    });
  });

  it.each([
    ['7', 'unknown community 7; communities are 0 to 2'],
    ['protein foldng', 'unknown term "protein foldng"; did you mean: protein folding?'],
  ])('rejects %s', (ref, message) => {
    let error: LitgraphError | undefined;
    try {
      community(index, ref);
    } catch (e) {
      error = e as LitgraphError;
    }
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toBe(message);
  });
});
