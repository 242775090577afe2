// Normalisation used to look terms up: case, accents, hyphens/spaces and the plural of the last word, applied
// the same way to what the user typed and to every label, alias and acronym, so "VAEs", "Variational
// Auto-Encoders" and "variational autoencoder" meet.
import pluralize from 'pluralize';

/** Words that pluralize gets wrong on technical text, or that must stay as they are. */
const SINGULAR_EXCEPTIONS: Readonly<Record<string, string>> = {
  data: 'data',
  metadata: 'metadata',
  media: 'media',
  analyses: 'analysis',
  hypotheses: 'hypothesis',
  theses: 'thesis',
  bases: 'basis',
  axes: 'axis',
  corpora: 'corpus',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  bias: 'bias',
  biases: 'bias',
  alias: 'alias',
  aliases: 'alias',
  atlas: 'atlas',
  canvas: 'canvas',
  gas: 'gas',
  lens: 'lens',
  lenses: 'lens',
  chaos: 'chaos',
  ethos: 'ethos',
  cosmos: 'cosmos',
  gpus: 'gpu',
  news: 'news',
  series: 'series',
  species: 'species',
};

/** Acronym plurals as written: "VAEs", "GPUs", "LLMs". */
const ACRONYM_PLURAL = /^[A-Z][A-Za-z0-9]*[A-Z0-9]s$/;

/** Singular of one word (case kept only for the acronym rule's test; the result is lower case). */
export function singularWord(word: string): string {
  if (ACRONYM_PLURAL.test(word)) return word.slice(0, -1).toLowerCase();
  const lower = word.toLowerCase();
  if (Object.hasOwn(SINGULAR_EXCEPTIONS, lower)) return SINGULAR_EXCEPTIONS[lower];
  if (lower.length < 4 || !/[a-z]s$/.test(lower)) return lower;
  if (/(ss|us|is|ics|ous|ys)$/.test(lower)) return lower;
  return pluralize.singular(lower);
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
