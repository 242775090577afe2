// runQuery: string parameters checked and turned into each verb's options; every failure names the parameter.

import { describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { createQueryIndex, QUERY_VERBS, type QueryParams, runQuery } from '../../src/query';
import { toyGraph } from './toy-graph';

const index = createQueryIndex(toyGraph());

function errorOf(verb: string, params: QueryParams): LitgraphError {
  try {
    runQuery(index, verb, params);
  } catch (error) {
    return error as LitgraphError;
  }
  throw new Error('expected a LitgraphError');
}

describe('runQuery parameter checks', () => {
  it.each([
    ['bogus', {}, /^unknown query verb "bogus"; expected one of neighbours, papers, terms, path/],
    ['neighbours', {}, /^term is required$/],
    ['neighbours', { term: '  ' }, /^term is required$/],
    ['neighbours', { term: 'VAE', depth: '0' }, /^depth must be an integer from 1 to 3$/],
    ['neighbours', { term: 'VAE', depth: '4' }, /^depth must be an integer from 1 to 3$/],
    ['neighbours', { term: 'VAE', depth: '1.5' }, /^depth must be an integer from 1 to 3$/],
    ['neighbours', { term: 'VAE', depth: 'two' }, /^depth must be an integer from 1 to 3$/],
    ['neighbours', { term: 'VAE', limit: '0' }, /^limit must be an integer from 1 to 500$/],
    ['neighbours', { term: 'VAE', limit: '501' }, /^limit must be an integer from 1 to 500$/],
    ['neighbours', { term: 'VAE', limit: '-3' }, /^limit must be an integer from 1 to 500$/],
    ['neighbours', { term: 'VAE', limit: '' }, /^limit must be an integer from 1 to 500$/],
    ['neighbours', { term: 'VAE', by: 'pmi' }, /^by must be one of cooccurrence, association, jaccard$/],
    [
      'neighbours',
      { term: 'VAE', type: 'model' },
      /^type must be one of method, task, dataset, metric, concept/,
    ],
    ['neighbours', { term: 'VAE', type: 'method,' }, /^type must be one of/],
    ['neighbours', { term: 'VAE', depth: ['1', '2'] }, /^depth must be given once$/],
    [
      'neighbours',
      { term: 'VAE', sort: 'year' },
      /^unknown parameter "sort" for neighbours \(expected: term, depth/,
    ],
    ['papers', { term: 'VAE', sort: 'date' }, /^sort must be one of relevance, year$/],
    ['papers', { term: 'VAE', limit: '10x' }, /^limit must be an integer from 1 to 500$/],
    ['terms', {}, /^paper is required$/],
    ['path', { from: 'VAE' }, /^to is required$/],
    ['similar', { term: 'VAE', depth: '2' }, /^unknown parameter "depth" for similar/],
    ['community', { community: '' }, /^community is required$/],
    ['search', { text: 'x', limit: '1000' }, /^limit must be an integer from 1 to 500$/],
    ['communities', { limit: '3' }, /^unknown parameter "limit" for communities \(it takes none\)$/],
  ] as [string, QueryParams, RegExp][])('%s %j is bad usage', (verb, params, message) => {
    const error = errorOf(verb, params);
    expect(error.code).toBe('USAGE');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['neighbours', { term: 'nope' }],
    ['papers', { term: 'nope' }],
    ['terms', { paper: 'nope' }],
    ['path', { from: 'VAE', to: 'nope' }],
    ['similar', { term: 'nope' }],
    ['community', { community: 'nope' }],
  ] as [string, QueryParams][])('%s %j is not found', (verb, params) => {
    expect(errorOf(verb, params).code).toBe('NOT_FOUND');
  });
});

describe('runQuery answers', () => {
  it('turns strings into options and ignores undefined parameters', () => {
    const doc = runQuery(index, 'neighbours', {
      term: 'VAE',
      depth: ' 2 ',
      limit: '3',
      type: ['method', 'task,concept'],
      by: 'jaccard',
      sort: undefined,
    });
    expect(doc.query).toMatchObject({
      depth: 2,
      limit: 3,
      type: ['method', 'task', 'concept'],
      by: 'jaccard',
    });
    // Jaccard hop 1 without the dataset MNIST: C 1/2, L 1/5, B 1/6, F 1/7 → the best 3.
    expect(doc.results.filter((r) => r.hop === 1).map((r) => r.label)).toEqual([
      'image generation',
      'variational auto encoder',
      'sparse autoencoder',
    ]);
  });

  it.each([
    ['neighbours', { term: 'VAE' }],
    ['papers', { term: 'VAE', sort: 'year', limit: '2' }],
    ['terms', { paper: 'p1' }],
    ['path', { from: 'VAE', to: 'GMM' }],
    ['similar', { term: 'VAE', limit: '2' }],
    ['community', { community: '1' }],
    ['search', { text: 'auto' }],
    ['communities', {}],
    ['trends', { limit: '3' }],
  ] as [string, QueryParams][])('answers %s with a JSON document echoing the verb', (verb, params) => {
    const doc = runQuery(index, verb, params);
    expect(doc.query.verb).toBe(verb);
    expect(doc.results.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('covers every verb in the tests above', () => {
    expect([...QUERY_VERBS].sort()).toEqual(
      [
        'communities',
        'community',
        'neighbours',
        'papers',
        'path',
        'search',
        'similar',
        'terms',
        'trends',
      ].sort(),
    );
  });
});
