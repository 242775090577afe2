// path on the toy graph: shortest chains through shared papers, ties broken by label.

import { describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { createQueryIndex, path } from '../../src/query';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());
const chain = (from: string, to: string) => path(index, from, to).results.map((r) => r.label);

describe('path', () => {
  it.each([
    // A–C share p1 p2 p3.
    ['VAE', 'image generation', ['variational autoencoder', 'image generation']],
    // A→J: A–F (p2) or A–B (p3), then G (p7), then J (p9); "latent space" < "sparse autoencoder" wins the tie.
    ['VAE', 'GMMs', ['variational autoencoder', 'latent space', 'data analysis', 'Gaussian mixture model']],
    // The reverse: J, G, then F or B to reach A; again the alphabetically first.
    [
      'GMM',
      'variational autoencoder',
      ['Gaussian mixture model', 'data analysis', 'latent space', 'variational autoencoder'],
    ],
    // D–E: D shares papers only with A; A–C; C–E (p6).
    ['MNIST', 'FID', ['MNIST', 'variational autoencoder', 'image generation', 'FID']],
    ['VAE', 'VAEs', ['variational autoencoder']],
  ])('%s → %s', (from, to, labels) => {
    expect(chain(from, to)).toEqual(labels);
  });

  it('gives each step the papers linking it to the previous one, strongest first', () => {
    // A–C via p1 (3 + 1), p3 (2 + 1), p2 (1 + 1).
    const doc = path(index, 'VAE', 'image generation');
    expect(doc.results).toEqual([
      {
        id: termId('A'),
        label: 'variational autoencoder',
        type: 'method',
        community: 0,
        score: null,
        via: [],
      },
      {
        id: termId('C'),
        label: 'image generation',
        type: 'task',
        community: 0,
        score: 3,
        via: [
          { id: 'paper:p1', label: 'Variational Autoencoders for Image Generation' },
          { id: 'paper:p3', label: 'Sparse Coding Meets Deep Generative Models' },
          { id: 'paper:p2', label: 'Latent Spaces of Generative Models' },
        ],
      },
    ]);
    expect(doc.query).toMatchObject({ verb: 'path', length: 1 });
  });

  it('says when two terms are not connected', () => {
    let error: LitgraphError | undefined;
    try {
      path(index, 'VAE', 'AlphaFold');
    } catch (e) {
      error = e as LitgraphError;
    }
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toBe(
      '"variational autoencoder" and "AlphaFold" are not connected (no chain of shared papers links them)',
    );
  });
});
