// Corpus-level selection: acronyms merged corpus-wide, compact variants merged, min-df, C-value ranking.
import { describe, expect, it } from 'vitest';
import { extractPaper, selectTerms } from '../../src/extract';
import { cValues } from '../../src/extract/cvalue';

const corpus = [
  'We train a variational autoencoder (VAE) on faces and compare it with a GAN.',
  'VAEs and variational autoencoders are generative models; we study the VAE prior.',
  'An auto-encoder and a variational auto-encoder are compared on images.',
  'The autoencoder is small; a sparse autoencoder finds features.',
  'A sparse autoencoder (SAE) reveals features of language models.',
].map((abstract, i) => extractPaper({ id: `p${i}`, title: '', abstract }));

describe('selectTerms', () => {
  const sel = selectTerms(corpus, { minDf: 2, maxTerms: 0 });
  const term = (key: string) => sel.terms.find((t) => t.key === key);

  it('merges an acronym, its plural and the long form into one term with aliases', () => {
    const vae = term('variational autoencoder')!;
    expect(vae).toBeDefined();
    expect(vae.aliases).toEqual(expect.arrayContaining(['VAE', 'variational autoencoders']));
    expect(vae.acronym).toBe('VAE');
    expect(vae.type).toBe('method');
    expect(vae.df).toBe(3);
    expect(sel.terms.find((t) => t.key === 'vae')).toBeUndefined();
  });

  it('merges hyphen/space variants ("auto-encoder" = "autoencoder")', () => {
    expect(term('autoencoder')?.df).toBe(2);
    expect(term('auto encoder')).toBeUndefined();
  });

  it('drops terms below the minimum document frequency', () => {
    expect(sel.terms.every((t) => t.df >= 2)).toBe(true);
    expect(term('gan')).toBeUndefined();
  });

  it('records each kept term per paper with its mentions', () => {
    const p1 = sel.paperTerms.get('p1')!;
    expect(p1.get('variational autoencoder')?.map((m) => m.surface)).toEqual([
      'VAEs',
      'variational autoencoders',
      'VAE',
    ]);
  });

  it('keeps only the best maxTerms by termhood', () => {
    const top = selectTerms(corpus, { minDf: 1, maxTerms: 3 });
    expect(top.terms).toHaveLength(3);
    const all = selectTerms(corpus, { minDf: 1, maxTerms: 0 });
    expect(top.terms.map((t) => t.key)).toEqual(all.terms.slice(0, 3).map((t) => t.key));
  });

  it('applies a thesaurus (rename and drop) and counts the changes', () => {
    const th = new Map([
      ['sparse autoencoder', 'autoencoder'],
      ['language model', ''],
    ]);
    const s = selectTerms(corpus, { minDf: 1, maxTerms: 0, thesaurus: th });
    expect(s.terms.find((t) => t.key === 'sparse autoencoder')).toBeUndefined();
    expect(s.terms.find((t) => t.key === 'language model')).toBeUndefined();
    expect(s.thesaurusChanges).toBeGreaterThanOrEqual(3);
  });
});

describe('cValues (Frantzi et al. 2000)', () => {
  it('scores non-nested and nested candidates by the formula', () => {
    const c = cValues(
      new Map([
        ['neural network', 10],
        ['deep neural network', 4],
        ['recurrent neural network', 2],
        ['network', 20],
      ]),
    );
    expect(c.get('deep neural network')).toBeCloseTo(Math.log2(4) * 4);
    // nested in two longer candidates with frequencies 4 and 2
    expect(c.get('neural network')).toBeCloseTo(Math.log2(3) * (10 - 3));
    // nested in three: 10, 4, 2
    expect(c.get('network')).toBeCloseTo(Math.log2(2) * (20 - 16 / 3));
  });
});
