// Author names as exports write them: "Lovelace, Ada" (RIS, WoS, Scopus, BibTeX-style) becomes "Ada Lovelace",
// Scopus' author ids "(57190000001)" are dropped, and Scopus' old comma-separated lists ("Lovelace A., Turing
// A.") are split. A comma between two parts that look like an organisation is left alone.

/** A Scopus author id after the name: "Lovelace, Ada (57190000001)". */
const SCOPUS_AUTHOR_ID = /\s*\(\d{5,}\)$/;

/** Words that make "X, Y" an organisation ("Google Research, Brain Team"), not "Family, Given". */
const ORGANISATION =
  /\b(?:team|group|consortium|research|university|institute|inc|ltd|lab|laboratory|cent(?:er|re)|committee|collaboration|society|association|department|network|initiative)\b/i;

/** A generational suffix after the comma ("King, Jr."): not given names. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Given names or initials: "Ada", "A.", "A. M.", "Jean-Luc", "J.-P.", "Ada M". */
const GIVEN = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}?[\p{L}'’.-]*){0,3}$/u;
/** A family name of up to four words ("van der Berg", "O'Neil", "García Márquez"). */
const FAMILY = /^[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}$/u;

/** "Lovelace, Ada" -> "Ada Lovelace"; a name without exactly one comma, or an organisation, is unchanged. */
export function displayName(name: string): string {
  const text = name.replace(SCOPUS_AUTHOR_ID, '').trim();
  const parts = text.split(',');
  if (parts.length !== 2) return text;
  const family = parts[0].trim();
  const given = parts[1].trim();
  if (!FAMILY.test(family) || !GIVEN.test(given) || SUFFIX.test(given) || ORGANISATION.test(text))
    return text;
  return `${given} ${family}`;
}

/** One "Family Initials." item of an old Scopus author list: "Lovelace A.", "van der Berg J.-P.". */
const SCOPUS_ITEM = String.raw`[\p{L}'’-]+(?: [\p{L}'’-]+)* (?:\p{Lu}\.-?)+`;
const SCOPUS_LIST = new RegExp(`^${SCOPUS_ITEM}(?:, ${SCOPUS_ITEM})+$`, 'u');

/** Splits a list of authors written as one string: on ";" or " and ", or a Scopus "A B., C D." list on ", ". */
export function splitAuthorList(text: string): string[] {
  if (!text.includes(';') && !/ and /i.test(text) && SCOPUS_LIST.test(text)) return text.split(', ');
  return text.split(/ ?; ?| and /i);
}
