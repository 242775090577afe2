// The small helpers behind the rankings: tolerant score comparison, top-k selection, edit distance.
import { describe, expect, it } from 'vitest';
import { editDistance, trigramSimilarity } from '../../src/query/edit-distance';
import { compareLabels, compareScoresDesc } from '../../src/query/order';
import { topK } from '../../src/query/top-k';

describe('compareScoresDesc', () => {
  it.each([
    [0.1 + 0.2, 0.3, 0],
    [2, 1, -1],
    [1, 2, 1],
    [1e-12, 0, 0],
  ])('compares %d and %d', (a, b, sign) => {
    expect(Math.sign(compareScoresDesc(a, b))).toBe(sign);
  });
});

describe('compareLabels', () => {
  it('orders case-insensitively, then exactly, then by id', () => {
    const items = [
      ['beta', 'x'],
      ['Alpha', 'y'],
      ['alpha', 'z'],
      ['alpha', 'a'],
    ];
    items.sort((a, b) => compareLabels(a[0], a[1], b[0], b[1]));
    expect(items).toEqual([
      ['Alpha', 'y'],
      ['alpha', 'a'],
      ['alpha', 'z'],
      ['beta', 'x'],
    ]);
  });
});

describe('topK', () => {
  const numbers = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
  it.each([0, 1, 5, 50, 300, 2000])('matches a full sort for k = %i', (k) => {
    const byValue = (a: number, b: number) => a - b;
    expect(topK(numbers, k, byValue)).toEqual([...numbers].sort(byValue).slice(0, k));
  });
});

describe('editDistance', () => {
  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['mnist', 'mnsit', 1], // one transposition
    ['autoencodr', 'autoencoder', 1],
    ['same', 'same', 0],
  ])('%s ↔ %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops early past the bound', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('scores trigram overlap between 0 and 1', () => {
    expect(trigramSimilarity('latent', 'latent')).toBe(1);
    expect(trigramSimilarity('latent', 'qqqqq')).toBe(0);
    expect(trigramSimilarity('latent space', 'latent spaces')).toBeGreaterThan(0.8);
  });
});
