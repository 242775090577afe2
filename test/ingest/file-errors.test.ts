// Tests file-level handling: gzip (good, hidden, truncated, corrupt, mislabelled) and files that are not input
// at all (missing, empty, whitespace, binary, UTF-16, a directory), each a BAD_INPUT naming the file.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

const { dir, write } = tempDir('file-errors');
const goodJsonl = readFileSync(fixture('good.jsonl'));
const manyLines = Array.from({ length: 3000 }, (_, i) =>
  JSON.stringify({ title: `Paper ${i}`, abstract: ABSTRACT }),
);
const bigGzip = gzipSync(manyLines.join('\n'));

describe('gzip', () => {
  it.each([
    ['good.jsonl.gz', fixture('good.jsonl')],
    ['good.csv.gz', fixture('good.csv')],
    ['papers.txt.gz', fixture('papers-good.txt')],
    ['good.json.gz', fixture('good.json')],
  ])('reads %s like the uncompressed file', async (name, plain) => {
    const file = write(name, gzipSync(readFileSync(plain)));
    const [compressed, uncompressed] = await Promise.all([collect(file), collect(plain)]);
    expect(compressed.papers.length).toBeGreaterThan(0);
    expect(compressed.papers).toEqual(uncompressed.papers);
    expect(compressed.issues.map((issue) => issue.message)).toEqual(
      uncompressed.issues.map((issue) => issue.message),
    );
  });

  it('decompresses a gzip file whose name does not say so', async () => {
    const { papers } = await collect(write('hidden.jsonl', gzipSync(goodJsonl)));
    expect(papers.map((paper) => paper.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('streams a large gzip file', async () => {
    const { papers, issues } = await collect(write('big.jsonl.gz', bigGzip));
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(3000);
  });

  it.each([
    ['a small file cut short', 'cut.jsonl.gz', gzipSync(goodJsonl).subarray(0, -12)],
    ['a large file cut in the middle', 'cut-big.jsonl.gz', bigGzip.subarray(0, bigGzip.length >> 1)],
    [
      'corrupt data',
      'corrupt.jsonl.gz',
      Buffer.concat([bigGzip.subarray(0, 30), Buffer.alloc(64, 0x55), bigGzip.subarray(94)]),
    ],
  ])('rejects %s as BAD_INPUT naming the file', async (_what, name, bytes) => {
    const file = write(name, bytes);
    const error = await collect(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', file, message: expect.stringMatching(/gzip/) });
  });

  it('rejects a file named .gz that is not gzip', async () => {
    const file = write('plain.jsonl.gz', goodJsonl);
    await expect(collect(file)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file,
      message: expect.stringMatching(/not gzip/),
    });
  });
});

describe('files that are not input', () => {
  it.each([
    ['a missing file', () => `${dir}/missing.json`, /no such file/],
    ['an empty file', () => write('empty.json', ''), /empty/],
    ['an empty CSV', () => write('empty.csv', ''), /empty/],
    ['a file of whitespace', () => write('blank.txt', ' \n\n\t\n'), /only whitespace/],
    ['an empty gzip', () => write('empty.jsonl.gz', gzipSync('')), /empty once decompressed/],
    [
      'binary junk',
      () => write('junk.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
      /binary/,
    ],
    ['a gzip of binary junk', () => write('junk.txt.gz', gzipSync(Buffer.alloc(1000, 3))), /binary/],
    ['UTF-16 text', () => write('utf16.txt', Buffer.from('\ufeffTitle\nAbstract', 'utf16le')), /UTF-16/],
    ['a directory', () => dir, /directory/],
  ])('rejects %s as BAD_INPUT naming the file', async (_what, makeFile, reason) => {
    const file = makeFile();
    const error = await collect(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', file, message: expect.stringMatching(reason) });
    expect((error as LitgraphError).describe()).toContain(file);
  });
});
