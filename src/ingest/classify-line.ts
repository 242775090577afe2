// Tells a title line from an abstract line in pasted listings, from surface cues only: abstracts are long,
// have several sentences and end with a period; titles are short, have no final period and capitalise most
// words. The score is a sum of votes; lines in between are 'either' and take the role the pairing expects.

export type LineKind = 'title' | 'abstract' | 'either';

/** Words that stay lower case in title case. */
const MINOR_WORDS = new Set(
  'a an and as at but by de for from in into is of on or over per the to under up via vs with without'.split(
    ' ',
  ),
);

export interface LineScore {
  kind: LineKind;
  /** Positive: abstract-like; negative: title-like. */
  score: number;
}

export function classifyLine(text: string): LineScore {
  const line = text.trim();
  let score = 0;
  // Length: abstracts run to hundreds of characters, titles rarely past 150.
  if (line.length >= 400) score += 4;
  else if (line.length >= 250) score += 3;
  else if (line.length >= 150) score += 1;
  else if (line.length < 60) score -= 2;
  else if (line.length < 100) score -= 1;

  // Sentences: a period, ? or ! followed by a space and a capital letter or digit (not "e.g. X" or "vs. X").
  const boundaries =
    line.match(/(?<!\b(?:e\.g|i\.e|vs|et al|etc|Fig|Eq|cf|resp))[.!?]\s+(?=[\p{Lu}\d])/gu)?.length ?? 0;
  if (boundaries >= 2) score += 2;
  else if (boundaries === 1) score += 1;

  // The final character: abstracts end with a sentence; an ellipsis or "?" is title-like.
  if (/[^.]\.["')\]]?$/.test(line)) score += 1;
  else if (!/[.!?"')\]]$/.test(line)) score -= 1;

  // Capitalised words: most content words of a title start upper case; an abstract's rarely do.
  const words = line.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  const content = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  if (content.length >= 3) {
    const capitalised = content.filter((word) => /^\p{Lu}/u.test(word)).length / content.length;
    if (capitalised >= 0.7) score -= 2;
    else if (capitalised >= 0.5) score -= 1;
    else if (capitalised < 0.25 && words.length >= 12) score += 1;
  }
  if (words.length >= 60) score += 1;

  const kind: LineKind = score >= 3 ? 'abstract' : score <= -1 ? 'title' : 'either';
  return { kind, score };
}
