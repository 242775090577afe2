// Recognises the records of two scholarly APIs inside JSON and JSON Lines files by their fields, and fills in
// what the alias table cannot reach (nested values). Everything else (title, abstract, year, authors,
// OpenAlex's abstract_inverted_index) is read through field-aliases.ts like any record.
// - OpenAlex works (`https://openalex.org/W…` ids, `abstract_inverted_index`, `authorships`): the id shortened
//   to "W…", venue from primary_location.source (or the older host_venue), url from the landing page.
// - Semantic Scholar Graph API papers (`paperId` with `externalIds`/`corpusId`/`publicationVenue`): the DOI
//   from externalIds.DOI, the venue from publicationVenue or journal when `venue` is empty.

type JsonObject = Record<string, unknown>;

/** The record with nested API fields lifted to top-level fields; any other value unchanged. */
export function normaliseJsonRecord(record: unknown): unknown {
  if (!isObject(record)) return record;
  if (isOpenAlexWork(record)) return fromOpenAlex(record);
  if (isSemanticScholarPaper(record)) return fromSemanticScholar(record);
  return record;
}

const OPENALEX_ID = /^https?:\/\/openalex\.org\/(W\d+)$/i;

function isOpenAlexWork(record: JsonObject): boolean {
  return (
    (typeof record.id === 'string' && OPENALEX_ID.test(record.id)) ||
    'abstract_inverted_index' in record ||
    ('authorships' in record && 'publication_year' in record)
  );
}

function fromOpenAlex(record: JsonObject): JsonObject {
  const out: JsonObject = { ...record };
  if (typeof record.id === 'string') out.id = OPENALEX_ID.exec(record.id)?.[1] ?? record.id;
  const location = isObject(record.primary_location) ? record.primary_location : undefined;
  const venue = nameOf(location?.source) ?? nameOf(record.host_venue);
  if (venue && !hasText(record.venue)) out.venue = venue;
  const landing = location?.landing_page_url;
  if (typeof landing === 'string' && !hasText(record.url)) out.url = landing;
  return out;
}

function isSemanticScholarPaper(record: JsonObject): boolean {
  return (
    typeof record.paperId === 'string' &&
    ('externalIds' in record || 'corpusId' in record || 'publicationVenue' in record)
  );
}

function fromSemanticScholar(record: JsonObject): JsonObject {
  const out: JsonObject = { ...record };
  const ids = isObject(record.externalIds) ? record.externalIds : {};
  if (typeof ids.DOI === 'string' && !hasText(record.doi)) out.doi = ids.DOI;
  if (!hasText(record.venue)) {
    const venue = nameOf(record.publicationVenue) ?? nameOf(record.journal);
    if (venue) out.venue = venue;
  }
  return out;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function nameOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const name = value.display_name ?? value.name;
  return hasText(name) ? (name as string) : undefined;
}
