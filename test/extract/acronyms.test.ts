// Schwartz & Hearst (2003) acronym definitions, per text and corpus-wide.
import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, findBestLongForm, resolveAcronyms } from '../../src/extract';
import type { PaperExtraction } from '../../src/types';

describe('findAcronymDefinitions', () => {
  it.each([
    ['We train a variational autoencoder (VAE) on faces.', 'VAE', 'variational autoencoder'],
    ['We use convolutional neural networks (CNNs) here.', 'CNN', 'convolutional neural networks'],
    [
      'Results with the Transformer and long short-term memory (LSTM) units.',
      'LSTM',
      'long short-term memory',
    ],
    ['Our implicit neural representation (INR) is small.', 'INR', 'implicit neural representation'],
    [
      'We fine-tune BERT (Bidirectional Encoder Representations from Transformers) on it.',
      'BERT',
      'Bidirectional Encoder Representations from Transformers',
    ],
  ])('%s', (text, short, long) => {
    const defs = findAcronymDefinitions(text);
    expect(defs.map((d) => [d.short, d.long])).toContainEqual([short, long]);
    const d = defs.find((x) => x.short === short)!;
    expect(text.slice(d.longStart, d.longEnd)).toBe(long);
  });

  it.each([
    'The results (see Table 2) are good.',
    'We measure accuracy (Acc) and more.',
    'A model (2019) was used.',
  ])('finds no definition in %s', (text) => {
    expect(findAcronymDefinitions(text)).toEqual([]);
  });

  it('matches short-form characters right to left, the first at a word start', () => {
    expect(findBestLongForm('HMM', 'with a hidden Markov model')).toBe('hidden Markov model');
    expect(findBestLongForm('XYZ', 'nothing here')).toBeUndefined();
  });
});

describe('resolveAcronyms', () => {
  const ex = (id: string, acronyms: Record<string, string>): PaperExtraction => ({
    paperId: id,
    mentions: [],
    sentences: [],
    acronyms,
  });
  it('maps a short form to its dominant long form and merges spelling variants of it', () => {
    const map = resolveAcronyms([
      ex('a', { VAE: 'variational autoencoder' }),
      ex('b', { VAE: 'variational autoencoder' }),
      ex('c', { VAE: 'variational autoencoding' }),
    ]);
    expect(map.get('VAE')).toBe('variational autoencoder');
    expect(map.get('key:variational autoencoding')).toBe('variational autoencoder');
  });
  it('leaves an ambiguous short form unresolved', () => {
    const map = resolveAcronyms([ex('a', { MT: 'machine translation' }), ex('b', { MT: 'model tuning' })]);
    expect(map.has('MT')).toBe(false);
  });
});
