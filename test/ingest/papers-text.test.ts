// Tests the papers-text reader: the bundled sample, boilerplate, the Subscribe prefix, and pairing errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/classify-line';
import { collect, fixture, tempDir } from './collect-records';

const SAMPLE = 'graph/samples/seed-papers.txt';

describe('the bundled sample (graph/samples/seed-papers.txt)', () => {
  const lines = readFileSync(SAMPLE, 'utf8').split(/\r?\n/);

  it('reads all 214 papers with no issues, pairing each title line with the next line', async () => {
    const { papers, issues } = await collect(SAMPLE);
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(214);
    expect(papers[0].title).toBe('Unsupervised Learning of Neurosymbolic Encoders');
    // After the 2 boilerplate lines, titles and abstracts alternate: check every pair against the file.
    const content = lines.slice(2).map((line) => line.trim());
    expect(content).toHaveLength(428);
    papers.forEach((paper, i) => {
      expect(paper.title).toBe(content[2 * i].replace(/^Subscribe/, ''));
      expect(paper.abstract).toBe(content[2 * i + 1]);
    });
  });

  it('skips the boilerplate lines and gives unique title-hash ids', async () => {
    const { papers, lines: recordLines } = await collect(SAMPLE);
    expect(lines.slice(0, 2).every((line) => line.startsWith('Get trending papers'))).toBe(true);
    expect(papers.some((paper) => /trending papers/i.test(paper.title))).toBe(false);
    expect(recordLines[0]).toBe(3);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(214);
    expect(papers.every((paper) => /^t-[0-9a-f]{12}$/.test(paper.id))).toBe(true);
  });
});

describe('papers-text fixtures', () => {
  it('reads a listing with boilerplate, blank lines and a glued "Subscribe"', async () => {
    const { papers, issues, lines } = await collect(fixture('papers-good.txt'));
    expect(issues).toEqual([]);
    expect(papers.map((paper) => paper.title)).toEqual([
      'Sparse Attention for Long Documents',
      'Graph Neural Networks for Citation Recommendation',
      'Contrastive Pretraining of Sentence Encoders',
    ]);
    expect(lines).toEqual([3, 6, 9]);
    expect(papers.every((paper) => paper.abstract.endsWith('.'))).toBe(true);
  });

  it('tolerates CRLF line endings', async () => {
    const { papers, issues } = await collect(fixture('papers-crlf.txt'));
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(papers.some((paper) => /\r/.test(paper.title + paper.abstract))).toBe(false);
  });

  it('reports two titles in a row (and a final title) with line numbers, then resynchronises', async () => {
    const { papers, skipped } = await collect(fixture('papers-two-titles.txt'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'Graph Neural Networks for Citation Recommendation',
      'Contrastive Pretraining of Sentence Encoders',
    ]);
    expect(skipped.map((issue) => issue.line)).toEqual([1, 7]);
    expect(skipped[0].message).toMatch(/title with no abstract.*Sparse Attention.*line 2 is another title/);
    expect(skipped[1].message).toMatch(/Learning to Rank.*end of file/);
  });

  it('reports an abstract with no title with its line number, then resynchronises', async () => {
    const { papers, skipped } = await collect(fixture('papers-orphan-abstract.txt'));
    expect(papers.map((paper) => paper.title)).toEqual([
      'Sparse Attention for Long Documents',
      'Contrastive Pretraining of Sentence Encoders',
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ line: 3, message: expect.stringMatching(/abstract with no title/) });
  });

  it('decides an ambiguous line by looking one line ahead', async () => {
    const { write } = tempDir('papers-text');
    const ambiguous =
      'Learning rankers from weak labels: a study of noise in large-scale click logs and its effect on training';
    const abstract =
      'We describe a long abstract with several sentences. It explains the method in detail. It ends with a period.';
    expect(classifyLine(ambiguous).kind).toBe('either');
    // Followed by a clear abstract, the ambiguous line is a title: the title before it has no abstract.
    const before = await collect(
      write('before-abstract.txt', ['A Study of Things', ambiguous, abstract].join('\n')),
    );
    expect(before.papers.map((paper) => paper.title)).toEqual([ambiguous]);
    expect(before.skipped.map((issue) => issue.line)).toEqual([1]);
    // Followed by a title, it is the expected abstract.
    const beforeTitle = await collect(
      write('before-title.txt', ['A Study of Things', ambiguous, 'Another Title'].join('\n')),
    );
    expect(beforeTitle.papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      ['A Study of Things', ambiguous],
    ]);
    expect(beforeTitle.skipped.map((issue) => issue.line)).toEqual([3]);
  });
});

describe('classifyLine', () => {
  const sample = readFileSync(SAMPLE, 'utf8').split(/\r?\n/).slice(2);

  it.each([
    ['Attention Is All You Need', 'title'],
    ['BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', 'title'],
    ['Convergent Learning: Do different neural networks learn the same representations?', 'title'],
    [
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms. Experiments on two machine translation tasks show these models to be superior in quality.',
      'abstract',
    ],
  ])('%s -> %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  it('never calls a sample title an abstract nor a sample abstract a title', () => {
    sample.forEach((line, i) => {
      const { kind } = classifyLine(line);
      expect(kind, line).not.toBe(i % 2 === 0 ? 'abstract' : 'title');
    });
  });
});
