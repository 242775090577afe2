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

/** compromise's own term objects (`doc.docs`): lossless, so offsets are running sums of pre + text + post. */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * Tags the text with compromise and returns plain sentences and tokens with character offsets. Reads the
 * document's term objects directly: `.json({offset: true})` costs about a third of the parse on top.
 */
export function tagText(text: string): TaggedSentence[] {
  if (text.trim() === '') return [];
  const docs = (nlp(text) as unknown as { docs: CompromiseTerm[][] }).docs;
  const sentences: TaggedSentence[] = [];
  let offset = 0;
  for (const terms of docs) {
    const tokens: Token[] = [];
    let sentenceStart = -1;
    for (const t of terms) {
      if (sentenceStart < 0) sentenceStart = offset;
      offset += t.pre.length;
      const start = offset;
      offset += t.text.length + t.post.length;
      if (t.text === '') continue;
      tokens.push({
        text: t.text,
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        start,
        end: start + t.text.length,
      });
    }
    if (tokens.length === 0) continue;
    sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
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
