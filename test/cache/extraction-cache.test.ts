// The extraction cache: hits and misses, invalidation by extractor version and text, corrupt/foreign files rebuilt;
// the last layout's positions kept and replaced.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ExtractionCache } from '../../src/cache';
import { extractPaper } from '../../src/extract';

const papers = [
  {
    id: 'a',
    title: 'Sparse Autoencoders',
    abstract: 'We train a sparse autoencoder on language model activations.',
  },
  {
    id: 'b',
    title: 'Vision Transformers',
    abstract: 'A vision transformer (ViT) classifies images with patches.',
  },
];
const fresh = () => join(mkdtempSync(join(tmpdir(), 'lg-cache-')), 'cache.sqlite');

describe('ExtractionCache', () => {
  it('misses first, then returns exactly what was stored, under the asking paper id', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    expect(cache.get(papers)).toEqual([undefined, undefined]);
    cache.put(papers.map((p) => [p, extractPaper(p)] as const));
    cache.close();
    const again = ExtractionCache.open(file, 'v1');
    expect(again.report).toEqual({ entries: 2 });
    const got = again.get([{ ...papers[1], id: 'other-id' }]);
    expect(got[0]).toEqual({ ...extractPaper(papers[1]), paperId: 'other-id' });
    expect(again.hits).toBe(1);
    again.close();
  });

  it('misses when the text changes', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    cache.put([[papers[0], extractPaper(papers[0])]]);
    expect(cache.get([{ ...papers[0], abstract: `${papers[0].abstract} More.` }])).toEqual([undefined]);
    cache.close();
  });

  it('is emptied when the extractor version changes', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    cache.put([[papers[0], extractPaper(papers[0])]]);
    cache.close();
    const next = ExtractionCache.open(file, 'v2');
    expect(next.report.rebuilt).toMatch(/extractor version v1/);
    expect(next.report.entries).toBe(0);
    expect(next.get([papers[0]])).toEqual([undefined]);
    next.close();
  });

  it('rebuilds a file that is not SQLite', () => {
    const file = fresh();
    writeFileSync(file, 'this is not a database, just text '.repeat(200));
    const cache = ExtractionCache.open(file, 'v1');
    expect(cache.report.rebuilt).toMatch(/not a readable SQLite file|integrity/);
    cache.put([[papers[0], extractPaper(papers[0])]]);
    expect(cache.get([papers[0]])[0]).toBeDefined();
    cache.close();
  });

  it('rebuilds a foreign SQLite database instead of trusting it', () => {
    const file = fresh();
    const db = new Database(file);
    db.exec("CREATE TABLE extraction (hash TEXT, data TEXT); INSERT INTO extraction VALUES ('x', 'y');");
    db.close();
    const cache = ExtractionCache.open(file, 'v1');
    expect(cache.report.rebuilt).toBe('not a litgraph extraction cache');
    expect(cache.report.entries).toBe(0);
    cache.close();
  });

  it('treats an unparsable row as a miss', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    cache.close();
    const db = new Database(file);
    const key = ExtractionCache.open(file, 'v1');
    const hash = key.keyOf(papers[0]);
    key.close();
    db.prepare('INSERT INTO extraction (hash, data) VALUES (?, ?)').run(hash, '{broken');
    db.close();
    const again = ExtractionCache.open(file, 'v1');
    expect(again.get([papers[0]])).toEqual([undefined]);
    again.close();
  });

  it('keeps the last layout: nothing at first, then exactly the last positions written', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    expect(cache.readLayout()).toBeUndefined();
    cache.writeLayout('f1', [
      ['paper:a', 1.5, -2],
      ['term:x', 0.001, 1e6],
    ]);
    cache.writeLayout('f2', [['term:y', 3, 4]]);
    cache.close();
    const again = ExtractionCache.open(file, 'v1');
    expect(again.readLayout()).toEqual({ stamp: 'f2', positions: new Map([['term:y', [3, 4]]]) });
    again.close();
  });

  it('opens a cache written before layouts were kept, and keeps its entries', () => {
    const file = fresh();
    const cache = ExtractionCache.open(file, 'v1');
    cache.put([[papers[0], extractPaper(papers[0])]]);
    cache.close();
    const db = new Database(file);
    db.exec('DROP TABLE position');
    db.close();
    const again = ExtractionCache.open(file, 'v1');
    expect(again.report).toEqual({ entries: 1 });
    expect(again.readLayout()).toBeUndefined();
    again.writeLayout('f', [['term:y', 3, 4]]);
    expect(again.readLayout()?.positions.size).toBe(1);
    again.close();
  });
});
