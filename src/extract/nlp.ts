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

/**
 * Abbreviations of scientific prose that end in a period without ending the sentence ("Fig. 3", "Eq. 2",
 * "cf. Section 4", "accuracy vs. size"); compromise's sentence splitter already knows "e.g.", "i.e.", "et al.".
 */
const ABBREVIATIONS = [
  'vs',
  'eq',
  'eqs',
  'fig',
  'figs',
  'cf',
  'sec',
  'secs',
  'tab',
  'approx',
  'resp',
  'ref',
  'refs',
  'nos',
  'vol',
  'pp',
  'ch',
  'viz',
  'incl',
  'thm',
  'alg',
  'appx',
];

nlp.plugin({
  words: DOMAIN_WORDS,
  model: { one: { abbreviations: Object.fromEntries(ABBREVIATIONS.map((a) => [a, true])) } },
});

/**
 * compromise's last parse step, "chunks", labels terms for its own `.chunks()` and changes no tag; we chunk
 * from the tags ourselves, and it costs about a tenth of every parse, so it is taken out of the parse.
 */
const hooks = nlp.hooks();
if (hooks.includes('chunks')) hooks.splice(hooks.indexOf('chunks'), 1);

/** Words that open a new sentence after "et al." ("... as in Smith et al. We extend ..."). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'We',
  'The',
  'This',
  'These',
  'Our',
  'In',
  'It',
  'They',
  'Here',
  'However',
  'Moreover',
  'Finally',
  'Results',
  'Experiments',
  'Their',
  'Its',
  'A',
  'An',
  'To',
  'Using',
  'Unlike',
  'Furthermore',
  'Thus',
  'Hence',
]);

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
 * Longest text tagged in one compromise call. compromise's time grows with the square of a sentence's length
 * when the sentence is full of periods it reads as abbreviations ("A. B. C. …", "We propose X." repeated: 40k
 * characters take seconds, 100k most of a minute); a longer text is tagged in pieces cut at sentence ends (else
 * at a space), so the cost stays linear. Abstracts are far shorter: their tagging is unchanged.
 */
export const MAX_TAG_LENGTH = 10_000;

/**
 * Tags the text with compromise and returns plain sentences and tokens with character offsets. Reads the
 * document's term objects directly: `.json({offset: true})` costs about a third of the parse on top.
 */
export function tagText(text: string): TaggedSentence[] {
  if (text.trim() === '') return [];
  if (text.length <= MAX_TAG_LENGTH) return tagPiece(text, 0);
  const sentences: TaggedSentence[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    for (const sentence of tagPiece(text.slice(from, to), from)) sentences.push(sentence);
    from = to;
  }
  return sentences;
}

/** Where the piece starting at `from` ends: after the last sentence end in its second half, else a space. */
function pieceEnd(text: string, from: number): number {
  if (from + MAX_TAG_LENGTH >= text.length) return text.length;
  const windowStart = from + MAX_TAG_LENGTH / 2;
  const window = text.slice(windowStart, from + MAX_TAG_LENGTH);
  let cut = -1;
  for (const m of window.matchAll(/[\p{Ll}\p{N})\]"'’”][.!?]\s+(?=\p{Lu})/gu)) cut = m.index + m[0].length;
  if (cut < 0) cut = window.lastIndexOf(' ') + 1 || window.length;
  const end = windowStart + cut;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end - 1 : end;
}

/** Tags one piece of a text; offsets are shifted by `base`, the piece's offset in the whole text. */
function tagPiece(text: string, base: number): TaggedSentence[] {
  if (text.trim() === '') return [];
  const docs = (nlp(text) as unknown as { docs: CompromiseTerm[][] }).docs;
  const sentences: TaggedSentence[] = [];
  let offset = base;
  for (const terms of docs) {
    let tokens: Token[] = [];
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
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
      if (endsCitation(terms, i)) {
        pushSentence(sentences, tokens);
        tokens = [];
      }
    }
    pushSentence(sentences, tokens);
  }
  return sentences;
}

function pushSentence(sentences: TaggedSentence[], tokens: Token[]): void {
  if (tokens.length > 0)
    sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
}

/** "et al." closing a sentence: compromise keeps "Smith et al. We extend it." as one sentence. */
function endsCitation(terms: readonly CompromiseTerm[], i: number): boolean {
  const t = terms[i];
  const next = terms[i + 1];
  return (
    t.text === 'al' &&
    /^\.\s/.test(t.post) &&
    terms[i - 1]?.text === 'et' &&
    next !== undefined &&
    next.pre === '' &&
    SENTENCE_OPENERS.has(next.text)
  );
}

/** True when compromise's own lexicon knows the word (so it is ordinary English, not a technical coinage). */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return Object.hasOwn(LEXICON, lower) && !Object.hasOwn(DOMAIN_WORDS, lower);
}

const LEXICON: Record<string, unknown> = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one
  .lexicon;
