// Field-name aliases for JSON, JSONL, CSV and TSV records (and the column names of Scopus, IEEE Xplore, Lens
// and Embase exports), as data. Names are matched after `fieldKey`: case-insensitive, ignoring spaces, '_',
// '-' and '.', so `abstractText`, `abstract_text` and `Abstract Text` are one name. Earlier aliases win when a
// record has several. Web of Science tags (TI, AB, …) are mapped in wos-tags.ts.

export type PaperField = 'id' | 'title' | 'abstract' | 'year' | 'date' | 'authors' | 'venue' | 'url' | 'doi';

/** Normal form of a field name: lower case without spaces, '_', '-', '.'. */
export function fieldKey(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

const RAW_ALIASES: Readonly<Record<PaperField, readonly string[]>> = {
  // Scopus `EID`, Lens `Lens ID`.
  id: ['id', 'paper_id', 'paperId', 'key', 'uid', 'eid', 'lens_id'],
  title: ['title', 'name', 'display_name', 'paper_title', 'article_title', 'Document Title'],
  abstract: ['abstract', 'summary', 'abstractText', 'abstract_text', 'description'],
  // `year` holds a year; `date` holds a date whose leading 4 digits are the year. `year` is tried first.
  year: ['year', 'publication_year', 'pub_year', 'year_published'],
  // Lens `Date Published`, Embase `Date of Publication`, Scopus API `coverDate`.
  date: [
    'date',
    'published',
    'publication_date',
    'issued',
    'date_published',
    'date_of_publication',
    'cover_date',
  ],
  // Scopus `Author full names` ("Lovelace, Ada (57190000001); …") before its `Authors` ("Lovelace A.; …"),
  // Lens `Author/s`, Embase `Author Names`.
  authors: ['author_full_names', 'authors', 'author', 'creators', 'authorships', 'Author/s', 'author_names'],
  // Scopus has both `Source title` (the journal) and `Source` ("Scopus"): `source` comes last.
  venue: [
    'venue',
    'journal',
    'booktitle',
    'source_title',
    'publication_title',
    'journal_title',
    'container_title',
    'Journal/Book',
    'source',
  ],
  // Lens `External URL`, Embase `Embase Link`, OpenAlex `landing_page_url`.
  url: ['url', 'link', 'pdf_url', 'pdf_link', 'external_url', 'landing_page_url', 'embase_link'],
  doi: ['doi'],
};

/** The aliases of each field, in `fieldKey` form. */
export const FIELD_ALIASES: Readonly<Record<PaperField, readonly string[]>> = Object.fromEntries(
  Object.entries(RAW_ALIASES).map(([field, names]) => [field, names.map(fieldKey)]),
) as unknown as Record<PaperField, readonly string[]>;

/** OpenAlex ships abstracts as an inverted index (word -> positions); used when no abstract field has text. */
export const INVERTED_ABSTRACT_KEY = fieldKey('abstract_inverted_index');

/** True when a header (list of column names) has a title and an abstract column. */
export function hasColumn(columns: readonly string[], field: PaperField): boolean {
  const keys = new Set(columns.map(fieldKey));
  return FIELD_ALIASES[field].some((alias) => keys.has(alias));
}
