// Tests the JSON Lines reader: good lines, bad lines as issues, a file that is not JSON Lines, and the ACL corpus.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect, fixture, tempDir } from './collect-records';

const ACL = '../shared/data/acl-abstracts.jsonl.gz';

describe('JSON Lines files', () => {
  it('reads one record per line, ignoring blank lines', async () => {
    const { papers, issues, lines } = await collect(fixture('good.jsonl'));
    expect(issues).toEqual([]);
    expect(papers.map((paper) => paper.id)).toEqual(['a1', 'a2', 'a3']);
    expect(lines).toEqual([1, 3, 4]);
    // Authors split on ";" and " and "; the year from a date's leading 4 digits.
    expect(papers[1].authors).toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace']);
    expect(papers[2].year).toBe(2018);
  });

  it('turns a bad line into an issue naming the line and goes on', async () => {
    const { papers, skipped } = await collect(fixture('bad-lines.jsonl'));
    expect(papers.map((paper) => paper.id)).toEqual(['a1', 'a3']);
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [2, expect.stringMatching(/^line is not valid JSON/)],
      [3, 'record is not an object (got an array)'],
    ]);
  });

  it('rejects a pretty-printed JSON array named .jsonl as BAD_INPUT', async () => {
    await expect(collect(fixture('pretty.jsonl'))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      file: fixture('pretty.jsonl'),
      message: expect.stringMatching(/not JSON Lines/),
    });
  });

  it('reads it as JSON when the format is given', async () => {
    const { papers, issues } = await collect(fixture('pretty.jsonl'), 'json');
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(2);
  });

  it('reads the first 200 records of the ACL corpus with no issues and every field', async () => {
    const lines = await firstLines(ACL, 200);
    const { write } = tempDir('acl');
    const file = write('acl-200.jsonl.gz', gzipSync(`${lines.join('\n')}\n`));
    const { papers, issues } = await collect(file);
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(200);
    papers.forEach((paper, i) => {
      const source = JSON.parse(lines[i]);
      expect(paper.id).toBe(source.id);
      expect(paper.title).toBe(source.title.replace(/\s+/g, ' ').trim());
      expect(paper.abstract.length).toBeGreaterThanOrEqual(20);
      expect(paper.year).toBe(source.year);
      expect(paper.authors).toEqual(source.authors.map((name: string) => name.replace(/\s+/g, ' ').trim()));
      expect(paper.venue).toBe(source.venue[0]);
      // ACL's url holds an anthology id, not a link: it is not kept.
      expect(paper.url === undefined || /^https?:\/\//.test(paper.url)).toBe(true);
    });
  });
});

async function firstLines(file: string, count: number): Promise<string[]> {
  const input = createReadStream(file);
  const lines: string[] = [];
  for await (const line of createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })) {
    lines.push(line);
    if (lines.length === count) break;
  }
  input.destroy();
  return lines;
}
