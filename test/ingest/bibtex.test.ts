// Tests the BibTeX reader: LaTeX accents and braces, @string/@comment/@preamble, free text before the first
// entry, unbalanced braces and other broken entries as issues with their lines, and detection.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('BibTeX files', () => {
  it('reads entries with LaTeX accents, braces, @string macros and creators into papers', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('bibtex-good.bib'));
    expect(warnings).toEqual([]);
    expect(papers).toEqual([
      {
        id: '10.1162/tacl_a_00001',
        doi: '10.1162/tacl_a_00001',
        // {Sparse}, {L}ong: case-protecting braces removed; {\"u} -> ü.
        title: 'Sparse Attention for Long Documents in München',
        // \emph dropped, {\ss} -> ß, \'e -> é, the copyright sentence at the end removed.
        abstract:
          'We study sparse attention for long documents in Straße-level address parsing and café reviews. Our method halves memory use.',
        year: 2021,
        authors: ['Jörg Müller', 'Ada Lovelace', 'Google Research'],
        // tacl # " 9": a @string macro concatenated with text.
        venue: 'Transactions of the ACL 9',
        url: 'https://aclanthology.org/2021.tacl-1.1',
      },
      {
        id: expect.stringMatching(/^t-[0-9a-f]{12}$/),
        title: 'Graph Neural Networks for Citation Recommendation',
        // $\alpha$ -> α, \& -> &, \% -> %.
        abstract:
          'Citation recommendation with α-weighted graph neural networks & text encoders improves recall by 12% over text-only baselines.',
        year: 2019,
        authors: ['Jan-Peter van der Berg', 'Grace Hopper'],
        venue: 'Proceedings of the Annual Meeting of the ACL',
      },
      {
        id: expect.stringMatching(/^t-/),
        title: 'Contrastive Pretraining of Sentence Encoders',
        abstract: 'We pretrain sentence encoders with a contrastive objective on paraphrase pairs.',
        // biblatex date instead of year; an arXiv eprint as the link.
        year: 2020,
        authors: ['Alan Turing'],
        url: 'https://arxiv.org/abs/2005.00001',
      },
      expect.objectContaining({
        title: 'Learning to Rank with Weak Supervision',
        authors: ['Grace Hopper', 'Edsger W. Dijkstra'],
        venue: 'Information Retrieval Journal',
        year: 2018,
      }),
    ]);
    // Each paper's line is its @type{ line, after the free text, the @preamble, @string and @comment.
    const text = readFileSync(fixture('bibtex-good.bib'), 'utf8').split('\n');
    expect(lines.map((line) => text[(line ?? 0) - 1])).toEqual([
      '@article{mueller2021sparse,',
      '@inproceedings{vanderberg2019graph,',
      '@misc{turing2020arxiv,',
      '@ARTICLE(hopper2018rank,',
    ]);
    // The @book has no abstract: one issue naming the entry key and its line.
    expect(skipped).toEqual([
      {
        file: fixture('bibtex-good.bib'),
        line: text.indexOf('@book{knuth1984tex,') + 1,
        message: 'entry "knuth1984tex": record has no abstract ("The TeXbook")',
      },
    ]);
  });

  it('reports broken entries with their lines and still reads the others (BOM, CRLF)', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('bibtex-malformed.bib'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'A Good First Entry',
      'A Good Second Entry',
      'An Entry Whose Journal Is An Undefined Macro',
      'A Good Last Entry',
    ]);
    expect(lines).toEqual([3, 15, 26, 38]);
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [9, expect.stringMatching(/^BibTeX entry "unclosed-brace" cannot be read: unbalanced braces/)],
      [21, expect.stringMatching(/^BibTeX entry "missing-comma" cannot be read: .*missing comma/)],
      [33, 'entry "no-abstract": record has no abstract ("An Entry Without Abstract")'],
    ]);
    // An undefined macro keeps the entry, with a warning on its line.
    expect(warnings).toEqual([
      {
        file: fixture('bibtex-malformed.bib'),
        line: 26,
        message: 'entry "undefined-macro": @string macro "jmlr" is not defined; its name is kept as the text',
      },
    ]);
    expect(papers[2].venue).toBe('jmlr');
  });

  it('reads an unclosed last entry as an issue without losing the ones before', async () => {
    const { write } = tempDir('bibtex-last');
    const file = write(
      'last.bib',
      `@article{a,\n  title = {First},\n  abstract = {${ABSTRACT}}\n}\n\n@article{b,\n  title = {Second {Paper},\n  abstract = {${ABSTRACT}}\n}\n`,
    );
    const { papers, skipped } = await collect(file);
    expect(papers.map((paper) => paper.title)).toEqual(['First']);
    expect(skipped).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringMatching(/"b".*unbalanced/) }),
    ]);
  });

  it('rejects a .bib file without any entry as BAD_INPUT', async () => {
    const { write } = tempDir('bibtex-empty');
    const file = write('notes.bib', 'Just some notes, no entries.\n');
    await expect(collect(file)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file,
      message: /no BibTeX entry/,
    });
  });

  it.each([
    ['refs.bib', 'anything'],
    ['refs.bibtex.gz', 'anything'],
    ['refs.dat', '% JabRef\nSome free text\n\n@article{key,\n  title = {T}\n}\n'],
    ['refs.txt', '@inproceedings{key, title = {T}}\n'],
  ])('detects %s as bibtex', (file, head) => {
    expect(detectFormat(file, head)).toBe('bibtex');
  });

  it('reads a .bib file through the format override when it is named otherwise', async () => {
    const { write } = tempDir('bibtex-override');
    const file = write('refs.json', `@article{a, title = {Only One}, abstract = {${ABSTRACT}}}`);
    const { papers } = await collect(file, 'bibtex');
    expect(papers.map((paper) => paper.title)).toEqual(['Only One']);
  });
});
