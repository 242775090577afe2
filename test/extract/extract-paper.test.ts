// Mention extraction of one paper: chunking, stripping, hyphens, acronyms, typing hints, offsets.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract';

const keysOf = (abstract: string, title = '') =>
  extractPaper({ id: 'p', title, abstract }).mentions.map((m) => m.key);

describe('extractPaper', () => {
  it.each([
    ['We propose a novel graph neural network for molecules.', 'graph neural network'],
    ['A robust domain-specific language is defined.', 'domain specific language'],
    ['We train an encoder-decoder model on parallel text.', 'encoder decoder model'],
    ['Named entity recognition is hard for low-resource languages.', 'named entity recognition'],
    ['We apply supervised learning to the task.', 'supervised learning'],
    ['Sparse autoencoders recover features from language models.', 'sparse autoencoder'],
    ['Our results improve on GPT-2 in perplexity.', 'gpt 2'],
  ])('finds the term in: %s', (abstract, key) => {
    expect(keysOf(abstract)).toContain(key);
  });

  it.each([
    ['In this paper, we show results of experiments.', ['paper', 'this paper', 'result', 'experiment']],
    [
      'The state of the art is advanced by a novel approach.',
      ['state of the art', 'approach', 'novel approach'],
    ],
  ])('drops generic phrases in: %s', (abstract, generic) => {
    const keys = keysOf(abstract);
    for (const g of generic) expect(keys).not.toContain(g);
  });

  it('strips leading evaluative adjectives and determiners', () => {
    const keys = keysOf('We present an efficient sparse attention mechanism.');
    expect(keys).toContain('sparse attention mechanism');
    expect(keys.some((k) => k.startsWith('efficient') || k.startsWith('an '))).toBe(false);
  });

  it('resolves a short form to the long form defined in the same abstract', () => {
    const ex = extractPaper({
      id: 'p',
      title: '',
      abstract:
        'We train a variational autoencoder (VAE) on faces. The VAE learns a latent space. VAEs are generative.',
    });
    expect(ex.acronyms).toEqual({ VAE: 'variational autoencoder' });
    const vae = ex.mentions.filter((m) => m.key === 'variational autoencoder');
    // The long form and the two later short forms; the short form inside its own parentheses is not a new mention.
    expect(vae.map((m) => m.surface)).toEqual(['variational autoencoder', 'VAE', 'VAEs']);
    expect(vae[0].acronym).toBe('VAE');
  });

  it.each([
    [
      'We apply natural language processing (NLP) to reviews.',
      'natural language processing (NLP)',
      'natural language processing',
    ],
    [
      'Machine translation (MT) systems need parallel text.',
      'Machine translation (MT) systems',
      'machine translation system',
    ],
    [
      'We use loopy belief propagation (BP) for inference.',
      'loopy belief propagation (BP)',
      'loopy belief propagation',
    ],
  ])('spans a definition with its short form: %s', (abstract, span, key) => {
    const ex = extractPaper({ id: 'p', title: '', abstract });
    const m = ex.mentions.find((x) => abstract.slice(x.start, x.end) === span);
    expect(m?.key).toBe(key);
    // The surface leaves the parenthesised short form out; the short form is no mention of its own.
    expect(m?.surface).not.toContain('(');
    expect(ex.mentions.filter((x) => x.start > m!.start && x.end <= m!.end)).toHaveLength(0);
  });

  it.each([
    ['We propose a general framework for parsing.', 'general framework'],
    ['It beats the baseline system and a computational model.', 'baseline system'],
    ['The quality of the translations is high.', 'quality'],
    ['We note the regions of the image once.', 'region'],
  ])('drops generic references and passing words in: %s', (abstract, key) => {
    expect(keysOf(abstract)).not.toContain(key);
  });

  it.each([
    ['We address the automatic tracking of complex motions.', 'automatic tracking of complex motion', 'task'],
    ['We learn a mixture of Markov models.', 'mixture of markov model', 'concept'],
    ['We report accuracy on English.', 'accuracy', 'metric'],
    ['We evaluate on the Penn Treebank.', 'penn treebank', 'dataset'],
    ['A hidden Markov model tags words.', 'hidden markov model', 'method'],
  ])('types by the head of the phrase: %s', (abstract, key, type) => {
    const m = extractPaper({ id: 'p', title: '', abstract }).mentions.find((x) => x.key === key);
    expect(m?.typeHint).toBe(type);
  });

  it('keeps a repeated one-word term and drops one said once in passing', () => {
    const keys = keysOf('Constraints help. Hard constraints help more. We note the locations once.');
    expect(keys).toContain('constraint');
    expect(keys).not.toContain('location');
  });

  it('gives character offsets into the abstract and sentence indices', () => {
    const abstract = 'Intro sentence here. We use beam search for decoding.';
    const ex = extractPaper({ id: 'p', title: 'Beam Search Decoding', abstract });
    const m = ex.mentions.find((x) => x.field === 'abstract' && x.key === 'beam search')!;
    expect(abstract.slice(m.start, m.end)).toBe('beam search');
    expect(m.sentence).toBe(1);
    expect(ex.sentences).toHaveLength(2);
    expect(ex.mentions.some((x) => x.field === 'title')).toBe(true);
  });

  it('types mentions by their head noun', () => {
    const ex = extractPaper({
      id: 'p',
      title: '',
      abstract:
        'A convolutional neural network improves machine translation on the Penn Treebank corpus in BLEU score.',
    });
    const hint = (key: string) => ex.mentions.find((m) => m.key === key)?.typeHint;
    expect(hint('convolutional neural network')).toBe('method');
    expect(hint('machine translation')).toBe('task');
    expect(hint('penn treebank corpus')).toBe('dataset');
    expect(hint('bleu score')).toBe('metric');
  });

  it('keeps everyday single words out but keeps acronyms', () => {
    const keys = keysOf('The network uses BERT and LSTM layers with attention.');
    expect(keys).not.toContain('network');
    expect(keys).toContain('bert');
  });
});
