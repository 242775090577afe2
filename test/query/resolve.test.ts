// Finding terms and papers: normalisation, every kind of name, and suggestions for unknown ones.

import { describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { createQueryIndex, foldText, normaliseTerm, resolvePaper, resolveTerm } from '../../src/query';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());

function errorOf(f: () => unknown): LitgraphError {
  try {
    f();
  } catch (error) {
    return error as LitgraphError;
  }
  throw new Error('expected a LitgraphError');
}

describe('normaliseTerm', () => {
  it.each([
    ['Variational Autoencoders', 'variational autoencoder'],
    ['VAEs', 'vae'],
    ['GPUs', 'gpu'],
    ['variational auto-encoder', 'variational auto encoder'],
    ['  Sparse   Autoencoders ', 'sparse autoencoder'],
    ['training data', 'training data'],
    ['data analysis', 'data analysis'],
    ['data analyses', 'data analysis'],
    ['statistical hypotheses', 'statistical hypothesis'],
    ['selection bias', 'selection bias'],
    ['selection biases', 'selection bias'],
    ['word atlas', 'word atlas'],
    ['loss', 'loss'],
    ['time series', 'time series'],
    ['Fréchet Inception Distance', 'frechet inception distance'],
    ['encoder/decoder', 'encoder decoder'],
    ['(BERT)', 'bert'],
  ])('%s → %s', (text, form) => {
    expect(normaliseTerm(text)).toBe(form);
  });

  it('folds without singularising', () => {
    expect(foldText('Deep  Generative-Models!')).toBe('deep generative models');
  });
});

describe('resolveTerm', () => {
  it.each([
    ['variational autoencoder', 'A'],
    ['Variational Autoencoders', 'A'],
    ['variational-autoencoder', 'A'],
    ['VariationalAutoencoder', 'A'], // spaces removed: A and L both match; A has more papers
    ['VAE', 'A'],
    ['VAEs', 'A'],
    ['vae', 'A'],
    ['term:variational-autoencoder', 'A'],
    ['Sparse Autoencoders', 'B'],
    ['SAE', 'B'],
    ['  MNIST ', 'D'],
    ['mnist', 'D'],
    ['Fréchet inception distance', 'E'],
    ['frechet inception distances', 'E'],
    ['Data Analyses', 'G'],
    ['GMMs', 'J'],
    ['gaussian mixture models', 'J'],
    // A label beats an alias: "variational auto-encoder" is an alias of A and the label of L.
    ['variational auto-encoder', 'L'],
    ['term:variational-auto-encoder', 'L'],
  ])('%s → %s', (text, letter) => {
    expect(resolveTerm(index, text).id).toBe(termId(letter));
  });

  it.each([
    // One edit away from "autoencoder", a word of A's and B's labels; A has more papers.
    ['autoencodr', 'unknown term "autoencodr"; did you mean: variational autoencoder, sparse autoencoder?'],
    ['MNSIT', 'unknown term "MNSIT"; did you mean: MNIST?'],
    ['latent spaec', 'unknown term "latent spaec"; did you mean: latent space?'],
    ['zzzzqqq', 'unknown term "zzzzqqq" (no similar term in the graph)'],
  ])('rejects %s with suggestions', (text, message) => {
    const error = errorOf(() => resolveTerm(index, text));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(message);
  });

  it('rejects an empty term as bad usage', () => {
    expect(errorOf(() => resolveTerm(index, '  ')).code).toBe('USAGE');
  });
});

describe('resolvePaper', () => {
  it.each([
    ['p1', 'p1'],
    ['paper:p1', 'p1'],
    ['Variational Autoencoders for Image Generation', 'p1'],
    ['variational autoencoders for image generation', 'p1'],
    ['10.1000/xyz3', 'p3'],
    ['https://doi.org/10.1000/XYZ3', 'p3'],
  ])('%s → %s', (text, paperId) => {
    expect(resolvePaper(index, text).paperId).toBe(paperId);
  });

  it.each([
    [
      'latent',
      'unknown paper "latent"; did you mean: "Interpreting Latent Features", "Latent Spaces of Generative Models"?',
    ],
    ['p42', 'unknown paper "p42" (no paper with that id, DOI or title)'],
  ])('rejects %s', (text, message) => {
    const error = errorOf(() => resolvePaper(index, text));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(message);
  });
});
