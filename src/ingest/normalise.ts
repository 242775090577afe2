// Normal forms used for identity: the normalised title (duplicate detection, hashed ids), DOIs, and paper ids.
import { createHash } from 'node:crypto';

/** Lower case, accents removed, every run of punctuation/whitespace collapsed to one space, trimmed. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** Strips a `https://doi.org/` or `doi:` prefix, trims and lower-cases. Returns '' for an empty value. */
export function normaliseDoi(doi: string): string {
  let value = doi.trim().replace(DOI_PREFIX, '');
  try {
    if (value.includes('%')) value = decodeURIComponent(value);
  } catch {
    // keep it as written when it is not valid percent-encoding
  }
  return value.trim().toLowerCase();
}

/** A DOI has the form `10.<registrant>/<suffix>`. */
export function isDoi(doi: string): boolean {
  return /^10\.\d{3,9}(?:\.\d+)*\/\S+$/.test(doi);
}

/**
 * The paper id: the given id (trimmed), else the normalised DOI, else `t-` + the first 12 hex digits of the
 * SHA-1 of the normalised title. Deterministic: the same title always gives the same id.
 */
export function paperIdFor(p: { id?: string; doi?: string; title: string }): string {
  const given = p.id?.trim();
  if (given) return given;
  const doi = p.doi ? normaliseDoi(p.doi) : '';
  if (doi) return doi;
  return `t-${createHash('sha1').update(normaliseTitle(p.title)).digest('hex').slice(0, 12)}`;
}
