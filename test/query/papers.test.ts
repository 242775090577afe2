// papers (with evidence) and terms on the toy graph; expected orders worked out from toy-graph.ts.
import { describe, expect, it } from 'vitest';
import { createQueryIndex, evidenceOf, papersOf, termsOf } from '../../src/query';
import type { EdgeAttributes, PaperNodeAttributes } from '../../src/types';
import { termId, toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());

describe('papers', () => {
  it.each([
    // Weights of A's edges: p1 3, p3 2, p5 2, p2 1, p4 1; ties by title ("Handwritten…" < "Sparse…", "Benchmarking…" < "Latent…").
    ['relevance', ['p1', 'p5', 'p3', 'p4', 'p2']],
    // Years: p2 2021, p4 2021 (tie, both weight 1 → by title: p4 first), p1 2019, p3 2017, p5 none (last).
    ['year', ['p4', 'p2', 'p1', 'p3', 'p5']],
  ] as const)('sorts by %s', (sort, order) => {
    expect(papersOf(index, 'VAE', { sort }).results.map((r) => r.paperId)).toEqual(order);
  });

  it('gives id, title, year (null when unknown), weight and mentions', () => {
    const results = papersOf(index, 'variational autoencoders').results;
    expect(results[0]).toMatchObject({
      id: 'paper:p1',
      paperId: 'p1',
      label: 'Variational Autoencoders for Image Generation',
      year: 2019,
      community: 0,
      score: 3,
      mentions: 3,
    });
    expect(results[1]).toMatchObject({ paperId: 'p5', year: null, score: 2 });
  });

  it('quotes the title and the abstract sentences holding the mentions, with highlights', () => {
    // p1's abstract: "We study VAEs for images. They learn a latent code. A variational autoencoder generates digits."
    expect(papersOf(index, 'VAE', { limit: 1 }).results[0].evidence).toEqual([
      {
        field: 'title',
        sentence: 0,
        text: 'Variational Autoencoders for Image Generation',
        highlights: [[0, 24]],
      },
      { field: 'abstract', sentence: 0, text: 'We study VAEs for images.', highlights: [[9, 13]] },
      {
        field: 'abstract',
        sentence: 2,
        text: 'A variational autoencoder generates digits.',
        highlights: [[2, 25]],
      },
    ]);
  });

  it('limits the rows and echoes the query', () => {
    const doc = papersOf(index, 'image generation', { limit: 2 });
    expect(doc.results).toHaveLength(2);
    expect(doc.query).toEqual({
      verb: 'papers',
      term: 'image generation',
      resolved: { id: termId('C'), label: 'image generation', papers: 4 },
      limit: 2,
      sort: 'relevance',
    });
  });
});

describe('evidenceOf', () => {
  const paper = (abstract: string, sentences: [number, number][]): PaperNodeAttributes => ({
    kind: 'paper',
    paperId: 'x',
    label: 'A Title',
    abstract,
    sentences,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
    color: '#000',
    degree: 0,
  });
  const edge = (spans: EdgeAttributes['spans']): EdgeAttributes => ({
    kind: 'mention',
    weight: 1,
    mentions: 1,
    spans,
  });

  it('merges mentions in one sentence and sorts them', () => {
    const abstract = 'One GAN. Two GAN and GAN.';
    const result = evidenceOf(
      paper(abstract, [
        [0, 8],
        [9, 25],
      ]),
      edge([
        [1, 1, 21, 24],
        [1, 1, 13, 16],
      ]),
    );
    expect(result).toEqual([
      {
        field: 'abstract',
        sentence: 1,
        text: 'Two GAN and GAN.',
        highlights: [
          [4, 7],
          [12, 15],
        ],
      },
    ]);
  });

  it('falls back to a window when the sentence span is missing, and skips spans outside the text', () => {
    const abstract = 'Short text about GANs';
    const result = evidenceOf(
      paper(abstract, []),
      edge([
        [1, 4, 17, 21],
        [1, 0, 50, 60],
        [0, 0, 2, 7],
      ]),
    );
    expect(result).toEqual([
      { field: 'title', sentence: 0, text: 'A Title', highlights: [[2, 7]] },
      { field: 'abstract', sentence: 4, text: abstract, highlights: [[17, 21]] },
    ]);
  });
});

describe('terms', () => {
  it.each([
    // p1: A (method, 3), L (method, 1), C (task, 1): methods first, by weight.
    ['p1', ['variational autoencoder', 'variational auto encoder', 'image generation'], [3, 1, 1]],
    // p3: A (method, 2), B (method, 1), C (task, 1).
    ['paper:p3', ['variational autoencoder', 'sparse autoencoder', 'image generation'], [2, 1, 1]],
    // p6: C (task), E (metric), F (concept): type order method, task, dataset, metric, concept.
    ['Evaluating samples with FID', ['image generation', 'FID', 'latent space'], [1, 1, 1]],
  ])('lists the terms of %s by type then weight', (paper, labels, weights) => {
    const results = termsOf(index, paper).results;
    expect(results.map((r) => r.label)).toEqual(labels);
    expect(results.map((r) => r.score)).toEqual(weights);
  });

  it('gives type, mentions and the resolved paper', () => {
    const doc = termsOf(index, 'p1');
    expect(doc.results[0]).toEqual({
      id: termId('A'),
      label: 'variational autoencoder',
      type: 'method',
      community: 0,
      score: 3,
      mentions: 3,
    });
    expect(doc.query.resolved).toEqual({
      id: 'paper:p1',
      paperId: 'p1',
      label: 'Variational Autoencoders for Image Generation',
      year: 2019,
    });
  });
});
