// Tests the PubMed XML reader: labelled abstract parts, MedlineDate, translated titles, collective authors,
// DOIs from ELocationID or ArticleIdList, inline markup and CDATA; malformed articles with lines; detection.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { collect, fixture } from './collect-records';

describe('PubMed XML', () => {
  it('reads articles into papers', async () => {
    const { papers, lines, issues } = await collect(fixture('pubmed-good.xml'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([4, 52, 79]);
    expect(papers).toEqual([
      {
        id: 'PMID:33400001',
        title: 'Sparse attention for long clinical notes.',
        // Labelled parts joined with their labels; CopyrightInformation left out; markup removed.
        abstract:
          'BACKGROUND: Clinical notes are long and transformers scale quadratically. METHODS: We apply sparse attention to notes from Ca2+ imaging and in vivo studies. RESULTS: Memory use halves at equal accuracy (p < 0.01).',
        doi: '10.1016/j.jbi.2021.103700',
        year: 2021,
        authors: ['Ada Lovelace', 'Jörg Müller'],
        venue: 'Journal of biomedical informatics',
        url: 'https://pubmed.ncbi.nlm.nih.gov/33400001/',
      },
      {
        id: 'PMID:10500002',
        // A translated title loses its brackets.
        title: 'Graph neural networks for citation recommendation in medicine',
        abstract:
          'Citation recommendation helps physicians find related work; we propose a graph neural network.',
        // MedlineDate "1998 Dec-1999 Jan".
        year: 1998,
        authors: ['G Hopper', 'Citation Study Group'],
        venue: 'Zeitschrift fur medizinische Informatik',
        url: 'https://pubmed.ncbi.nlm.nih.gov/10500002/',
      },
      expect.objectContaining({
        id: 'PMID:36000003',
        title: 'Contrastive pretraining of sentence encoders for H2O & CO2 literature.',
        // CDATA text with a bare "<".
        abstract: 'We pretrain sentence encoders with a contrastive objective; scores improve by < 2 points.',
        // Only in ArticleIdList.
        doi: '10.3389/frai.2022.000003',
        authors: ['Alan M Turing'],
      }),
    ]);
  });

  it('reports articles without abstract, with a broken tag or never closed, with their lines', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('pubmed-malformed.xml'));
    expect(warnings).toEqual([]);
    expect(papers.map((paper) => paper.id)).toEqual(['PMID:20000004']);
    expect(lines).toEqual([29]);
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [4, 'PMID 20000001: record has no abstract ("An article without an abstract.")'],
      [14, expect.stringMatching(/^malformed <PubmedArticle> \(line 19\): .*'AbstractText'/)],
      [23, '<PubmedArticle> is not closed before the next article on line 29'],
    ]);
  });

  it('rejects an arXiv feed read as pubmed-xml', async () => {
    await expect(collect(fixture('arxiv-good.xml'), 'pubmed-xml')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/not PubMed XML: the root element is <feed>/),
    });
  });

  it.each([
    [
      'pubmed_result.xml',
      '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n',
    ],
    ['pubmed24n0001.xml.gz', '<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet><PubmedArticle>'],
    ['efetch', '<PubmedArticleSet>\n<PubmedArticle>'],
  ])('detects %s as pubmed-xml', (file, head) => {
    expect(detectFormat(file, head)).toBe('pubmed-xml');
  });
});
