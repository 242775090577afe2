// Tests readPapers: several files, duplicate merging (id, DOI, normalised title), stats, order and progress.
import { describe, expect, it, vi } from 'vitest';
import { readPapers } from '../../src/ingest';
import { ABSTRACT, fixture, tempDir } from './collect-records';

describe('readPapers', () => {
  it('merges duplicates within and across files, keeping the first and filling its missing fields', async () => {
    const files = [fixture('duplicates-a.jsonl'), fixture('duplicates-b.json')];
    const { papers, issues, stats } = await readPapers(files);
    expect(papers.map((paper) => paper.id)).toEqual(['d1', 'd2', 'd3']);
    // d1: a later copy with the same normalised title adds year and authors; the title stays the first one's.
    expect(papers[0]).toMatchObject({
      title: 'Sparse Attention for Long Documents',
      year: 2021,
      authors: ['Ada Lovelace'],
    });
    expect(papers[0].abstract).toMatch(/^We study sparse attention/);
    // d2: the same DOI (written differently) in the other file fills venue and year.
    expect(papers[1]).toMatchObject({ doi: '10.1000/gnn', venue: 'arXiv', year: 2020 });
    expect(papers[1].title).toBe('Graph Neural Networks for Citation Recommendation');
    expect(stats).toEqual({ files: 2, read: 6, kept: 3, skipped: 0, duplicates: 3 });
    // The same id with another title is still merged, with an issue.
    expect(issues).toEqual([
      {
        file: fixture('duplicates-a.jsonl'),
        line: 4,
        message: expect.stringMatching(/id "d1" appears again with a different title/),
      },
    ]);
  });

  it("merges transitively: a later copy's id and DOI lead to the first paper too", async () => {
    const { write } = tempDir('read-papers-transitive');
    const records = [
      { id: 'a', title: 'First Title', abstract: ABSTRACT },
      { id: 'b', title: 'First title', abstract: ABSTRACT, doi: '10.1000/b' },
      { id: 'b', title: 'Another Name', abstract: ABSTRACT, year: 2001 },
      { id: 'c', title: 'Renamed Later', abstract: ABSTRACT, doi: 'https://doi.org/10.1000/B', venue: 'V' },
    ];
    const file = write('chain.jsonl', records.map((record) => JSON.stringify(record)).join('\n'));
    const { papers, stats } = await readPapers([file]);
    expect(papers).toEqual([
      { id: 'a', title: 'First Title', abstract: ABSTRACT, doi: '10.1000/b', year: 2001, venue: 'V' },
    ]);
    expect(stats).toMatchObject({ read: 4, kept: 1, duplicates: 3 });
  });

  it('counts read = kept + skipped + duplicates and keeps the input order', async () => {
    const files = [fixture('malformed-records.json'), fixture('good.jsonl'), fixture('short-row.csv')];
    const { papers, issues, stats } = await readPapers(files);
    expect(stats.files).toBe(3);
    expect(stats.skipped).toBe(7);
    expect(stats.read).toBe(stats.kept + stats.skipped + stats.duplicates);
    expect(stats.kept).toBe(papers.length);
    expect(papers.map((paper) => paper.title)).toEqual([
      'Bad Year Kept',
      'Out Of Range Year',
      'Empty Year Kept Silently',
      'A Good One',
      'Sparse Attention for Long Documents',
      'Graph Neural Networks for Citation Recommendation',
      'Contrastive Pretraining of Sentence Encoders',
    ]);
    // Skipped records and warnings are all issues, each naming its file.
    expect(issues).toHaveLength(stats.skipped + 2);
    expect(new Set(issues.map((issue) => issue.file))).toEqual(new Set([files[0], files[2]]));
  });

  it('is deterministic', async () => {
    const files = [fixture('duplicates-a.jsonl'), fixture('duplicates-b.json'), fixture('good.csv')];
    expect(await readPapers(files)).toEqual(await readPapers(files));
  });

  it('applies the format option to every file', async () => {
    const { write } = tempDir('read-papers-format');
    const file = write('table.txt', `title,abstract\nA Paper,"${ABSTRACT}"\n`);
    const { papers } = await readPapers([file], { format: 'csv' });
    expect(papers.map((paper) => paper.title)).toEqual(['A Paper']);
  });

  it('reports progress in records, ending with the total', async () => {
    const { write } = tempDir('read-papers-progress');
    const lines = Array.from({ length: 2500 }, (_, i) =>
      JSON.stringify({ title: `Paper ${i}`, abstract: ABSTRACT }),
    );
    const file = write('many.jsonl', lines.join('\n'));
    const onProgress = vi.fn();
    const { stats } = await readPapers([file, fixture('good.json')], { onProgress });
    const calls = onProgress.mock.calls.map(([done]) => done);
    expect(calls).toEqual([1000, 2000, 2500, 2502]);
    expect(stats.read).toBe(2502);
  });

  it('returns an empty result for no files', async () => {
    expect(await readPapers([])).toEqual({
      papers: [],
      issues: [],
      stats: { files: 0, read: 0, kept: 0, skipped: 0, duplicates: 0 },
    });
  });

  it('throws BAD_INPUT for a file that cannot be read, after the good ones', async () => {
    await expect(readPapers([fixture('good.json'), fixture('does-not-exist.json')])).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file: fixture('does-not-exist.json'),
    });
  });
});
