// Tests the CSV and TSV readers: quoting, embedded newlines, BOM, CRLF, header aliases, short rows, bad quotes.
import { describe, expect, it } from 'vitest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('CSV files', () => {
  it('reads quoted fields with commas, doubled quotes, embedded CRLF newlines and a BOM', async () => {
    const { papers, issues, lines } = await collect(fixture('good.csv'));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      {
        id: 'p1',
        title: 'Sparse Attention, for Long Documents',
        abstract: 'We study sparse attention. A second line, with a comma and "quotes".',
        year: 2021,
        authors: ['Ada Lovelace', 'Alan Turing'],
      },
      {
        id: 'p2',
        title: 'Graph Neural Networks for Citation Recommendation',
        abstract: 'Citation recommendation helps authors find related work with a GNN.',
        year: 2019,
      },
    ]);
    // The first record starts on line 2 and spans 2 lines; a blank line precedes the second.
    expect(lines).toEqual([2, 5]);
  });

  it('understands an IEEE Xplore export (Document Title, Publication Year, DOI, PDF Link)', async () => {
    const { papers, issues } = await collect(fixture('ieee.csv'));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      {
        id: '10.1109/acl.2021.1',
        doi: '10.1109/acl.2021.1',
        title: 'Sparse Attention for Long Documents',
        abstract: 'We study sparse attention patterns for long documents and halve memory use.',
        year: 2021,
        authors: ['A. Lovelace', 'A. Turing'],
        venue: 'Proc. ACL',
        url: 'https://ieeexplore.ieee.org/stamp/1',
      },
    ]);
  });

  it.each([
    ['Article Title', 'Abstract'],
    ['paper_title', 'abstract_text'],
    ['NAME', 'Description'],
  ])('accepts the header aliases %s / %s', async (title, abstract) => {
    const { write } = tempDir('csv-alias');
    const file = write('alias.csv', `${title},${abstract}\nA Paper,"${ABSTRACT}"\n`);
    const { papers } = await collect(file);
    expect(papers.map((paper) => [paper.title, paper.abstract])).toEqual([['A Paper', ABSTRACT]]);
  });

  it('reads semicolon-separated CSV', async () => {
    const { write } = tempDir('csv-semicolon');
    const file = write('semi.csv', `title;abstract;year\nA Paper;"${ABSTRACT}";2020\n`);
    const { papers } = await collect(file);
    expect(papers.map((paper) => [paper.title, paper.year])).toEqual([['A Paper', 2020]]);
  });

  it('turns a short row into an issue with its line number and goes on', async () => {
    const { papers, skipped } = await collect(fixture('short-row.csv'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'Sparse Attention for Long Documents',
      'Contrastive Pretraining of Sentence Encoders',
    ]);
    expect(skipped).toEqual([
      { file: fixture('short-row.csv'), line: 3, message: 'row has 1 field but the header has 3' },
    ]);
  });

  it('rejects an unbalanced quote that swallows the rest of the file, naming file and line', async () => {
    await expect(collect(fixture('unbalanced-quote.csv'))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file: fixture('unbalanced-quote.csv'),
      line: 3,
      message: expect.stringMatching(/unbalanced quote.*line 3/),
    });
  });

  it('rejects a header without an abstract column, listing the columns', async () => {
    await expect(collect(fixture('no-abstract-column.csv'))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file: fixture('no-abstract-column.csv'),
      message: expect.stringMatching(/no abstract .*column.*"title", "year", "venue"/),
    });
  });

  it('treats column names like "constructor" as plain columns', async () => {
    const { write } = tempDir('csv-proto');
    const file = write('proto.csv', `constructor,title,toString,abstract\nx,A Paper,y,"${ABSTRACT}"\n`);
    const { papers, issues } = await collect(file);
    expect(issues).toEqual([]);
    expect(papers.map((paper) => paper.title)).toEqual(['A Paper']);
  });

  it('skips lines of bare delimiters without an issue', async () => {
    const { write } = tempDir('csv-blank-rows');
    const file = write('blank-rows.csv', `title,abstract\n,\n  \nA Paper,"${ABSTRACT}"\n`);
    const { papers, issues, lines } = await collect(file);
    expect(issues).toEqual([]);
    expect(lines).toEqual([4]);
    expect(papers).toHaveLength(1);
  });

  it('rejects a header without a title column', async () => {
    const { write } = tempDir('csv-no-title');
    const file = write('no-title.csv', `heading,abstract\nA Paper,"${ABSTRACT}"\n`);
    await expect(collect(file)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/no title/),
    });
  });
});

describe('TSV files', () => {
  it('reads tab-separated records with aliases, bare quotes inside fields and a quoted field', async () => {
    const { papers, issues } = await collect(fixture('good.tsv'));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      expect.objectContaining({
        title: 'Sparse Attention for Long Documents',
        abstract: 'We study sparse attention patterns for long documents, with "quotes" inside.',
        year: 2021,
        venue: 'ACL',
      }),
      expect.objectContaining({ title: 'Quoted, title', year: 2019, venue: 'EMNLP' }),
    ]);
  });
});
