// Tests Semantic Scholar Graph API papers in JSON (a page with `data`) and JSON Lines: paperId as id, the DOI
// from externalIds, the venue from `journal` when `venue` is empty, null abstracts as issues.
import { describe, expect, it } from 'vitest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('Semantic Scholar papers', () => {
  it('reads an API page with data', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('semantic-scholar-page.json'));
    expect(warnings).toEqual([]);
    expect(lines).toEqual([6, 54]);
    expect(papers).toEqual([
      {
        id: '649def34f8be52c8b66281af98ae884c09aef38b',
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        abstract:
          'We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers.',
        doi: '10.18653/v1/n19-1423',
        year: 2019,
        authors: ['Jacob Devlin', 'Ming-Wei Chang'],
        venue: 'North American Chapter of the Association for Computational Linguistics',
        url: 'https://www.semanticscholar.org/paper/649def34f8be52c8b66281af98ae884c09aef38b',
      },
      {
        id: '0b0c0d0e0f000000000000000000000000000003',
        title: 'Learning to Rank with Weak Supervision',
        abstract: 'We learn rankers from click logs with weak supervision and noise-aware losses.',
        doi: '10.1000/s2.rank',
        // year null: the year of publicationDate.
        year: 2018,
        authors: ['Grace Hopper'],
        venue: 'Information Retrieval Journal',
        url: 'https://www.semanticscholar.org/paper/0b0c0d0e0f000000000000000000000000000003',
      },
    ]);
    expect(skipped).toEqual([
      expect.objectContaining({
        line: 36,
        message: 'item 2: record has no abstract ("Attention is All you Need")',
      }),
    ]);
  });

  it('reads JSON Lines of papers (bulk search output)', async () => {
    const { write } = tempDir('s2-jsonl');
    const paper = (n: number) => ({
      paperId: `${n}`.padStart(40, 'a'),
      externalIds: { DOI: `10.1000/s2.${n}`, CorpusId: n },
      title: `Paper ${n}`,
      abstract: ABSTRACT,
      venue: '',
      publicationVenue: { name: 'Venue Name' },
      year: 2020 + n,
      authors: [{ authorId: `${n}`, name: 'Ada Lovelace' }],
    });
    const file = write('bulk.jsonl', `${JSON.stringify(paper(1))}\n${JSON.stringify(paper(2))}\n`);
    const { papers, issues } = await collect(file);
    expect(issues).toEqual([]);
    expect(papers.map((p) => [p.id, p.doi, p.venue, p.year])).toEqual([
      [`${'a'.repeat(39)}1`, '10.1000/s2.1', 'Venue Name', 2021],
      [`${'a'.repeat(39)}2`, '10.1000/s2.2', 'Venue Name', 2022],
    ]);
  });
});
