// Tests OpenAlex works in JSON (an API page with `results`, a single work) and JSON Lines: the abstract rebuilt
// from abstract_inverted_index, authorships, venue from primary_location/host_venue, the short W id.
import { describe, expect, it } from 'vitest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

const FIRST = {
  id: 'W3100000001',
  title: 'Sparse Attention for Long Documents',
  // Rebuilt from the inverted index; the trailing copyright sentence removed.
  abstract: 'We study sparse attention patterns for long documents. Our method halves memory use.',
  doi: '10.1162/tacl_a_00001',
  year: 2021,
  authors: ['Ada Lovelace', 'Alan Turing'],
  venue: 'Transactions of the Association for Computational Linguistics',
  url: 'https://doi.org/10.1162/tacl_a_00001',
};

const THIRD = {
  id: 'W2800000003',
  // `title` holds markup; `display_name` would be the plain copy.
  title: 'Contrastive Pretraining of Sentence Encoders',
  abstract: 'We pretrain sentence encoders with a contrastive objective on paraphrase pairs.',
  doi: '10.1000/contrastive',
  year: 2020,
  // The older host_venue.
  venue: 'arXiv (Cornell University)',
};

describe('OpenAlex works', () => {
  it.each([
    ['an API page (JSON with results)', 'openalex-page.json', [10, 136], 114],
    ['JSON Lines', 'openalex-works.jsonl', [1, 3], 2],
  ])('reads %s', async (_what, name, lines, skippedLine) => {
    const result = await collect(fixture(name));
    expect(result.papers).toEqual([FIRST, THIRD]);
    expect(result.lines).toEqual(lines);
    // A null abstract_inverted_index is no abstract.
    expect(result.skipped).toEqual([
      expect.objectContaining({
        line: skippedLine,
        message: expect.stringMatching(
          /record has no abstract \("Graph Neural Networks for Citation Recommendation"\)$/,
        ),
      }),
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads a single work object', async () => {
    const { write } = tempDir('openalex-single');
    const work = {
      id: 'https://openalex.org/W123',
      display_name: 'A Single Work',
      publication_year: 2022,
      abstract_inverted_index: Object.fromEntries(
        ABSTRACT.split(' ').map((word, _, words) => [word, words.flatMap((w, j) => (w === word ? [j] : []))]),
      ),
      authorships: [{ author: { display_name: 'Grace Hopper' } }],
    };
    const { papers, issues } = await collect(write('W123.json', JSON.stringify(work)));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      { id: 'W123', title: 'A Single Work', abstract: ABSTRACT, year: 2022, authors: ['Grace Hopper'] },
    ]);
  });
});
