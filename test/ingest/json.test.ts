// Tests the JSON reader: arrays, wrapper objects, a single record, field aliases, malformed records, bad JSON.
import { describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { readRecords } from '../../src/ingest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('JSON files', () => {
  it('reads an array of records with every field normalised', async () => {
    const { papers, issues, lines } = await collect(fixture('good.json'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([2, 12]);
    expect(papers[0]).toEqual({
      id: 'p1',
      title: 'Sparse Attention for Long Documents',
      abstract:
        'We study sparse attention patterns for long documents. Our method reduces memory use by half.',
      year: 2021,
      authors: ['Ada Lovelace', 'Alan Turing'],
      venue: 'ACL',
      url: 'https://example.org/p1',
      doi: '10.1000/abc.123',
    });
    // Whitespace collapsed, JATS/HTML stripped, entities decoded, authors from {name}/{display_name}.
    expect(papers[1]).toMatchObject({
      title: 'Graph Neural Networks for Citation Recommendation',
      abstract: 'Citation recommendation helps authors find related work & we propose a GNN.',
      year: 2019,
      authors: ['Grace Hopper', 'Edsger Dijkstra'],
      venue: 'EMNLP',
    });
  });

  it('finds the records under a wrapper key, case-insensitively', async () => {
    const { papers, issues, lines } = await collect(fixture('wrapped.json'));
    expect(issues).toEqual([]);
    expect(papers.map((paper) => paper.title)).toEqual([
      'Sparse Attention for Long Documents',
      'Graph Neural Networks for Citation Recommendation',
    ]);
    expect(lines).toEqual([2, 3]);
  });

  it.each(['papers', 'results', 'data', 'items', 'records'])('reads records under "%s"', async (key) => {
    const { write } = tempDir('json-keys');
    const file = write(
      `${key}.json`,
      JSON.stringify({ [key]: [{ title: 'One Paper', abstract: ABSTRACT }] }),
    );
    const { papers } = await collect(file);
    expect(papers.map((paper) => paper.title)).toEqual(['One Paper']);
  });

  it('reads a single record object', async () => {
    const { write } = tempDir('json-single');
    const { papers } = await collect(
      write('one.json', JSON.stringify({ Title: 'Alone', Abstract: ABSTRACT })),
    );
    expect(papers.map((paper) => paper.title)).toEqual(['Alone']);
  });

  it('matches field names case-insensitively, with aliases', async () => {
    const { papers, warnings } = await collect(fixture('aliases.json'));
    expect(papers).toEqual([
      {
        id: 'x1',
        title: 'Sparse Attention for Long Documents',
        abstract: 'We study sparse attention patterns for long documents and halve memory use.',
        year: 2021,
        authors: ['Ada Lovelace'],
        venue: 'Proc. ACL',
        url: 'https://example.org/a',
        doi: '10.1000/xyz',
      },
      {
        id: '17',
        title: 'Graph Neural Networks for Citation Recommendation',
        abstract: 'Citation recommendation helps authors find related work with a GNN.',
        year: 2019,
        authors: ['Grace Hopper', 'Alan Turing'],
        venue: 'EMNLP',
        url: 'https://example.org/b.pdf',
      },
      expect.objectContaining({ id: 'k3', year: 2018, authors: ['Solo Author'], venue: 'NeurIPS' }),
      expect.objectContaining({ title: 'Learning to Rank with Weak Supervision', year: 2017, venue: 'TOIS' }),
    ]);
    // A javascript: url is dropped with a warning; the paper is kept.
    expect(papers[3].url).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringMatching(/not an http\(s\) link/) }),
    ]);
  });

  it('skips malformed records with one clear issue each and keeps papers with a bad year', async () => {
    const { papers, skipped, warnings } = await collect(fixture('malformed-records.json'));
    expect(skipped.map((issue) => [issue.line, issue.message.replace(/^item \d+: /, '')])).toEqual([
      [2, expect.stringMatching(/^record has no abstract/)],
      [3, 'record has no title'],
      [4, 'title is a number, not text'],
      [5, expect.stringMatching(/^abstract is a number, not text/)],
      [6, 'record is not an object (got a string)'],
      [7, expect.stringMatching(/^abstract is too short \(10 characters/)],
    ]);
    expect(warnings.map((issue) => issue.line)).toEqual([8, 9]);
    expect(warnings[0].message).toMatch(/year "n\.d\." is not a number/);
    expect(warnings[1].message).toMatch(/year 3021 is outside/);
    expect(papers.map((paper) => [paper.title, paper.year])).toEqual([
      ['Bad Year Kept', undefined],
      ['Out Of Range Year', undefined],
      ['Empty Year Kept Silently', undefined],
      ['A Good One', 2020],
    ]);
  });

  it('names the item of the array in issue messages', async () => {
    const { skipped } = await collect(fixture('malformed-records.json'));
    expect(skipped[0].message).toMatch(/^item 1: /);
    expect(skipped[4].message).toMatch(/^item 5: /);
  });

  it('rejects invalid JSON with the file and line', async () => {
    const error = await collect(fixture('bad.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', file: fixture('bad.json'), line: 2 });
    expect((error as LitgraphError).describe()).toMatch(/bad\.json:2: not valid JSON/);
  });

  it.each([
    ['a number', '42'],
    ['an object with no records', '{"meta": {"count": 0}}'],
    ['JSON Lines', '{"title": "a", "abstract": "b"}\n{"title": "c", "abstract": "d"}'],
  ])('rejects %s as BAD_INPUT', async (_name, text) => {
    const { write } = tempDir('json-bad');
    const file = write('bad.json', text);
    await expect(collect(file)).rejects.toMatchObject({ code: 'BAD_INPUT', file });
  });

  it('points JSON Lines in a .json file to the jsonl format', async () => {
    const { write } = tempDir('json-jsonl');
    const file = write('lines.json', `{"title": "a"}\n{"title": "b"}\n`);
    await expect(collect(file)).rejects.toThrow(/jsonl/);
  });

  it('streams items as an async generator', async () => {
    const iterator = readRecords(fixture('good.json'));
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(first.value && 'paper' in first.value && first.value.paper.id).toBe('p1');
    await iterator.return(undefined);
  });
});
