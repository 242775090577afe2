// Normalisation used to look terms up: case, accents, hyphens/spaces and the plural of the last word, applied
// the same way to what the user typed and to every label, alias and acronym, so "VAEs", "Variational
// Auto-Encoders" and "variational autoencoder" meet.
import { singularise } from '../extract';

/**
 * Words the lookup singularises beyond the extractor's own rules (src/extract/normalise.ts, which it reuses):
 * query text is free-form, so a few more plurals that pluralize gets wrong are pinned here.
 */
const LOOKUP_EXCEPTIONS: Readonly<Record<string, string>> = {
  bias: 'bias',
  biases: 'bias',
  alias: 'alias',
  aliases: 'alias',
  canvas: 'canvas',
  lenses: 'lens',
  chaos: 'chaos',
  ethos: 'ethos',
  cosmos: 'cosmos',
  gpus: 'gpu',
};

/** Singular of one word, lower case (the extractor's rule, so user text and term keys agree). */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (Object.hasOwn(LOOKUP_EXCEPTIONS, lower)) return LOOKUP_EXCEPTIONS[lower];
  return singularise(word).toLowerCase();
}

/** Lower case, accents removed, hyphens/underscores/slashes and runs of spaces as one space, other punctuation dropped. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-‐‑‒–—_/]+/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lookup form of a term: `foldText` with the last word singular. The acronym-plural rule needs the
 * original case, so the last word is singularised before folding.
 */
export function normaliseTerm(text: string): string {
  const words = text
    .normalize('NFKC')
    .replace(/[-‐‑‒–—_/]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return '';
  const last = trimTrailingNonWord(words[words.length - 1]);
  words[words.length - 1] = singularWord(last);
  return foldText(words.join(' '));
}

/** The lookup form with spaces removed: "auto encoder" and "autoencoder" share it. */
export function compactTerm(normalised: string): string {
  return normalised.replace(/ /g, '');
}

/** The word without trailing characters that are neither letters nor digits (a loop: the regex is quadratic). */
function trimTrailingNonWord(word: string): string {
  let end = word.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(word[end - 1])) end--;
  return word.slice(0, end);
}
