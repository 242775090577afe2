// similar on the toy graph: cosine c_AX / sqrt(c_A · c_X), aliases left out.
import { describe, expect, it } from 'vitest';
import { createQueryIndex, similar } from '../../src/query';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());

describe('similar', () => {
  it('ranks by cosine and leaves out the term and its aliases', () => {
    // C 3/√20 ≈ 0.671, D 2/√10 ≈ 0.632, L 1/√5 (an alias of A: left out), B 1/√10 ≈ 0.316, F 1/√15 ≈ 0.258.
    const results = similar(index, 'VAE').results;
    expect(results.map((r) => r.label)).toEqual([
      'image generation',
      'MNIST',
      'sparse autoencoder',
      'latent space',
    ]);
    expect(results.map((r) => r.score)).toEqual([
      3 / Math.sqrt(20),
      2 / Math.sqrt(10),
      1 / Math.sqrt(10),
      1 / Math.sqrt(15),
    ]);
    expect(results.map((r) => r.shared)).toEqual([3, 2, 1, 1]);
  });

  it('leaves out the term whose aliases name it, the other way round', () => {
    // L's only other co-occurring term is C (p1): 1/√(1·4).
    expect(similar(index, 'variational auto encoder').results).toEqual([
      { id: termId('C'), label: 'image generation', type: 'task', community: 0, score: 0.5, shared: 1 },
    ]);
  });

  it('breaks ties by label', () => {
    // F (p2 p6 p7): C 2/√12 and E 1/√3 (equal, computed differently), G 1/√6 and B 1/√6, A 1/√15.
    expect(similar(index, 'latent spaces').results.map((r) => r.label)).toEqual([
      'FID',
      'image generation',
      'data analysis',
      'sparse autoencoder',
      'variational autoencoder',
    ]);
    // G (p7 p9): J 1/√2, B 1/√4, F 1/√6.
    expect(similar(index, 'data analysis').results.map((r) => r.label)).toEqual([
      'Gaussian mixture model',
      'sparse autoencoder',
      'latent space',
    ]);
  });

  it('limits', () => {
    expect(similar(index, 'VAE', { limit: 1 }).results.map((r) => r.label)).toEqual(['image generation']);
  });
});
