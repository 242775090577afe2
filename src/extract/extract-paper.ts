// Mention extraction for one paper: tag title and abstract with compromise, chunk noun phrases, resolve the
// paper's own acronym definitions (Schwartz & Hearst 2003; "long form (SF)" is one span, as SciERC annotates
// it), normalise each mention into a key, give it a type hint, and drop what is rarely a term: generic
// references ("baseline system"), untyped heads of "of" phrases, one-word mentions said once in passing. Pure.
import type { Field, Mention, PaperExtraction, TermType } from '../types';
import { type AcronymDefinition, findAcronymDefinitions } from './acronyms';
import { type Chunk, chunkSentence, joinOfPhrases } from './chunk';
import { EVALUATIVE_MODIFIERS, GENERIC_HEADS, WEAK_MODIFIERS } from './data/lexicons';
import { isProbablyEnglish } from './language';
import { isKnownWord, type TaggedSentence, tagText } from './nlp';
import { isAcronymLike, normaliseKey, singularise } from './normalise';
import { isGenericKey } from './stoplist';
import { typeByCue, typeByHead } from './type-term';

export interface PaperText {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
}

/** Extracts the candidate term mentions of one paper (before any corpus-level selection). */
export function extractPaper(paper: PaperText): PaperExtraction {
  if (!isProbablyEnglish(paper.abstract)) {
    return {
      paperId: paper.id,
      mentions: [],
      sentences: sentenceSpans(paper.abstract),
      acronyms: {},
      notEnglish: true,
    };
  }
  const acronyms: Record<string, string> = {};
  const mentions: Mention[] = [];
  const abstractSentences = tagText(paper.abstract);
  const titleSentences = tagText(paper.title);
  const definitions = [
    ...findAcronymDefinitions(paper.abstract).map((d) => ({ ...d, field: 'abstract' as Field })),
    ...findAcronymDefinitions(paper.title).map((d) => ({ ...d, field: 'title' as Field })),
  ];
  for (const d of definitions) {
    const longKey = normaliseKey(stripLeadingWords(d.long));
    if (longKey && !isGenericKey(longKey)) acronyms[d.short] = longKey;
  }
  collect(paper.title, titleSentences, 'title', definitions, acronyms, mentions, true);
  collect(paper.abstract, abstractSentences, 'abstract', definitions, acronyms, mentions, false);
  return {
    paperId: paper.id,
    mentions: dropLoneWords(mentions, new Set(abstractSentences.map((s) => s.start))),
    sentences: abstractSentences.map((s) => [s.start, s.end] as [number, number]),
    acronyms,
  };
}

/**
 * One-word mentions that are rarely terms. An untyped or material word ("regions", "text") is kept only when the
 * paper comes back to it: the same key again, or the word inside another mention ("constraints" next to "hard
 * constraints"); said once in passing it is rarely a term. A capitalised untyped word inside an abstract sentence
 * is a name ("Kamp", "Soames"), cited rather than studied. Words written like acronyms are always kept;
 * capitals at a sentence start or in a title say nothing.
 */
function dropLoneWords(mentions: readonly Mention[], sentenceStarts: ReadonlySet<number>): Mention[] {
  const keyCount = new Map<string, number>();
  const wordCount = new Map<string, number>();
  for (const m of mentions) {
    keyCount.set(m.key, (keyCount.get(m.key) ?? 0) + 1);
    for (const w of new Set(m.key.split(' '))) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  }
  return mentions.filter((m) => {
    if (m.key.includes(' ') || m.acronym !== undefined || isAcronymLike(m.surface)) return true;
    if (m.typeHint !== 'concept' && m.typeHint !== 'dataset') return true;
    const capitalised = /\p{Lu}/u.test(m.surface) && m.field === 'abstract' && !sentenceStarts.has(m.start);
    if (capitalised) return m.typeHint === 'dataset';
    return keyCount.get(m.key)! > 1 || wordCount.get(m.key)! > 1;
  });
}

/** "general framework", "large dataset": a weak modifier and a generic head refer to something, they do not name it. */
function isGenericReference(key: string): boolean {
  const words = key.split(' ');
  return (
    words.length === 2 &&
    WEAK_MODIFIERS.has(words[0]) &&
    GENERIC_HEADS.has(words[1]) &&
    isGenericKey(words[1])
  );
}

/** A lone known word is kept only when it names a task, dataset or metric ("classification", "BLEU"). */
function isEverydayHead(key: string): boolean {
  const type = typeByHead(key);
  return type === undefined || type === 'method';
}

function stripLeadingWords(long: string): string {
  const words = long.split(/\s+/);
  while (
    words.length > 1 &&
    (EVALUATIVE_MODIFIERS.has(words[0].toLowerCase()) || /^(the|a|an|our|this)$/i.test(words[0]))
  ) {
    words.shift();
  }
  return words.join(' ');
}

const isGenericSurface = (surface: string): boolean => isGenericKey(normaliseKey(surface));

function collect(
  text: string,
  sentences: readonly TaggedSentence[],
  field: Field,
  definitions: readonly (AcronymDefinition & { field: Field })[],
  acronyms: Readonly<Record<string, string>>,
  out: Mention[],
  isTitle: boolean,
): void {
  const defsHere = new DefinitionIndex(definitions.filter((d) => d.field === field));
  sentences.forEach((sentence, sentenceIndex) => {
    const chunks = joinOfPhrases(text, chunkSentence(text, sentence.tokens), isGenericSurface);
    for (const span of mentionSpans(text, chunks, defsHere)) {
      const mention = toMention(sentence, span, field, isTitle ? 0 : sentenceIndex, defsHere, acronyms);
      if (mention) out.push(mention);
    }
  });
}

/** A chunk as a mention span: a definition's "(SF)" and a head noun after it may extend it. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly units: Chunk['units'];
  /** The span's text without the parenthesised short form: the mention's surface, the key's source. */
  readonly keyText: string;
  /** The definition whose long form ends the span. */
  readonly definition?: AcronymDefinition;
}

/**
 * A field's acronym definitions, indexed for the lookups done per chunk and per mention (scanning the list each
 * time made a text with thousands of definitions quadratic). Each lookup answers as the scan did.
 */
class DefinitionIndex {
  private readonly byLongEnd = new Map<number, AcronymDefinition[]>();
  private readonly longStarts = new Set<number>();
  /** Definitions by short-form start, and the largest short-form end among the first k of them. */
  private readonly byShortStart: AcronymDefinition[];
  private readonly maxShortEnd: number[] = [];

  constructor(definitions: readonly AcronymDefinition[]) {
    for (const d of definitions) {
      const list = this.byLongEnd.get(d.longEnd);
      if (list) list.push(d);
      else this.byLongEnd.set(d.longEnd, [d]);
      this.longStarts.add(d.longStart);
    }
    this.byShortStart = [...definitions].sort((a, b) => a.shortStart - b.shortStart);
    let max = Number.NEGATIVE_INFINITY;
    for (const d of this.byShortStart) {
      max = Math.max(max, d.shortEnd);
      this.maxShortEnd.push(max);
    }
  }

  /** Definitions whose long form ends at `end`, in text order. */
  endingAt(end: number): readonly AcronymDefinition[] {
    return this.byLongEnd.get(end) ?? [];
  }

  startsLongForm(start: number): boolean {
    return this.longStarts.has(start);
  }

  /** True when [start, end) lies inside some definition's short form. */
  inShortForm(start: number, end: number): boolean {
    let low = 0;
    let high = this.byShortStart.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.byShortStart[mid].shortStart <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.maxShortEnd[low - 1] >= end;
  }
}

/**
 * Turns chunks into mention spans. A long form followed by its short form in parentheses is one span with it,
 * "natural language processing (NLP)", and so is a noun phrase right after the parenthesis, "machine
 * translation (MT) systems": SciERC annotates definitions that way. The short form alone inside its own
 * definition's parentheses is not a separate mention.
 */
function mentionSpans(text: string, chunks: readonly Chunk[], defs: DefinitionIndex): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (defs.inShortForm(chunk.start, chunk.end)) continue;
    const plain = text.slice(chunk.start, chunk.end);
    const def = defs
      .endingAt(chunk.end)
      .find((d) => d.longEnd === chunk.end && /^\s*\(\s*$/.test(text.slice(d.longEnd, d.shortStart)));
    const close = def ? /^[^()]*\)/.exec(text.slice(def.shortEnd)) : null;
    if (!def || !close) {
      spans.push({ start: chunk.start, end: chunk.end, units: chunk.units, keyText: plain });
      continue;
    }
    let start = chunk.start;
    if (def.longStart < chunk.start && !/[.;:!?()]/.test(text.slice(def.longStart, chunk.start))) {
      start = def.longStart;
      while (spans.length > 0 && spans[spans.length - 1].start >= start) spans.pop();
    }
    let end = def.shortEnd + close[0].length;
    let keyText = text.slice(start, chunk.end);
    while (i + 1 < chunks.length && chunks[i + 1].start < end) i++;
    const next = chunks[i + 1];
    if (next && /^\s+$/.test(text.slice(end, next.start)) && !defs.startsLongForm(next.start)) {
      keyText = `${keyText} ${text.slice(next.start, next.end)}`;
      end = next.end;
      i++;
    }
    spans.push({ start, end, units: chunk.units, keyText, definition: def });
  }
  return spans;
}

function toMention(
  sentence: TaggedSentence,
  chunk: Span,
  field: Field,
  sentenceIndex: number,
  definitions: DefinitionIndex,
  acronyms: Readonly<Record<string, string>>,
): Mention | undefined {
  // The surface leaves out a parenthesised short form inside the span: "variational autoencoder" for
  // "variational autoencoder (VAE)", whose offsets cover the whole definition.
  const surface = chunk.keyText;
  let key = normaliseKey(surface);
  if (!key || isGenericKey(key)) return undefined;
  const single = chunk.units.length === 1 && !chunk.definition ? chunk.units[0] : undefined;
  let acronym: string | undefined;
  if (single && isAcronymLike(single.text)) {
    acronym = singularise(single.text);
    if (acronyms[acronym]) key = acronyms[acronym];
  } else if (single && !single.compound && isKnownWord(single.text) && isEverydayHead(key)) {
    return undefined; // a lone everyday word ("network", "results") is not a term
  } else {
    const def = definitions.endingAt(chunk.end).find((d) => acronyms[d.short] === key);
    if (def) acronym = def.short;
    else if (chunk.definition && acronyms[chunk.definition.short] === key) acronym = chunk.definition.short;
  }
  if (isGenericReference(key)) return undefined;
  // "X of Y" is typed by X: "tracking of non-rigid motions" is a task whatever Y is.
  const of = key.indexOf(' of ');
  const headType = typeByHead(of > 0 ? key.slice(0, of) : key);
  let typeHint: TermType = headType ?? 'concept';
  if (!headType) {
    const i = firstTokenFrom(sentence.tokens, chunk.start);
    const j = firstTokenFrom(sentence.tokens, chunk.end);
    const before = i > 0 ? sentence.tokens[i - 1].text : undefined;
    const after = j >= 0 ? sentence.tokens[j].text : undefined;
    // "the quality of", "the structure of": an untyped phrase that only introduces an "of" phrase is not a term.
    if (after === 'of' && !acronym && !/\p{Lu}/u.test(surface)) return undefined;
    typeHint = typeByCue(before, after) ?? 'concept';
  }
  return {
    key,
    surface,
    field,
    sentence: sentenceIndex,
    start: chunk.start,
    end: chunk.end,
    typeHint,
    headTyped: headType !== undefined,
    ...(acronym ? { acronym } : {}),
  };
}

/**
 * Index of the first token starting at or after `offset`, or -1 (as `findIndex` would give): a binary search,
 * since a scan per mention made a long sentence quadratic.
 */
function firstTokenFrom(tokens: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low < tokens.length ? low : -1;
}

/** Sentence spans of a text we do not extract from (so the viewer can still show evidence-free abstracts). */
function sentenceSpans(text: string): [number, number][] {
  return text.trim() === '' ? [] : [[0, text.length]];
}
