// Tests the Web of Science readers: the plain-text export (FN/VR header, 3-space continuations, ER/EF, BOM,
// CRLF) with malformed records and line numbers, and the tab-delimited export through the TSV reader.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { collect, fixture } from './collect-records';

describe('Web of Science plain text', () => {
  it('reads records with continuation lines (BOM, CRLF) into papers', async () => {
    const { papers, lines, issues } = await collect(fixture('wos-good.txt'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([3, 24]);
    expect(papers).toEqual([
      {
        id: 'WOS:000600000000001',
        // TI continued on an indented line; AB too, its copyright sentence removed.
        title: 'Sparse attention for long documents in low-resource settings',
        abstract:
          'We study sparse attention patterns for long documents. Our method halves memory use on three benchmarks.',
        doi: '10.1162/tacl_a_00001',
        year: 2021,
        // AF (full names) over AU, one per line, "Family, Given" turned around.
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'TRANSACTIONS OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS',
      },
      {
        id: 'WOS:000700000000002',
        title: 'Graph neural networks for citation recommendation',
        abstract: 'Citation recommendation helps authors find related work with a graph neural network.',
        doi: '10.1016/j.ipm.2021.102800',
        // Early access, no PY yet: the year of EA.
        year: 2022,
        authors: ['Grace Hopper'],
        venue: 'INFORMATION PROCESSING & MANAGEMENT',
      },
    ]);
  });

  it('reports malformed records with their lines and ignores text after EF', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('wos-malformed.txt'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'A record without its ER line',
      'A record without its PT line',
    ]);
    expect(lines).toEqual([3, 17]);
    expect(papers[1].abstract).toBe(
      'This abstract is long enough to be kept, even with a stray carriage return in it.',
    );
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [10, 'record WOS:000000000000002: record has no abstract ("A record without abstract")'],
      // An abstract that is only a copyright line is no abstract.
      [23, 'record has no abstract ("A record whose abstract is only a copyright line")'],
    ]);
    expect(warnings.map((issue) => [issue.line, issue.message])).toEqual([
      [3, 'Web of Science record has no ER line before the next PT (line 10); read anyway'],
      [17, 'Web of Science record has no PT line; read anyway'],
    ]);
  });

  it('rejects a file without any record read as wos (the tab-delimited export is tsv)', async () => {
    await expect(collect(fixture('wos-tab.txt'), 'wos')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/no Web of Science record.*tsv/),
    });
  });

  it.each([
    ['savedrecs.txt', '\ufeffFN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\n'],
    ['savedrecs.ciw', 'anything'],
    ['records.dat', 'PT J\nAU Lovelace, A\nTI T\n'],
    ['records', 'FN Thomson Reuters Web of Knowledge\nVR 1.0\n'],
  ])('detects %s as wos', (file, head) => {
    expect(detectFormat(file, head)).toBe('wos');
  });
});

describe('Web of Science tab-delimited', () => {
  it('maps the WoS tag header (a trailing tab per row, quotes inside titles, ID = Keywords Plus)', async () => {
    const { papers, lines, issues } = await collect(fixture('wos-tab.txt'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([2, 3]);
    expect(papers).toEqual([
      {
        id: 'WOS:000600000000001',
        title: 'Sparse attention for long documents',
        abstract: 'We study sparse attention patterns for long documents. Our method halves memory use.',
        doi: '10.1162/tacl_a_00001',
        year: 2021,
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'TRANSACTIONS OF THE ACL',
      },
      {
        // No UT: the id is the DOI, not the Keywords Plus of the ID column.
        id: '10.1007/s11192-020-00001-x',
        title: '"Smart" citation recommendation with graph neural networks',
        abstract: 'Citation recommendation helps authors find related work with a graph neural network.',
        doi: '10.1007/s11192-020-00001-x',
        year: 2020,
        authors: ['Grace Hopper'],
        venue: 'SCIENTOMETRICS',
      },
    ]);
  });

  it.each([
    ['savedrecs.txt', '\ufeffPT\tAU\tAF\tTI\tSO\tAB\tPY\tDI\tUT\r\nJ\t'],
    ['savedrecs.tsv', 'PT\tAU\tTI\tAB\r\n'],
    ['savedrecs.dat', 'PT\tAU\tTI\tAB\tUT\n'],
  ])('detects %s as tsv', (file, head) => {
    expect(detectFormat(file, head)).toBe('tsv');
  });
});
