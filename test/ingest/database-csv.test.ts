// Tests CSV exports of bibliographic databases through the CSV alias table: Scopus (full names with author
// ids, "Source" = "Scopus", "[No abstract available]", copyright lines), Lens (`null` cells, JATS abstracts)
// and Embase ("A B., C D." author lists).
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('database CSV exports', () => {
  it('reads a Scopus export', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('scopus.csv'));
    expect(warnings).toEqual([]);
    expect(lines).toEqual([2, 4]);
    expect(papers).toEqual([
      {
        id: '2-s2.0-85100000001',
        title: 'Sparse attention for long documents',
        abstract: 'We study sparse attention patterns for long documents. Our method halves memory use.',
        doi: '10.1016/j.ipm.2021.102500',
        year: 2021,
        // "Author full names" with Scopus author ids, over "Authors".
        authors: ['Ada Lovelace', 'Alan Turing'],
        // "Source title", not "Source" (which says "Scopus").
        venue: 'Information Processing and Management',
        url: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85100000001&doi=10.1016%2fj.ipm.2021.102500&partnerID=40&md5=abc',
      },
      expect.objectContaining({
        id: '2-s2.0-85040000003',
        abstract: 'We learn rankers from click logs with weak supervision.',
        authors: ['Edsger W. Dijkstra'],
      }),
    ]);
    expect(skipped).toEqual([
      {
        file: fixture('scopus.csv'),
        line: 3,
        message: 'record has no abstract ("Graph neural networks for citation recommendation")',
      },
    ]);
  });

  it('reads a Lens export with null cells and JATS abstracts', async () => {
    const { papers, issues } = await collect(fixture('lens.csv'));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      {
        id: '001-234-567-890-123',
        title: 'Sparse Attention for Long Documents',
        abstract: 'We study sparse attention patterns for long documents. Our method halves memory use.',
        doi: '10.1162/tacl_a_00001',
        year: 2021,
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'Transactions of the Association for Computational Linguistics',
        url: 'https://doi.org/10.1162/tacl_a_00001',
      },
      {
        // "null" year, venue, URL and DOI: missing, without warnings; the year from "Date Published".
        id: '002-345-678-901-234',
        title: 'Graph Neural Networks for Citation Recommendation',
        abstract: 'Citation recommendation helps authors find related work with a graph neural network.',
        year: 2019,
        authors: ['Grace Hopper'],
      },
    ]);
  });

  it('reads an Embase export', async () => {
    const { papers, issues } = await collect(fixture('embase.csv'));
    expect(issues).toEqual([]);
    expect(papers).toEqual([
      {
        id: '10.1016/j.jbi.2021.103700',
        title: 'Sparse attention for long clinical notes',
        abstract:
          'Background: Clinical notes are long. Methods: We apply sparse attention to long clinical notes. Results: Memory use halves.',
        doi: '10.1016/j.jbi.2021.103700',
        year: 2021,
        // "Lovelace A., Turing A.": one comma-separated list.
        authors: ['Lovelace A.', 'Turing A.'],
        venue: 'Journal of Biomedical Informatics',
        url: 'https://www.embase.com/search/results?id=L2000000001',
      },
    ]);
  });

  it('splits an old Scopus author list and keeps "Source" as the venue when there is no source title', async () => {
    const { write } = tempDir('scopus-old');
    const file = write(
      'scopus-old.csv',
      `Authors,Title,Year,Source,Abstract\n"Lovelace A., Turing A., van der Berg J.-P.",A Paper,2017,Some Journal,"${ABSTRACT}"\n`,
    );
    const { papers } = await collect(file);
    expect(papers).toEqual([
      expect.objectContaining({
        authors: ['Lovelace A.', 'Turing A.', 'van der Berg J.-P.'],
        venue: 'Some Journal',
      }),
    ]);
  });

  it.each([
    ['scopus.dat', '\ufeff"Authors","Author full names","Author(s) ID","Title","Year","Source title"\r\n'],
    ['lens.dat', 'Lens ID,Title,Date Published,Publication Year,Author/s,Abstract\n'],
    ['ieee', '"Document Title","Authors","Publication Title","Abstract"\n'],
  ])('detects %s as csv by its header', (file, head) => {
    expect(detectFormat(file, head)).toBe('csv');
  });
});
