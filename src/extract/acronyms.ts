// Acronym definitions in running text, after Schwartz & Hearst (2003), "A simple algorithm for identifying
// abbreviation definitions in biomedical text": candidates "long form (SF)" and "SF (long form)", the long form
// searched in a window of min(|SF| + 5, 2·|SF|) words, SF characters matched right to left, the first one
// starting a word.

export interface AcronymDefinition {
  readonly short: string;
  readonly long: string;
  /** Offsets of the long form and of the short form in the text. */
  readonly longStart: number;
  readonly longEnd: number;
  readonly shortStart: number;
  readonly shortEnd: number;
}

/** A short form: 2–10 characters, starts with a letter or digit, has a letter, at most two words. */
export function isShortFormCandidate(sf: string): boolean {
  if (sf.length < 2 || sf.length > 10) return false;
  if (!/^[\p{L}\p{N}]/u.test(sf) || !/\p{L}/u.test(sf)) return false;
  if (sf.split(/\s+/).length > 2) return false;
  // Real short forms carry a capital or a digit; "(see above)"-like asides do not.
  return /[A-Z0-9]/.test(sf) && !/^[A-Z][a-z]+$/.test(sf);
}

const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** The shortest suffix of `lf` that contains SF's characters in order, SF's first one starting a word. */
export function findBestLongForm(sf: string, lf: string): string | undefined {
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf[s].toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf[l].toLowerCase() !== c || (s === 0 && l > 0 && isAlnum(lf[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = lf.lastIndexOf(' ', l) + 1;
  return lf.slice(start);
}

const PAREN = /\(([^()]{1,60})\)/g;

/** All "long form (SF)" / "SF (long form)" definitions in one text (one sentence or a whole abstract). */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(PAREN)) {
    const inner = m[1].trim();
    const open = m.index;
    const innerStart = open + 1 + m[1].indexOf(inner);
    // "long form (SF)": the short form may be followed by "; ..." or ", ..." inside the parentheses.
    const sfCandidate = inner.split(/[;,]/)[0].trim();
    const shortForm = sfCandidate.replace(/s$/, (s) => (/[A-Z0-9]s$/.test(sfCandidate) ? '' : s));
    if (isShortFormCandidate(shortForm)) {
      const def = longFormBefore(text, open, shortForm);
      if (def) {
        found.push({
          short: shortForm,
          long: def.long,
          longStart: def.start,
          longEnd: def.end,
          shortStart: innerStart,
          shortEnd: innerStart + sfCandidate.length,
        });
        continue;
      }
    }
    // "SF (long form)": the word before the parenthesis is the short form.
    const before = /([\p{L}\p{N}][\p{L}\p{N}-]{1,9})\s*$/u.exec(text.slice(Math.max(0, open - 12), open));
    if (before && isShortFormCandidate(before[1]) && inner.split(/\s+/).length >= 2) {
      const long = findBestLongForm(before[1], inner);
      if (long && acceptable(before[1], long)) {
        const sfStart =
          open - (text.slice(0, open).length - text.slice(0, open).trimEnd().length) - before[1].length;
        const longStart = innerStart + inner.length - long.length;
        found.push({
          short: before[1],
          long,
          longStart,
          longEnd: longStart + long.length,
          shortStart: sfStart,
          shortEnd: sfStart + before[1].length,
        });
      }
    }
  }
  return found;
}

function longFormBefore(
  text: string,
  open: number,
  sf: string,
): { long: string; start: number; end: number } | undefined {
  const maxWords = Math.min(sf.length + 5, sf.length * 2);
  // The window stops at the sentence or clause boundary before the parenthesis.
  // trimEnd, not .replace(/\s+$/, ''): that regex tries every position, which made many definitions quadratic.
  const head = text.slice(0, open).trimEnd();
  const end = head.length;
  const words: { start: number }[] = [];
  const wordRe = /\S+/g;
  const windowStart = Math.max(0, end - 400);
  const region = head.slice(windowStart);
  for (const w of region.matchAll(wordRe)) words.push({ start: windowStart + w.index });
  let firstWord = Math.max(0, words.length - maxWords);
  for (let i = words.length - 1; i >= firstWord; i--) {
    const w = head.slice(words[i].start, i + 1 < words.length ? words[i + 1].start : end);
    if (i < words.length - 1 && /[.;:!?()]\s*$/.test(w)) {
      firstWord = i + 1;
      break;
    }
  }
  if (firstWord >= words.length) return undefined;
  const candidate = head.slice(words[firstWord].start, end);
  const long = findBestLongForm(sf, candidate);
  if (!long || !acceptable(sf, long)) return undefined;
  return { long, start: end - long.length, end };
}

function acceptable(sf: string, long: string): boolean {
  if (long.length <= sf.length) return false;
  if (long.toLowerCase().includes(sf.toLowerCase())) return false;
  const words = long.split(/\s+/).length;
  return words <= Math.min(sf.length + 5, sf.length * 2) && !/[()]/.test(long);
}
