// Rebuilds readable text from PTB tokens (as in SciERC's DyGIE files) and keeps each token's character span,
// so character offsets from the extractor can be mapped back to gold token indices.
import type { Detokenized } from './types';

/** PTB escapes and quote tokens, mapped back to the characters they stand for. */
const PTB_ESCAPES: Readonly<Record<string, string>> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  "''": '"',
};

/** Tokens written without a space before them (raw PTB form). */
const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  ')',
  ']',
  '}',
  '?',
  '!',
  '%',
  '-RRB-',
  '-RSB-',
  '-RCB-',
  "''",
]);
/** Tokens written without a space after them (raw PTB form); `` is an opening quote. */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '-LRB-', '-LSB-', '-LCB-', '``']);
/** Clitics split off by PTB tokenisation: 's, n't (and 're, 've, 'll, 'd, 'm). */
const CLITIC = /^(?:'s|n't|'re|'ve|'ll|'d|'m)$/i;

/** The text a single token stands for. */
export function untokenize(token: string): string {
  return PTB_ESCAPES[token] ?? token;
}

/** Whether a space separates two adjacent raw tokens; depends only on the pair, so any slice detokenises alike. */
export function spaceBetween(previous: string, current: string): boolean {
  if (NO_SPACE_BEFORE.has(current) || CLITIC.test(current)) return false;
  return !NO_SPACE_AFTER.has(previous);
}

/** Joins tokens into text and returns each token's [start, end) character span in it. */
export function detokenize(tokens: readonly string[]): Detokenized {
  let text = '';
  const offsets: [number, number][] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && spaceBetween(tokens[i - 1], token)) text += ' ';
    const start = text.length;
    text += untokenize(token);
    offsets.push([start, text.length]);
  });
  return { text, offsets };
}
