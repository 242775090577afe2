// neighbours on the toy graph: ranks and scores computed by hand from the table in toy-graph.ts
// (N = 9 papers; c_A = 5, c_B = 2, c_C = 4, c_D = 2, c_E = 1, c_F = 3, c_G = 2, c_J = 1, c_L = 1).
import { describe, expect, it } from 'vitest';
import { createQueryIndex, neighbours } from '../../src/query';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());
const rows = (options: Parameters<typeof neighbours>[2], term = 'VAE') =>
  neighbours(index, term, options).results.map((r) => ({
    label: r.label,
    hop: r.hop,
    score: r.score as number,
    shared: r.shared,
    via: (r.via as { label: string }).label,
  }));
const labelsOf = (options: Parameters<typeof neighbours>[2], term = 'VAE') =>
  rows(options, term).map((r) => r.label);

describe('neighbours at depth 1', () => {
  // Shared papers with A: C 3 (p1 p2 p3), D 2 (p4 p5), F 1 (p2), B 1 (p3), L 1 (p1); E, G, J, H, I none.
  it.each([
    // cooccurrence = c_AX; the three 1s tie and go by label: latent space < sparse autoencoder < variational auto encoder.
    [
      'cooccurrence',
      ['image generation', 'MNIST', 'latent space', 'sparse autoencoder', 'variational auto encoder'],
      [3, 2, 1, 1, 1],
    ],
    // association = 9·c_AX/(5·c_X): D 9·2/10 = 1.8, L 9·1/5 = 1.8 (tie: "mnist" < "variational…"), C 27/20 = 1.35, B 9/10, F 9/15.
    [
      'association',
      ['MNIST', 'variational auto encoder', 'image generation', 'sparse autoencoder', 'latent space'],
      [1.8, 1.8, 1.35, 0.9, 0.6],
    ],
    // jaccard = c_AX/(5 + c_X − c_AX): C 3/6, D 2/5, L 1/5, B 1/6, F 1/7.
    [
      'jaccard',
      ['image generation', 'MNIST', 'variational auto encoder', 'sparse autoencoder', 'latent space'],
      [0.5, 0.4, 0.2, 1 / 6, 1 / 7],
    ],
  ] as const)('ranks by %s', (by, labels, scores) => {
    const result = rows({ by });
    expect(result.map((r) => r.label)).toEqual(labels);
    for (const [i, r] of result.entries()) expect(r.score).toBeCloseTo(scores[i], 12);
    expect(result.every((r) => r.hop === 1 && r.via === 'variational autoencoder')).toBe(true);
  });

  it('reports shared papers whatever the measure', () => {
    expect(rows({ by: 'jaccard' }).map((r) => [r.label, r.shared])).toEqual([
      ['image generation', 3],
      ['MNIST', 2],
      ['variational auto encoder', 1],
      ['sparse autoencoder', 1],
      ['latent space', 1],
    ]);
  });

  it('carries the id, type and community of each term', () => {
    const first = neighbours(index, 'VAE').results[0];
    expect(first).toMatchObject({ id: termId('C'), label: 'image generation', type: 'task', community: 0 });
    expect(Object.keys(first)).toEqual(['id', 'label', 'type', 'community', 'hop', 'score', 'shared', 'via']);
  });

  it.each([
    [1, ['image generation']],
    [3, ['image generation', 'MNIST', 'latent space']],
  ])('keeps the best %i', (limit, labels) => {
    expect(labelsOf({ limit })).toEqual(labels);
  });

  it.each([
    [['dataset'], ['MNIST']],
    [
      ['method', 'concept'],
      ['latent space', 'sparse autoencoder', 'variational auto encoder'],
    ],
    [['metric'], []],
  ] as const)('filters by type %j', (types, labels) => {
    expect(labelsOf({ types })).toEqual(labels);
  });

  it('returns nothing for a term in a paper of its own', () => {
    // J (Gaussian mixture model) shares p9 with G only.
    expect(labelsOf({}, 'GMM')).toEqual(['data analysis']);
    expect(labelsOf({}, 'protein folding')).toEqual(['AlphaFold']);
  });
});

describe('neighbours at depth 2 and 3', () => {
  it('walks breadth-first, scoring each new term by its best link to the previous hop', () => {
    // Hop 2 from {C, D, F, B, L}: E shares p6 with C and F (1 each: the tie goes to C, ranked first);
    // G shares p7 with F and B (1 each: F ranks before B by label). Hop 3 from {G, E}: J shares p9 with G.
    expect(rows({ depth: 3 }).slice(5)).toEqual([
      { label: 'data analysis', hop: 2, score: 1, shared: 1, via: 'latent space' },
      { label: 'FID', hop: 2, score: 1, shared: 1, via: 'image generation' },
      { label: 'Gaussian mixture model', hop: 3, score: 1, shared: 1, via: 'data analysis' },
    ]);
  });

  it('stops at the requested depth', () => {
    expect(rows({ depth: 2 }).map((r) => r.hop)).toEqual([1, 1, 1, 1, 1, 2, 2]);
  });

  it('scores hop 2 by the best link with the chosen measure', () => {
    // Jaccard: E–C 1/(4+1−1) = 1/4, E–F 1/(3+1−1) = 1/3 → via F; G–F 1/4, G–B 1/(2+2−1) = 1/3 → via B.
    // Hop 3: J–G 1/(2+1−1) = 1/2.
    const deep = rows({ depth: 3, by: 'jaccard' }).slice(5);
    expect(deep.map((r) => [r.label, r.via])).toEqual([
      ['data analysis', 'sparse autoencoder'],
      ['FID', 'latent space'],
      ['Gaussian mixture model', 'data analysis'],
    ]);
    expect(deep.map((r) => r.score)).toEqual([1 / 3, 1 / 3, 1 / 2]);
  });

  it('expands only the `limit` best terms of a hop', () => {
    // limit 2: hop 1 keeps C and D; from them only E (p6, with C) is new. G is reachable only through F or B.
    expect(rows({ depth: 2, limit: 2 })).toEqual([
      { label: 'image generation', hop: 1, score: 3, shared: 3, via: 'variational autoencoder' },
      { label: 'MNIST', hop: 1, score: 2, shared: 2, via: 'variational autoencoder' },
      { label: 'FID', hop: 2, score: 1, shared: 1, via: 'image generation' },
    ]);
  });

  it('walks through terms of every type but reports only the requested ones', () => {
    // No metric at hop 1; FID is reached through image generation (a task).
    expect(rows({ depth: 2, types: ['metric'] })).toEqual([
      { label: 'FID', hop: 2, score: 1, shared: 1, via: 'image generation' },
    ]);
  });

  it('never reports the term itself or a term twice', () => {
    const ids = neighbours(index, 'VAE', { depth: 3 }).results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(termId('A'));
    // H and I are in another component.
    expect(ids).not.toContain(termId('H'));
  });

  it('echoes the validated query with what the term resolved to', () => {
    expect(neighbours(index, 'VAEs', { depth: 2, types: ['task', 'task'] }).query).toEqual({
      verb: 'neighbours',
      term: 'VAEs',
      resolved: { id: termId('A'), label: 'variational autoencoder' },
      depth: 2,
      limit: 20,
      type: ['task'],
      by: 'cooccurrence',
    });
  });

  it('gives the same answer on repeated calls (the scratch counters are reset)', () => {
    const first = neighbours(index, 'VAE', { depth: 3, by: 'association' });
    neighbours(index, 'latent space', { depth: 2 });
    expect(neighbours(index, 'VAE', { depth: 3, by: 'association' })).toEqual(first);
    expect(index.scratch.every((count) => count === 0)).toBe(true);
  });
});
