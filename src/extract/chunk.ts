// Noun-phrase chunking over compromise's tags: (Adjective|Noun|Acronym)* Noun, closed-class words and punctuation
// as breaks, hyphenated forms rebuilt as written ("domain-specific language"), leading determiners and
// evaluative modifiers ("a novel", "several") stripped, generic trailing heads ("tracking performance") dropped.
// Participles and -ly adverbs that open a phrase belong to it ("manually annotated data"); coordinated modifiers
// sharing one head ("supervised and unsupervised methods") make one chunk, as do "X of Y" phrases headed by a
// process noun ("automatic tracking of endocardium"), following SciERC's annotation (Luan et al. 2018).
// Works on plain tokens (a few passes over the units of a sentence), so it is cheap per abstract.
import {
  EVALUATIVE_MODIFIERS,
  MODIFIER_PARTICIPLES,
  NEVER_NOUNS,
  NOMINAL_GERUNDS,
  TECHNICAL_NOUNS,
  TRAILING_GENERIC,
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
const MAX_UNITS = 7;

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
/** Verbs that follow a subject with nothing after them ("the method works"): never a plural head. */
// biome-ignore format: a word list reads better packed
const INTRANSITIVE: ReadonlySet<string> = new Set([
  'works', 'comes', 'goes', 'holds', 'lies', 'exists', 'occurs', 'appears', 'fails', 'differs', 'varies',
  'matters', 'follows', 'happens', 'succeeds', 'converges', 'improves', 'increases', 'decreases', 'helps',
  'emerges', 'arises', 'remains', 'behaves', 'scales', 'suffers', 'continues', 'depends', 'relies', 'seems',
]);

/** "3D", "2-D", "1st"-like units: numbers used as modifiers. */
const DIMENSION = /^\d+(-?d|d)$/i;
/** Abbreviations compromise takes for nouns ("e.g.", "et al."). */
const LATIN = /^(e\.g|i\.e|etc|et|al|cf|vs|viz|ie|eg)\.?$/i;

/** Last parts that make a hyphenated compound a modifier, not a noun: "large-scale", "real-time", "few-shot". */
const MODIFIER_COMPOUND =
  /-(scale|level|based|time|quality|free|specific|aware|like|dependent|independent|driven|oriented|grained|dimensional|wise|art|end|shot|purpose|sized|related|invariant|sensitive|efficient|friendly|agnostic|intensive|resolution|range|order|style|made)$/;

function isNounish(u: Unit): boolean {
  if (u.compound) {
    return /[\p{L}]/u.test(u.text) && !/^[\p{N}]/u.test(u.text) && !MODIFIER_COMPOUND.test(u.lower);
  }
  if (NEVER_NOUNS.has(u.lower) || LATIN.test(u.lower)) return false;
  if (isVerb(u)) return TECHNICAL_NOUNS.has(u.lower) || NOMINAL_GERUNDS.has(u.lower);
  return has(u, NOUN_TAGS) && !has(u, ['Pronoun', 'Determiner', 'Value', 'Preposition', 'Conjunction']);
}

/** Whether unit i belongs in a noun phrase, given its neighbours and whether a chunk is open. */
function isContent(units: readonly Unit[], i: number, open: boolean): boolean {
  const u = units[i];
  const prev = units[i - 1];
  const next = units[i + 1];
  if (DIMENSION.test(u.text)) return !!next && (isNounish(next) || has(next, ['Adjective']));
  if (!/[\p{L}]/u.test(u.text)) return false;
  if (NEVER_NOUNS.has(u.lower) || LATIN.test(u.lower)) return false;
  if (u.compound) return !EVALUATIVE_MODIFIERS.has(u.lower) || !!next;
  if (has(u, BREAK_TAGS)) return false;
  if (isVerb(u)) {
    // After a determiner, an adjective or a closing parenthesis ("Named Entity (NE) tagging").
    const afterOpener = has(prev, ['Determiner', 'Adjective', 'Possessive']) || /\)/.test(prev?.post ?? '');
    if (TECHNICAL_NOUNS.has(u.lower) || NOMINAL_GERUNDS.has(u.lower)) {
      // "a hidden Markov model tags words": an -s form before an object is the verb.
      const takesObject =
        !!next &&
        !closesAfter(u) &&
        !OPENS.test(next.pre) &&
        (isNounish(next) || has(next, ['Determiner', 'Adjective']));
      if (open && u.tags.has('PresentTense') && /[^s]s$/.test(u.lower) && takesObject) return false;
      if (open || afterOpener) return true;
      return NOMINAL_GERUNDS.has(u.lower) && !!next && isNounish(next) && !has(prev, ['Pronoun', 'Noun']);
    }
    if (MODIFIER_PARTICIPLES.has(u.lower)) {
      // Inside an open phrase only after a modifier ("large-scale pretrained models", not "models learned").
      const afterModifier = !!prev && (prev.compound || (has(prev, ['Adjective']) && !isNounish(prev)));
      return (
        !!next &&
        (isNounish(next) || has(next, ['Adjective'])) &&
        !has(prev, ['Pronoun']) &&
        (!open || afterModifier)
      );
    }
    // A past participle opening a noun phrase is a modifier: "the spoken language", "of occluded parts".
    if (u.tags.has('PastTense') && !open && next && (isNounish(next) || has(next, ['Adjective']))) {
      return !prev || closesAfter(prev) || has(prev, ['Determiner', 'Preposition', 'Conjunction', 'Adverb']);
    }
    // A plural noun tagged as a verb at the end of a phrase: "ranking tasks and", "scenes."
    if (open && u.tags.has('PresentTense') && /[^s]s$/.test(u.lower) && !INTRANSITIVE.has(u.lower)) {
      return (
        !next || closesAfter(u) || has(next, ['Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary'])
      );
    }
    return false;
  }
  return has(u, ['Adjective', 'Comparable']) || isNounish(u);
}

const OPENS = /[([{"“'‘]/;
const CLOSES = /[)\]}"”,;:.!?]|'\s/;

/** A chunk ends after unit u (punctuation or a spaced dash after it). */
const closesAfter = (u: Unit): boolean => CLOSES.test(u.post) || /\s-\s|—|–/.test(u.post);

/** Can stand before "and"/"or" as a modifier shared with the head after it ("supervised", "NMF", "image"). */
function isCoordinableModifier(u: Unit): boolean {
  if (u.tags.has('Plural') && !u.compound) return false;
  if (/s$/.test(u.lower) && u.compound) return false;
  if (EVALUATIVE_MODIFIERS.has(u.lower)) return true;
  if (u.compound) return true;
  if (isVerb(u)) return MODIFIER_PARTICIPLES.has(u.lower) || u.tags.has('PastTense');
  return has(u, ['Adjective', 'Acronym']) || (isNounish(u) && !u.tags.has('Plural'));
}

/**
 * Marks "A and B N" coordinations whose first conjunct is one modifier sharing the head N with B: the
 * conjunction (and A) become content, so that the chunker keeps "A and B N" as one phrase.
 */
function glueCoordinations(units: readonly Unit[], content: boolean[]): void {
  for (let i = 1; i + 2 < units.length; i++) {
    const conj = units[i];
    if (conj.lower !== 'and' && conj.lower !== 'or') continue;
    const left = units[i - 1];
    if (closesAfter(left) || closesAfter(conj) || OPENS.test(conj.pre) || OPENS.test(units[i + 1].pre))
      continue;
    if (!/[\p{L}]/u.test(left.text) || !isCoordinableModifier(left)) continue;
    // The left conjunct is a single unit: what comes before it is not part of the phrase.
    const before = units[i - 2];
    if (before && content[i - 2] && !closesAfter(before) && !EVALUATIVE_MODIFIERS.has(before.lower)) continue;
    // The right conjunct: at least two content units, the last a noun.
    let last = i;
    for (let j = i + 1; j < units.length && content[j]; j++) {
      last = j;
      if (closesAfter(units[j]) || (j + 1 < units.length && OPENS.test(units[j + 1].pre))) break;
    }
    if (last - i < 2 || !isNounish(units[last])) continue;
    const leftIsNoun = isNounish(left) && !has(left, ['Adjective']);
    if (leftIsNoun && !(units[last].tags.has('Plural') || MASS_HEADS.has(units[last].lower))) continue;
    // A name before "and" is a term of its own ("BERT and LSTM layers"), not a modifier.
    if (leftIsNoun && /\p{Lu}/u.test(left.text)) continue;
    content[i] = true;
    content[i - 1] = true;
  }
}

/**
 * An adverb opening a noun phrase before a descriptive modifier belongs to it ("manually annotated data",
 * "weakly supervised learning"); one after an open phrase, or before an evaluative word, does not.
 */
function glueAdverbs(units: readonly Unit[], content: boolean[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const u = units[i];
    if (!u.tags.has('Adverb') || !/(ly|^well)$/.test(u.lower) || closesAfter(u)) continue;
    if (i > 0 && content[i - 1] && !closesAfter(units[i - 1])) continue;
    const next = units[i + 1];
    if (EVALUATIVE_MODIFIERS.has(next.lower) || OPENS.test(next.pre)) continue;
    const modifier = has(next, ['Adjective']) || (isVerb(next) && next.tags.has('PastTense'));
    if (!modifier) continue;
    // The modifier must lead into a noun: make it content when it is a participle before a noun phrase.
    if (!content[i + 1]) {
      if (!content[i + 2] || closesAfter(next)) continue;
      content[i + 1] = true;
    }
    content[i] = true;
  }
}

/** Heads that name a mass of material and take coordinated modifiers ("image and video data"). */
const MASS_HEADS: ReadonlySet<string> = new Set([
  'data',
  'information',
  'text',
  'speech',
  'software',
  'media',
]);

/** Noun-phrase chunks of one sentence, trimmed; offsets are into `text`. */
export function chunkSentence(text: string, tokens: readonly Token[]): Chunk[] {
  const units = toUnits(text, tokens);
  const content: boolean[] = new Array(units.length).fill(false);
  let open = false;
  for (let i = 0; i < units.length; i++) {
    if (OPENS.test(units[i].pre)) open = false;
    content[i] = isContent(units, i, open);
    open = content[i] && !closesAfter(units[i]);
  }
  glueAdverbs(units, content);
  glueCoordinations(units, content);

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
    if (content[i]) current.push(u);
    else flush();
    if (closesAfter(u)) flush();
  }
  flush();
  return chunks;
}

/** Heads that name a process or an act (deverbal nouns: "tracking", "estimation", "analysis", "assessment"). */
const PROCESS_HEAD = /(tion|sion|ment|sis|ing|ance|ence|ure|al)s?$/;
/** Words with those endings that name things, not processes. */
// biome-ignore format: a word list reads better packed
const NOT_PROCESS: ReadonlySet<string> = new Set([
  'element', 'elements', 'segment', 'segments', 'document', 'documents', 'moment', 'moments', 'environment',
  'environments', 'experiment', 'experiments', 'instrument', 'instruments', 'fragment', 'fragments', 'sentiment',
  'department', 'string', 'strings', 'thing', 'things', 'ring', 'king', 'nature', 'feature', 'features', 'picture',
  'pictures', 'signal', 'signals', 'animal', 'animals', 'interval', 'intervals', 'total', 'sentence', 'sentences',
  'evidence', 'instance', 'instances', 'distance', 'distances', 'sequence', 'sequences', 'importance',
  'performance', 'existence', 'presence', 'absence', 'occurrence', 'occurrences', 'variance', 'future',
  'literature', 'temperature',
]);

/**
 * Joins "X of Y" into one chunk when X is headed by a process noun and is not generic: "automatic tracking of
 * endocardium", "estimation of word significance"; "set of", "number of" and the like stay apart (their first
 * part is dropped as generic later).
 */
export function joinOfPhrases(
  text: string,
  chunks: readonly Chunk[],
  isGeneric: (surface: string) => boolean,
): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const a = chunks[i];
    const b = chunks[i + 1];
    const head = a.units[a.units.length - 1];
    if (
      b &&
      text.slice(a.end, b.start) === ' of ' &&
      !NOT_PROCESS.has(head.lower) &&
      b.units.length <= 3 &&
      PROCESS_HEAD.test(head.lower) &&
      !head.tags.has('Acronym') &&
      !isGeneric(text.slice(a.start, a.end))
    ) {
      out.push({ start: a.start, end: b.end, units: [...a.units, ...b.units] });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const isConjunction = (u: Unit): boolean => u.lower === 'and' || u.lower === 'or';

/** Strips leading evaluative/number units and trailing non-nouns; keeps at most MAX_UNITS ending at the head. */
export function trimChunk(units: readonly Unit[]): Unit[] {
  let from = 0;
  let to = units.length;
  while (to > from && (!isNounish(units[to - 1]) || isConjunction(units[to - 1]))) to--;
  // "tracking performance", "classification experiments": the generic head goes, the term stays.
  if (to - from >= 2 && TRAILING_GENERIC.has(units[to - 1].lower) && isNounish(units[to - 2])) to--;
  while (to > from && (!isNounish(units[to - 1]) || isConjunction(units[to - 1]))) to--;
  while (from < to && (stripAsLeading(units[from]) || isConjunction(units[from]))) from++;
  if (to - from > MAX_UNITS) from = to - MAX_UNITS;
  while (from < to && isConjunction(units[from])) from++;
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
