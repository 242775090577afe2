// Parallel extraction on worker threads gives exactly the single-threaded results, in input order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionPool, type ExtractionStore, extractAll, type PaperText } from '../../src/extract';
import type { PaperExtraction } from '../../src/types';

const lines = readFileSync('graph/samples/seed-papers.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(2, 122);
const papers: PaperText[] = [];
for (let i = 0; i + 1 < lines.length; i += 2)
  papers.push({ id: `p${i / 2}`, title: lines[i].replace(/^Subscribe/, ''), abstract: lines[i + 1] });

describe('extractAll', () => {
  it('gives identical results with 1 and 2 workers', async () => {
    const one = await extractAll(papers, { workers: 1, batchSize: 7 });
    const two = await extractAll(papers, { workers: 2, batchSize: 7 });
    expect(two.workersUsed).toBe(2);
    expect(two.extractions).toEqual(one.extractions);
    expect(two.extractions.map((e) => e.paperId)).toEqual(papers.map((p) => p.id));
  }, 120_000);

  it('runs on a pool started beforehand, twice, with the same results; the pool is closed by its owner', async () => {
    const pool = ExtractionPool.start(2);
    try {
      const one = await extractAll(papers.slice(0, 20), { workers: 1 });
      const first = await extractAll(papers.slice(0, 20), { workers: 2, batchSize: 3, pool });
      const second = await extractAll(papers.slice(0, 20), { workers: 2, batchSize: 5, pool });
      expect(first.workersUsed).toBe(2);
      expect(first.extractions).toEqual(one.extractions);
      expect(second.extractions).toEqual(one.extractions);
      // extractAll left the pool's workers running and without its listeners.
      for (const worker of pool.workers) expect(worker.listenerCount('message')).toBe(0);
    } finally {
      await pool.close();
    }
    await expect(extractAll(papers.slice(0, 4), { workers: 2, batchSize: 1, pool })).rejects.toThrow(
      /extraction worker/,
    );
  }, 120_000);

  it('extracts only what the store does not have, and stores it', async () => {
    const stored = new Map<string, PaperExtraction>();
    const store: ExtractionStore = {
      get: (ps) => ps.map((p) => stored.get(p.abstract)),
      put: (entries) => {
        for (const [p, e] of entries) stored.set(p.abstract, e);
      },
    };
    const first = await extractAll(papers.slice(0, 40), { workers: 1, store });
    expect([first.extracted, first.fromCache]).toEqual([40, 0]);
    const progress: number[] = [];
    const second = await extractAll(papers, { workers: 1, store, onProgress: (n) => progress.push(n) });
    expect([second.extracted, second.fromCache]).toEqual([papers.length - 40, 40]);
    expect(progress[0]).toBe(40);
    expect(progress[progress.length - 1]).toBe(papers.length);
  });
});
