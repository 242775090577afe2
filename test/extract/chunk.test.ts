// Noun-phrase chunking: span boundaries (leading modifiers, participles, adverbs, trailing generic heads),
// coordination sharing a head, "X of Y" phrases, hyphens, and verbs compromise takes for nouns.
import { describe, expect, it } from 'vitest';
import { isGenericKey, normaliseKey } from '../../src/extract';
import { chunkSentence, joinOfPhrases } from '../../src/extract/chunk';
import { tagText } from '../../src/extract/nlp';

/** The chunk texts of a text, "X of Y" joined as the extractor does. */
function chunksOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of tagText(text)) {
    const chunks = joinOfPhrases(text, chunkSentence(text, sentence.tokens), (s) =>
      isGenericKey(normaliseKey(s)),
    );
    for (const c of chunks) out.push(text.slice(c.start, c.end));
  }
  return out;
}

describe('chunkSentence: span boundaries', () => {
  it.each([
    ['We propose a novel graph neural network for molecules.', 'graph neural network'],
    ['Natural language processing is hard.', 'Natural language processing'],
    ['We study robust visual tracking.', 'visual tracking'],
    ['Several existing methods fail on low dimensional manifolds.', 'low dimensional manifolds'],
    ['The tracking performance of the system is good.', 'tracking'],
    ['We report classification experiments on news.', 'classification'],
    ['It learns from manually annotated data.', 'manually annotated data'],
    ['We use a weakly supervised algorithm here.', 'weakly supervised algorithm'],
    ['Spoken language differs from written texts.', 'Spoken language'],
    ['We reconstruct 3D shape from video.', '3D shape'],
    ['We train a domain-specific language model.', 'domain-specific language model'],
    ['They use large-scale pretrained models for this.', 'large-scale pretrained models'],
  ])('%s → %s', (text, chunk) => {
    expect(chunksOf(text)).toContain(chunk);
  });

  it.each([
    ['This paper describes a parser for German.', 'paper describes'],
    ['Our approach outperforms existing parsers.', 'approach outperforms'],
    [
      'The improvement over traditional alignment techniques is large.',
      'improvement over traditional alignment',
    ],
    ['Models of this kind, e.g. transformers, work well.', 'e.g'],
  ])('does not glue a verb or function word into a phrase: %s', (text, bad) => {
    expect(chunksOf(text).some((c) => c.includes(bad))).toBe(false);
  });
});

describe('chunkSentence: coordination', () => {
  it.each([
    ['We compare supervised and unsupervised methods on the task.', 'supervised and unsupervised methods'],
    ['It combines syntactic and semantic information in one model.', 'syntactic and semantic information'],
    ['We collected image and video data from the web.', 'image and video data'],
    ['We train on noise-free and noisy data.', 'noise-free and noisy data'],
  ])('%s → %s', (text, chunk) => {
    expect(chunksOf(text)).toContain(chunk);
  });

  it.each([
    ['We evaluate precision and recall of the parser.', ['precision', 'recall']],
    ['The network uses BERT and LSTM layers with attention.', ['BERT', 'LSTM layers']],
    ['Nouns and reflexive pronouns agree in number.', ['Nouns', 'reflexive pronouns']],
    ['We study image classification and caption generation.', ['image classification', 'caption generation']],
  ])('keeps two terms apart in: %s', (text, chunks) => {
    expect(chunksOf(text)).toEqual(expect.arrayContaining(chunks));
  });
});

describe('joinOfPhrases: X of Y', () => {
  it.each([
    ['We address the automatic tracking of endocardium in images.', 'automatic tracking of endocardium'],
    [
      'We propose the automatic estimation of word significance.',
      'automatic estimation of word significance',
    ],
    [
      'This enables the construction of domain-independent lexica.',
      'construction of domain-independent lexica',
    ],
  ])('joins a process noun and its object: %s', (text, chunk) => {
    expect(chunksOf(text)).toContain(chunk);
  });

  it.each([
    ['We use a set of features for parsing.', 'features'],
    ['A number of parsers exist.', 'parsers'],
    ['The segments of speech are short.', 'speech'],
    ['The evaluation of parsers is hard.', 'parsers'],
  ])('leaves generic or thing-naming heads apart: %s', (text, chunk) => {
    expect(chunksOf(text)).toContain(chunk);
  });
});
