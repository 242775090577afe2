// Detokenisation of PTB tokens and the token -> character table, checked on examples and on all of SciERC.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detokenize, untokenize } from '../../src/eval/detokenize';
import { readDygieFile } from '../../src/eval/dygie-reader';

const SCIERC = ['../shared/data/scierc/dev.json', '../shared/data/scierc/train.json'];

describe('detokenize', () => {
  it.each([
    [['We', 'propose', 'a', '-LRB-', 'neural', '-RRB-', 'parser', '.'], 'We propose a (neural) parser.'],
    [['for', '``', 'semantic', 'parsing', "''", ','], 'for "semantic parsing",'],
    [['It', 'does', "n't", 'fail', ';', 'it', "'s", 'fast', '!'], "It doesn't fail; it's fast!"],
    [['see', '-LSB-', '1', '-RSB-', ':', '97', '%', '?'], 'see [1]: 97%?'],
    [['-LCB-', 'a', '-RCB-', '--', 'b'], '{a} -- b'],
    [[], ''],
  ])('%o -> %s', (tokens, text) => {
    expect(detokenize(tokens).text).toBe(text);
  });

  it('keeps each token at its character span', () => {
    const tokens = ['A', '-LRB-', 'B', '-RRB-', "'s", 'C', '.'];
    const { text, offsets } = detokenize(tokens);
    expect(text).toBe("A (B)'s C.");
    tokens.forEach((token, i) => {
      expect(text.slice(offsets[i][0], offsets[i][1])).toBe(untokenize(token));
    });
  });
});

describe.runIf(SCIERC.every((file) => existsSync(file)))('round trip on SciERC', () => {
  it.each(SCIERC)('every token and gold span of %s slices back to its tokens', (file) => {
    let spans = 0;
    for (const document of readDygieFile(file)) {
      const { text, offsets } = detokenize(document.tokens);
      document.tokens.forEach((token, i) => {
        expect(text.slice(offsets[i][0], offsets[i][1])).toBe(untokenize(token));
        if (i > 0) expect(offsets[i][0]).toBeGreaterThanOrEqual(offsets[i - 1][1]);
      });
      for (const { start, end } of document.gold) {
        const slice = text.slice(offsets[start][0], offsets[end][1]);
        expect(slice).toBe(detokenize(document.tokens.slice(start, end + 1)).text);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(500);
  });
});
