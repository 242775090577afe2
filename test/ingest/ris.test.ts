// Tests the RIS reader: Zotero/Mendeley/Scopus records (BOM, CRLF, N2 abstracts, wrapped lines, DOIs in UR),
// and records missing ER or TY, numbering lines and stray carriage returns, with line numbers; detection.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('RIS files', () => {
  it('reads Zotero, Mendeley and Scopus records (BOM, CRLF) into papers', async () => {
    const { papers, lines, issues } = await collect(fixture('ris-good.ris'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([1, 13, 25]);
    expect(papers).toEqual([
      {
        id: '10.1162/tacl_a_00001',
        doi: '10.1162/tacl_a_00001',
        title: 'Sparse Attention for Long Documents',
        abstract: 'We study sparse attention patterns for long documents. Our method halves memory use.',
        year: 2021,
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'Transactions of the Association for Computational Linguistics',
        url: 'https://aclanthology.org/2021.tacl-1.1',
      },
      {
        // No DO line: the DOI comes from the doi.org link. The ID line is not the paper id.
        id: '10.18653/v1/d19-1001',
        doi: '10.18653/v1/d19-1001',
        title: 'Graph Neural Networks for Citation Recommendation',
        // N2 instead of AB, wrapped onto a second line.
        abstract:
          'Citation recommendation helps authors find related work. We propose a graph neural network over the citation graph and show gains over text-only baselines.',
        year: 2019,
        authors: ['Grace Hopper', 'Jan-Peter van der Berg'],
        venue: 'Proceedings of EMNLP',
        url: 'https://doi.org/10.18653/v1/D19-1001',
      },
      expect.objectContaining({
        title: 'Learning to Rank with Weak Supervision',
        // The Scopus copyright line is removed from the end of the abstract.
        abstract: 'We learn rankers from click logs with weak supervision and noise-aware losses.',
        authors: ['E.W. Dijkstra'],
        venue: 'Information Processing & Management',
      }),
    ]);
  });

  it('reports malformed records with their lines and reads what it can', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('ris-malformed.ris'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'A Record Without Its ER Line',
      'A Record Without TY',
      'The Last Record, Never Closed',
    ]);
    expect(lines).toEqual([4, 20, 25]);
    // The numbering line "2." between the first record and the next TY is not part of its year.
    expect(papers[0].year).toBe(2020);
    // A stray \r inside the abstract is a space, not a line break.
    expect(papers[1].abstract).toBe(
      'This abstract is long enough to be kept by the validator, even with a stray carriage return.',
    );
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [10, 'record has no abstract ("A Record Without Abstract")'],
      [16, 'record has no title'],
    ]);
    expect(warnings.map((issue) => [issue.line, issue.message])).toEqual([
      [4, 'RIS record has no ER line before the next TY (line 10); read anyway'],
      [20, 'RIS record has no TY line; read anyway'],
      [20, 'year "n.d." is not a number; kept without year'],
      [25, 'RIS record is not closed by an ER line at the end of the file; read anyway'],
    ]);
  });

  it('names a record by its ID line in issues', async () => {
    const { write } = tempDir('ris-id');
    const file = write('id.ris', 'TY  - JOUR\nID  - 17\nTI  - No Abstract Here\nER  - \n');
    const { skipped } = await collect(file);
    expect(skipped).toEqual([
      { file, line: 1, message: 'record ID 17: record has no abstract ("No Abstract Here")' },
    ]);
  });

  it('tolerates one space before the hyphen and an ER without a trailing space', async () => {
    const { write } = tempDir('ris-spacing');
    const file = write('spacing.ris', `TY - JOUR\nTI - Tight Spacing\nAB - ${ABSTRACT}\nPY - 2020\nER  -\n`);
    const { papers, issues } = await collect(file);
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      expect.objectContaining({ title: 'Tight Spacing', abstract: ABSTRACT, year: 2020 }),
    ]);
  });

  it('rejects a file without any record read as ris', async () => {
    await expect(collect(fixture('scopus.csv'), 'ris')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file: fixture('scopus.csv'),
      message: expect.stringMatching(/no RIS record/),
    });
  });

  it.each([
    ['refs.ris', 'anything'],
    ['refs.ris.gz', 'anything'],
    ['refs.dat', '\ufeffTY  - JOUR\r\nTI  - T\r\n'],
    ['export.txt', '1.\nTY  - JOUR\nTI  - T\n'],
    ['export', 'Record 1 of 2\n\nTY  - CONF\n'],
  ])('detects %s as ris', (file, head) => {
    expect(detectFormat(file, head)).toBe('ris');
  });
});
