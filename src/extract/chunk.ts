// Noun-phrase chunking over compromise's tags: (Adjective|Noun|Acronym)* Noun, closed-class words and punctuation
// as breaks, hyphenated forms rebuilt as written ("domain-specific language"), leading determiners and
// evaluative modifiers ("a novel", "robust") stripped. Works on plain tokens, so it is cheap per abstract.
import {
  EVALUATIVE_MODIFIERS,
  MODIFIER_PARTICIPLES,
  NOMINAL_GERUNDS,
  TECHNICAL_NOUNS,
} from './data/lexicons';
import type { Token } from './nlp';

/** Tokens glued by a hyphen or slash with no space ("GPT-2", "encoder-decoder") form one unit. */
export interface Unit {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
  readonly pre: string;
  readonly post: string;
  /** Made of several glued tokens. */
  readonly compound: boolean;
}

export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly units: readonly Unit[];
}

const BREAK_TAGS = [
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
  'Negative',
  'Possessive',
  'Expression',
  'Value',
];
const NOUN_TAGS = ['Noun', 'Acronym', 'ProperNoun', 'Singular', 'Plural', 'Uncountable'];
const MAX_UNITS = 6;

/** Merges tokens glued by "-" or "/" with no space around into units, keeping the text as written. */
export function toUnits(text: string, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j + 1 < tokens.length && /^[-/]$/.test(tokens[j].post) && tokens[j + 1].pre === '') j++;
    const first = tokens[i];
    const last = tokens[j];
    const tags = new Set<string>(last.tags);
    if (j > i) tags.add('Compound');
    const unitText = text.slice(first.start, last.end);
    units.push({
      text: unitText,
      lower: unitText.toLowerCase(),
      start: first.start,
      end: last.end,
      tags,
      pre: first.pre,
      post: last.post,
      compound: j > i,
    });
    i = j + 1;
  }
  return units;
}

const has = (u: Unit | undefined, tags: readonly string[]): boolean => !!u && tags.some((t) => u.tags.has(t));
const isVerb = (u: Unit): boolean => u.tags.has('Verb') || u.tags.has('Gerund') || u.tags.has('PastTense');

function isNounish(u: Unit): boolean {
  if (u.compound) return /[\p{L}]/u.test(u.text) && !/^[\p{N}]/u.test(u.text);
  if (isVerb(u)) return TECHNICAL_NOUNS.has(u.lower) || NOMINAL_GERUNDS.has(u.lower);
  return has(u, NOUN_TAGS) && !has(u, ['Pronoun', 'Determiner', 'Value', 'Preposition', 'Conjunction']);
}

/** Whether unit i belongs in a noun phrase, given its neighbours and whether a chunk is open. */
function isContent(units: readonly Unit[], i: number, open: boolean): boolean {
  const u = units[i];
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!/[\p{L}]/u.test(u.text)) return false;
  if (u.compound) return !EVALUATIVE_MODIFIERS.has(u.lower) || !!next;
  if (has(u, BREAK_TAGS)) return false;
  if (isVerb(u)) {
    const afterOpener = has(prev, ['Determiner', 'Adjective', 'Possessive']);
    if (TECHNICAL_NOUNS.has(u.lower) || NOMINAL_GERUNDS.has(u.lower)) {
      if (open || afterOpener) return true;
      return NOMINAL_GERUNDS.has(u.lower) && !!next && isNounish(next) && !has(prev, ['Pronoun', 'Noun']);
    }
    if (MODIFIER_PARTICIPLES.has(u.lower)) {
      return !!next && (isNounish(next) || has(next, ['Adjective'])) && !has(prev, ['Pronoun']) && !open;
    }
    return false;
  }
  return has(u, ['Adjective', 'Comparable']) || isNounish(u);
}

const OPENS = /[([{"“'‘]/;
const CLOSES = /[)\]}"”,;:.!?]|'\s/;

/** Noun-phrase chunks of one sentence, trimmed; offsets are into `text`. */
export function chunkSentence(text: string, tokens: readonly Token[]): Chunk[] {
  const units = toUnits(text, tokens);
  const chunks: Chunk[] = [];
  let current: Unit[] = [];
  const flush = () => {
    const trimmed = trimChunk(current);
    if (trimmed.length > 0) {
      chunks.push({ start: trimmed[0].start, end: trimmed[trimmed.length - 1].end, units: trimmed });
    }
    current = [];
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (OPENS.test(u.pre)) flush();
    if (isContent(units, i, current.length > 0)) current.push(u);
    else flush();
    if (CLOSES.test(u.post) || /\s-\s|—|–/.test(u.post)) flush();
  }
  flush();
  return chunks;
}

/** Strips leading evaluative/number units and trailing non-nouns; keeps at most MAX_UNITS ending at the head. */
export function trimChunk(units: readonly Unit[]): Unit[] {
  let from = 0;
  let to = units.length;
  while (to > from && !isNounish(units[to - 1])) to--;
  while (from < to && stripAsLeading(units[from])) from++;
  if (to - from > MAX_UNITS) from = to - MAX_UNITS;
  const kept = units.slice(from, to);
  if (kept.length === 0) return [];
  const text = kept.map((u) => u.text).join(' ');
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
  return kept;
}

function stripAsLeading(u: Unit): boolean {
  if (EVALUATIVE_MODIFIERS.has(u.lower)) return true;
  if (/^[\p{N}.,]+$/u.test(u.lower)) return true;
  return /^(state-of-the-art|so-called|well-known|the-art|non)$/.test(u.lower);
}
