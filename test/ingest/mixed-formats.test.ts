// Tests one build over every new input format at once through readPapers: each file's format detected on its
// own, duplicates merged across formats (by DOI and normalised title), stats that add up.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPapers } from '../../src/ingest';
import { fixture, tempDir } from './collect-records';

const FILES = [
  'bibtex-good.bib',
  'ris-good.ris',
  'arxiv-good.xml',
  'pubmed-good.xml',
  'openalex-works.jsonl',
  'semantic-scholar-page.json',
  'wos-good.txt',
  'wos-tab.txt',
  'scopus.csv',
  'lens.csv',
  'embase.csv',
].map(fixture);

describe('a build from mixed formats', () => {
  it('detects each format, merges the same papers across formats and counts everything once', async () => {
    const { papers, issues, stats } = await readPapers(FILES);
    // Four BibTeX papers; every RIS, arXiv, OpenAlex, WoS, Scopus and Lens record repeats one of them (by DOI or
    // normalised title); PubMed adds 3, Semantic Scholar BERT, the WoS table the "Smart" paper; Embase repeats
    // a PubMed article by DOI.
    expect(papers.map((paper) => paper.title)).toEqual([
      'Sparse Attention for Long Documents in München',
      'Graph Neural Networks for Citation Recommendation',
      'Contrastive Pretraining of Sentence Encoders',
      'Learning to Rank with Weak Supervision',
      'Sparse attention for long clinical notes.',
      'Graph neural networks for citation recommendation in medicine',
      'Contrastive pretraining of sentence encoders for H2O & CO2 literature.',
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      '"Smart" citation recommendation with graph neural networks',
    ]);
    // 5 + 3 + 3 + 3 + 3 + 3 + 2 + 2 + 3 + 2 + 1 records; skipped: the BibTeX book, the OpenAlex work and the
    // Semantic Scholar paper without abstract, the Scopus "[No abstract available]".
    expect(stats).toEqual({ files: 11, read: 30, kept: 9, skipped: 4, duplicates: 17 });
    expect(stats.read).toBe(stats.kept + stats.skipped + stats.duplicates);
    // Later copies fill what the first lacks: the BibTeX misc gets the arXiv DOI and venue.
    expect(papers[2]).toMatchObject({ doi: '10.1000/contrastive', venue: 'arXiv', year: 2020 });
    // ... and the BibTeX inproceedings the DOI of the RIS copy.
    expect(papers[1].doi).toBe('10.18653/v1/d19-1001');
    // One paper per DOI.
    const dois = papers.flatMap((paper) => (paper.doi ? [paper.doi] : []));
    expect(new Set(dois).size).toBe(dois.length);
    // Every issue names one of the files and a line.
    expect(issues.every((issue) => FILES.includes(issue.file) && typeof issue.line === 'number')).toBe(true);
    expect(issues.map((issue) => issue.file)).toEqual([
      fixture('bibtex-good.bib'),
      // The DOI-derived id comes back with a different title (the BibTeX one has "in München").
      fixture('ris-good.ris'),
      fixture('openalex-works.jsonl'),
      fixture('semantic-scholar-page.json'),
      fixture('scopus.csv'),
    ]);
  });

  it('reads the same files gzip-compressed and under extensions that say nothing', async () => {
    const { write } = tempDir('mixed-gz');
    const renamed = FILES.map((file, i) =>
      i % 2 === 0
        ? write(`input-${i}.gz`, gzipSync(readFileSync(file)))
        : write(`input-${i}.dat`, readFileSync(file)),
    );
    // The .xml, .ris, .bib, .csv, .jsonl, .json and WoS files are all recognised by their content.
    const [plain, disguised] = await Promise.all([readPapers(FILES), readPapers(renamed)]);
    expect(disguised.papers).toEqual(plain.papers);
    expect(disguised.stats).toEqual(plain.stats);
  });
});
