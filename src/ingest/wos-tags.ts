// Web of Science field tags (the two-letter names of its plain-text and tab-delimited exports) mapped to the
// field names of field-aliases.ts. Unmapped tags keep a `WoS XX` name that matches no alias: WoS `ID` is
// "Keywords Plus", not an id.

/** Tag -> record field name (matched through the alias table). */
export const WOS_TAGS: Readonly<Record<string, string>> = {
  TI: 'title',
  AB: 'abstract',
  PY: 'year',
  // Early access date ("JAN 2021"), read when PY is empty.
  EA: 'WoS early access',
  AF: 'author full names',
  AU: 'authors',
  DI: 'doi',
  SO: 'source title',
  UT: 'id',
};

/** Every tag of the WoS field-tagged format (Clarivate's list), used to tell a tag line from text. */
export const WOS_KNOWN_TAGS = new Set(
  (
    'FN VR PT AU AF BA BF CA GP BE TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR ' +
    'TC Z9 U1 U2 PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG WC WE SC GA PM OA ' +
    'HC HP DA UT ER EF'
  ).split(' '),
);

/** Tags whose every line (the first and each continuation) is a separate value: authors, addresses. */
export const WOS_LIST_TAGS = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'GP', 'BE', 'CR', 'C1', 'C3']);

/** The record field name of a WoS column or tag. */
export function wosFieldName(tag: string): string {
  return WOS_TAGS[tag] ?? `WoS ${tag}`;
}

/** True for a header row of WoS tags (`PT AU BA … TI … AB … UT`): a TI and a PT or UT column, mostly tags. */
export function isWosHeader(columns: readonly string[]): boolean {
  const names = columns.map((name) => name.replace(/^\ufeff/, '').trim()).filter((name) => name !== '');
  if (!names.includes('TI') || !(names.includes('PT') || names.includes('UT'))) return false;
  return names.filter((name) => WOS_KNOWN_TAGS.has(name)).length >= names.length * 0.8;
}

/** A header with WoS tags renamed to field names; any other header unchanged. */
export function mapWosHeader(columns: readonly string[]): string[] {
  return isWosHeader(columns)
    ? columns.map((name) => wosFieldName(name.replace(/^\ufeff/, '').trim()))
    : [...columns];
}
