// Normalisation into term keys: case, plural heads with exceptions, hyphen/space variants, spelling.
import { describe, expect, it } from 'vitest';
import { americanise, compactKey, displayForm, normaliseKey, singularise } from '../../src/extract';

describe('normaliseKey', () => {
  it.each([
    ['Variational Autoencoders', 'variational autoencoder'],
    ['variational auto-encoders', 'variational auto encoder'],
    ['VAEs', 'vae'],
    ['support vector machines', 'support vector machine'],
    ['hypotheses', 'hypothesis'],
    ['training data', 'training data'],
    ['text corpora', 'text corpus'],
    ['sentiment analyses', 'sentiment analysis'],
    ['graph neural networks', 'graph neural network'],
    ['encoder-decoder models', 'encoder decoder model'],
    ['tokenisation', 'tokenization'],
    ['language modelling', 'language modeling'],
    ['self-supervised learning', 'self supervised learning'],
    ['semantics', 'semantics'],
    ['Gaussian processes', 'gaussian process'],
    ['loss', 'loss'],
    ['CNNs', 'cnn'],
  ])('%s → %s', (surface, key) => {
    expect(normaliseKey(surface)).toBe(key);
  });

  it('makes hyphen and space variants share a compact key', () => {
    expect(compactKey(normaliseKey('auto-encoder'))).toBe(compactKey(normaliseKey('autoencoder')));
    expect(compactKey(normaliseKey('Auto Encoders'))).toBe(compactKey(normaliseKey('autoencoders')));
  });
});

describe('singularise', () => {
  it.each([
    ['VAEs', 'VAE'],
    ['LLMs', 'LLM'],
    ['data', 'data'],
    ['criteria', 'criterion'],
    ['matrices', 'matrix'],
    ['bias', 'bias'],
    ['Transformers', 'Transformer'],
    ['analytics', 'analytics'],
    ['corpus', 'corpus'],
  ])('%s → %s', (word, singular) => {
    expect(singularise(word)).toBe(singular);
  });
});

describe('americanise', () => {
  it.each([
    ['optimisation', 'optimization'],
    ['regularisations', 'regularizations'],
    ['behaviour', 'behavior'],
    ['labelled', 'labeled'],
    ['supervised', 'supervised'],
    ['noise', 'noise'],
  ])('%s → %s', (word, us) => {
    expect(americanise(word)).toBe(us);
  });
});

describe('displayForm', () => {
  it('lowers title-case words from titles but keeps acronyms and inner capitals', () => {
    expect(displayForm('Sparse Autoencoders', 'all')).toBe('sparse autoencoder');
    expect(displayForm('BiLSTM Taggers', 'all')).toBe('BiLSTM tagger');
  });
  it('keeps proper names in running text', () => {
    expect(displayForm('Penn Treebank', 'none')).toBe('Penn Treebank');
    expect(displayForm('Neural networks', 'first')).toBe('neural network');
  });
});
