// Mention extraction for one paper: tag title and abstract with compromise, chunk noun phrases, resolve the
// paper's own acronym definitions, normalise each mention into a key and give it a type hint. Pure.
import type { Field, Mention, PaperExtraction, TermType } from '../types';
import { type AcronymDefinition, findAcronymDefinitions } from './acronyms';
import { type Chunk, chunkSentence } from './chunk';
import { EVALUATIVE_MODIFIERS } from './data/lexicons';
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
    mentions,
    sentences: abstractSentences.map((s) => [s.start, s.end] as [number, number]),
    acronyms,
  };
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

function collect(
  text: string,
  sentences: readonly TaggedSentence[],
  field: Field,
  definitions: readonly (AcronymDefinition & { field: Field })[],
  acronyms: Readonly<Record<string, string>>,
  out: Mention[],
  isTitle: boolean,
): void {
  const defsHere = definitions.filter((d) => d.field === field);
  sentences.forEach((sentence, sentenceIndex) => {
    for (const chunk of chunkSentence(text, sentence.tokens)) {
      // The short form inside its own definition's parentheses is the same occurrence as the long form.
      if (defsHere.some((d) => chunk.start >= d.shortStart && chunk.end <= d.shortEnd)) continue;
      const mention = toMention(
        text,
        sentence,
        chunk,
        field,
        isTitle ? 0 : sentenceIndex,
        defsHere,
        acronyms,
      );
      if (mention) out.push(mention);
    }
  });
}

function toMention(
  text: string,
  sentence: TaggedSentence,
  chunk: Chunk,
  field: Field,
  sentenceIndex: number,
  definitions: readonly AcronymDefinition[],
  acronyms: Readonly<Record<string, string>>,
): Mention | undefined {
  const surface = text.slice(chunk.start, chunk.end);
  let key = normaliseKey(surface);
  if (!key || isGenericKey(key)) return undefined;
  const single = chunk.units.length === 1 ? chunk.units[0] : undefined;
  let acronym: string | undefined;
  if (single && isAcronymLike(single.text)) {
    acronym = singularise(single.text);
    if (acronyms[acronym]) key = acronyms[acronym];
  } else if (single && !single.compound && isKnownWord(single.text) && isEverydayHead(key)) {
    return undefined; // a lone everyday word ("network", "results") is not a term
  } else {
    const def = definitions.find((d) => d.longEnd === chunk.end && acronyms[d.short] === key);
    if (def) acronym = def.short;
  }
  const headType = typeByHead(key);
  let typeHint: TermType = headType ?? 'concept';
  if (!headType) {
    const i = sentence.tokens.findIndex((t) => t.start >= chunk.start);
    const j = sentence.tokens.findIndex((t) => t.start >= chunk.end);
    const before = i > 0 ? sentence.tokens[i - 1].text : undefined;
    const after = j >= 0 ? sentence.tokens[j].text : undefined;
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
