// compromise, configured once for technical text: the only module that imports it. The lexicon is global,
// so domain words are added here at start-up and never per document.
import nlp from 'compromise';

/** Technical words compromise does not know, added to its lexicon once. */
const DOMAIN_WORDS: Record<string, string> = {
  autoencoder: 'Singular',
  autoencoders: 'Plural',
  transformer: 'Singular',
  transformers: 'Plural',
  encoder: 'Singular',
  decoder: 'Singular',
  embedding: 'Singular',
  embeddings: 'Plural',
  dataset: 'Singular',
  datasets: 'Plural',
  benchmark: 'Singular',
  benchmarks: 'Plural',
  parsing: 'Singular',
  'named entity': 'Singular',
};

nlp.plugin({ words: DOMAIN_WORDS });

/** One token as the extractor sees it: text without surrounding punctuation, its offsets and tags. */
export interface Token {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** Offset of `text` in the parsed string. */
  readonly start: number;
  readonly end: number;
}

/** A sentence: its span in the parsed string and its tokens. */
export interface TaggedSentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/** Tags the text with compromise and returns plain sentences and tokens with character offsets. */
export function tagText(text: string): TaggedSentence[] {
  if (text.trim() === '') return [];
  const json = nlp(text).json({ offset: true, text: false, normal: false }) as CompromiseSentence[];
  const sentences: TaggedSentence[] = [];
  for (const s of json) {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      if (!t.offset || t.text === '') continue;
      const start = t.offset.start;
      tokens.push({
        text: t.text,
        pre: t.pre,
        post: t.post,
        tags: new Set(t.tags),
        start,
        end: start + t.text.length,
      });
    }
    if (tokens.length === 0) continue;
    sentences.push({
      start: tokens[0].start - tokens[0].pre.length,
      end: tokens[tokens.length - 1].end,
      tokens,
    });
  }
  return sentences;
}

/** True when compromise's own lexicon knows the word (so it is ordinary English, not a technical coinage). */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return Object.hasOwn(LEXICON, lower) && !Object.hasOwn(DOMAIN_WORDS, lower);
}

const LEXICON: Record<string, unknown> = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one
  .lexicon;
