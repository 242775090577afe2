// Page boilerplate that a copied "papers with code" listing carries between papers: whole lines to skip, and a
// word glued to the start of the first title. Data, so new patterns are one line each.

/** Whole lines (after trimming) that are page furniture, not titles or abstracts. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^get trending papers in your email inbox( once a day)?!?$/i,
  /^subscribe$/i,
  /^trending papers( with code)?$/i,
  /^stay informed on the latest trending ml papers with code\b.*$/i,
  /^read previous issues$/i,
  /^join the community$/i,
  /^papers with code( is a free resource\b.*)?$/i,
  /^contact us on:.*$/i,
  /^terms\s+data policy\s+cookies policy\b.*$/i,
  /^browse state-of-the-art$/i,
];

/** Words glued to the front of a title by the copy ("SubscribeUnsupervised Learning of …"). */
export const GLUED_PREFIXES: readonly RegExp[] = [/^Subscribe(?=\p{Lu}|\d)/u];

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE_LINES.some((pattern) => pattern.test(line));
}

export function stripGluedPrefix(line: string): string {
  return GLUED_PREFIXES.reduce((text, pattern) => text.replace(pattern, ''), line);
}
