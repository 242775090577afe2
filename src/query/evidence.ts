// Evidence for a paper–term edge: the title and abstract sentences its mention spans fall in, each with the
// mention offsets relative to the sentence so a viewer can highlight them (as text, never as HTML).
import type { EdgeAttributes, PaperNodeAttributes } from '../types';

export interface Evidence {
  field: 'title' | 'abstract';
  /** Sentence index in the field (the title is sentence 0). */
  sentence: number;
  text: string;
  /** [start, end) of each mention inside `text`. */
  highlights: [number, number][];
}

/** Characters of context kept around a mention whose sentence span is missing. */
const FALLBACK_CONTEXT = 120;

/** One entry per sentence that holds a mention, title first, then abstract sentences in order. */
export function evidenceOf(paper: PaperNodeAttributes, edge: EdgeAttributes): Evidence[] {
  const bySentence = new Map<string, Evidence & { offset: number }>();
  for (const [fieldCode, sentence, start, end] of edge.spans) {
    const field = fieldCode === 0 ? 'title' : 'abstract';
    const source = field === 'title' ? paper.label : paper.abstract;
    if (start < 0 || end > source.length || end <= start) continue;
    const key = `${fieldCode}:${sentence}`;
    let entry = bySentence.get(key);
    if (entry === undefined) {
      const [from, to] = field === 'title' ? [0, source.length] : sentenceSpan(paper, sentence, start, end);
      entry = { field, sentence, text: source.slice(from, to), highlights: [], offset: from };
      bySentence.set(key, entry);
    }
    const from = Math.max(0, start - entry.offset);
    const to = Math.min(entry.text.length, end - entry.offset);
    if (to > from) entry.highlights.push([from, to]);
  }
  return [...bySentence.values()]
    .map(({ field, sentence, text, highlights }) => ({
      field,
      sentence,
      text,
      highlights: highlights.sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    }))
    .sort((a, b) => (a.field === b.field ? a.sentence - b.sentence : a.field === 'title' ? -1 : 1));
}

/** The abstract sentence holding [start, end): the recorded span when it does, else a window around it. */
function sentenceSpan(
  paper: PaperNodeAttributes,
  sentence: number,
  start: number,
  end: number,
): [number, number] {
  const span = paper.sentences[sentence];
  if (span && span[0] <= start && end <= span[1] && span[1] <= paper.abstract.length)
    return [span[0], span[1]];
  const containing = paper.sentences.find(
    ([from, to]) => from <= start && end <= to && to <= paper.abstract.length,
  );
  if (containing) return [containing[0], containing[1]];
  return [Math.max(0, start - FALLBACK_CONTEXT), Math.min(paper.abstract.length, end + FALLBACK_CONTEXT)];
}
