// Typing: head-noun lexicon first, cue words only as tie-breakers, a vote over mentions.
import { describe, expect, it } from 'vitest';
import { typeByHead, voteType } from '../../src/extract';

describe('typeByHead', () => {
  it.each([
    ['graph neural network', 'method'],
    ['variational autoencoder', 'method'],
    ['neural machine translation', 'task'],
    ['image classification', 'task'],
    ['penn treebank', 'dataset'],
    ['word error rate', 'metric'],
    ['bleu', 'metric'],
    ['latent space', undefined],
    ['machine translation evaluation measure', 'metric'],
    ['parsing accuracy', 'metric'],
    ['english', 'dataset'],
    ['spoken language', 'dataset'],
    ['dialogue problem', 'task'],
    ['semantic representation', 'method'],
    ['objective function', undefined],
    ['attention layer', undefined],
    ['dialogue system', undefined],
  ])('%s → %s', (key, type) => {
    expect(typeByHead(key)).toBe(type);
  });
});

describe('voteType', () => {
  const v = (typeHint: 'method' | 'task' | 'dataset' | 'metric' | 'concept', headTyped: boolean) => ({
    typeHint,
    headTyped,
  });
  it('lets head-typed hints win over cue hints', () => {
    expect(voteType([v('task', true), v('method', false), v('method', false)])).toBe('task');
  });
  it('uses cue hints when they cover at least half of the mentions', () => {
    expect(voteType([v('method', false), v('method', false), v('concept', false)])).toBe('method');
    expect(voteType([v('method', false), v('concept', false), v('concept', false)])).toBe('concept');
  });
  it('needs two mentions before trusting cues', () => {
    expect(voteType([v('method', false)])).toBe('concept');
  });
  it('breaks ties in the order method, task, dataset, metric', () => {
    expect(voteType([v('task', true), v('method', true)])).toBe('method');
  });
});
