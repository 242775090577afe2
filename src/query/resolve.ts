// Finding the term or paper a user means: node id, label, key, acronym or alias (case-, accent-, hyphen- and
// plural-insensitive) for terms; node id, paper id, DOI or title for papers. Unknown → NOT_FOUND with the
// closest names as "did you mean" suggestions.
import { notFound, usageError } from '../errors';
import { editDistance, sharedPrefix, trigramSimilarity } from './edit-distance';
import { compactTerm, foldText, normaliseTerm } from './normalise';
import { paperDoiKey, paperIdKey, paperTitleKey } from './query-index';
import type { QueryIndex } from './types';

export interface ResolvedTerm {
  /** Term index in the QueryIndex. */
  index: number;
  /** Node key, `term:<key>`. */
  id: string;
  label: string;
}

export interface ResolvedPaper {
  index: number;
  /** Node key, `paper:<id>`. */
  id: string;
  paperId: string;
  label: string;
}

const SUGGESTIONS = 3;

/** Echo of user text in messages: one line, at most 80 characters. */
export function quoteInput(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}

/** The term a text names, or NOT_FOUND with suggestions. */
export function resolveTerm(index: QueryIndex, text: string): ResolvedTerm {
  const t = findTerm(index, text);
  if (t === undefined) {
    const suggestions = suggestTerms(index, text);
    throw notFound(
      `unknown term ${quoteInput(text)}${
        suggestions.length > 0
          ? `; did you mean: ${suggestions.join(', ')}?`
          : ' (no similar term in the graph)'
      }`,
    );
  }
  return { index: t, id: index.termIds[t], label: index.termAttrs[t].label };
}

function findTerm(index: QueryIndex, text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') throw usageError('term must not be empty');
  const byId = index.termIndexById.get(trimmed);
  if (byId !== undefined) return byId;
  const bare = trimmed.startsWith('term:') ? trimmed.slice('term:'.length) : trimmed;
  const form = normaliseTerm(bare);
  return index.termLookup.get(form) ?? index.termLookupCompact.get(compactTerm(form));
}

/**
 * Distance from the query to a name: the edit distance to the whole name, or one more than the distance to
 * the closest run of as many consecutive words (so "autoencodr" is close to "sparse autoencoder").
 */
function nameDistance(query: string, name: string, max: number): number {
  let best = editDistance(query, name, max);
  const queryWords = query.split(' ').length;
  const words = name.split(' ');
  for (let i = 0; i + queryWords <= words.length && best > 1; i++) {
    const window = words.slice(i, i + queryWords).join(' ');
    if (window.length === name.length) continue;
    best = Math.min(best, editDistance(query, window, max) + 1);
  }
  return best;
}

/** Labels of the terms closest to the text (edit distance, then shared prefix, then more papers). */
export function suggestTerms(index: QueryIndex, text: string, count = SUGGESTIONS): string[] {
  const query = normaliseTerm(text.replace(/^term:/, ''));
  if (query === '') return [];
  const max = Math.max(2, Math.floor(query.length / 3));
  const scored: { t: number; distance: number; prefix: number }[] = [];
  index.termNames.forEach((names, t) => {
    let distance = max + 1;
    for (const name of names) distance = Math.min(distance, nameDistance(query, name.normalised, max));
    if (distance <= max)
      scored.push({ t, distance, prefix: sharedPrefix(query, names[0]?.normalised ?? '') });
  });
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      b.prefix - a.prefix ||
      index.termPapers[b.t].length - index.termPapers[a.t].length ||
      a.t - b.t,
  );
  const labels: string[] = [];
  for (const { t } of scored) {
    const label = index.termAttrs[t].label;
    if (!labels.includes(label)) labels.push(label);
    if (labels.length === count) break;
  }
  return labels;
}

/** The paper a text names (node id, paper id, DOI or exact title, case-insensitive), or NOT_FOUND. */
export function resolvePaper(index: QueryIndex, text: string): ResolvedPaper {
  const trimmed = text.trim();
  if (trimmed === '') throw usageError('paper must not be empty');
  const p =
    index.paperIndexById.get(trimmed) ??
    index.paperLookup.get(paperIdKey(trimmed)) ??
    index.paperLookup.get(paperIdKey(trimmed.replace(/^paper:/, ''))) ??
    index.paperLookup.get(paperDoiKey(trimmed.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, ''))) ??
    index.paperLookup.get(paperTitleKey(trimmed));
  if (p === undefined) {
    const suggestions = suggestPapers(index, trimmed);
    throw notFound(
      `unknown paper ${quoteInput(text)}${
        suggestions.length > 0
          ? `; did you mean: ${suggestions.map((title) => quoteInput(title)).join(', ')}?`
          : ' (no paper with that id, DOI or title)'
      }`,
    );
  }
  const attrs = index.paperAttrs[p];
  return { index: p, id: index.paperIds[p], paperId: attrs.paperId, label: attrs.label };
}

/** Titles closest to the text: titles containing it first (shorter first), then by trigram similarity. */
export function suggestPapers(index: QueryIndex, text: string, count = SUGGESTIONS): string[] {
  const query = foldText(text);
  if (query === '') return [];
  const scored: { p: number; score: number }[] = [];
  index.paperTitlesFolded.forEach((title, p) => {
    const score = title.includes(query)
      ? 1 + query.length / Math.max(1, title.length)
      : trigramSimilarity(query, title.slice(0, query.length + 10));
    if (score >= 0.4) scored.push({ p, score });
  });
  scored.sort((a, b) => b.score - a.score || a.p - b.p);
  return scored.slice(0, count).map(({ p }) => index.paperAttrs[p].label);
}
