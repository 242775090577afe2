// Tests line splitting helpers: stray carriage returns joined (CRLF kept even when split across chunks) and
// classic-Mac CR line endings passed through.
import { describe, expect, it } from 'vitest';
import { joinStrayCarriageReturns, splitLines } from '../../src/ingest/split-lines';

async function lines(parts: string[]): Promise<string[]> {
  async function* chunks() {
    yield* parts;
  }
  const out: string[] = [];
  for await (const { text } of splitLines(joinStrayCarriageReturns(chunks()))) out.push(text);
  return out;
}

describe('joinStrayCarriageReturns', () => {
  it.each<[string, string[]]>([
    ['CRLF endings and a stray CR', ['TI  - A\r\nAB  - one\rtwo\r\nER  - \r\n']],
    ['a CRLF split across chunks', ['TI  - A\r', '\nAB  - one\rtwo\r', '\nER  - \r', '\n']],
    ['a stray CR at a chunk end', ['TI  - A\nAB  - one\r', 'two\nER  - \n']],
  ])('turns only the stray CR into a space: %s', async (_what, parts) => {
    expect(await lines(parts)).toEqual(['TI  - A', 'AB  - one two', 'ER  - ']);
  });

  it('keeps CR-only line endings as line breaks', async () => {
    expect(await lines(['TI  - A\rAB  - B\r', 'ER  - \r'])).toEqual(['TI  - A', 'AB  - B', 'ER  - ']);
  });
});
