// `search`: terms (label, acronym, aliases) and papers (title) matching a text, ranked exact > prefix >
// word-prefix > substring; on a tie terms come before papers, then terms with more papers, then label.
import { usageError } from '../errors';
import { compactTerm, foldText, normaliseTerm } from './normalise';
import type { LimitOptions, QueryDocument, QueryIndex } from './types';
import { checkLimit } from './validate';

export const MATCH_KINDS = ['exact', 'prefix', 'word-prefix', 'substring'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Score of each match kind (the row's `score`). */
const MATCH_SCORE: Record<MatchKind, number> = { exact: 4, prefix: 3, 'word-prefix': 2, substring: 1 };

/**
 * `compactTerm(text) === compact` without building the compact form: the names are compared on every query, and
 * allocating a copy of each (every paper title included) was most of a search's time.
 */
function equalsCompact(text: string, compact: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (j >= compact.length || c !== compact.charCodeAt(j)) return false;
    j++;
  }
  return j === compact.length;
}

/**
 * How a name matches the query: exact compares lookup forms (plural- and spacing-insensitive; `compactQuery` is
 * `compactTerm(queryForm)`), the rest folded text.
 */
function matchKind(
  query: string,
  queryForm: string,
  compactQuery: string,
  folded: string,
  normalised: string,
): MatchKind | undefined {
  if (normalised === queryForm || equalsCompact(normalised, compactQuery)) return 'exact';
  if (folded.startsWith(query)) return 'prefix';
  const at = folded.indexOf(query);
  if (at < 0) return undefined;
  return folded.includes(` ${query}`) ? 'word-prefix' : 'substring';
}

interface Hit {
  kind: 'term' | 'paper';
  i: number;
  match: MatchKind;
  matched: string;
  df: number;
}

export function search(index: QueryIndex, text: string, options: LimitOptions = {}): QueryDocument {
  const limit = checkLimit(options.limit);
  const query = foldText(text);
  if (query === '') throw usageError('text must contain a letter or digit');
  const queryForm = normaliseTerm(text);
  const compactForm = compactTerm(queryForm);
  const compactQuery = compactTerm(query);
  const hits: Hit[] = [];
  index.termNames.forEach((names, t) => {
    let best: Hit | undefined;
    for (const name of names) {
      const match = matchKind(query, queryForm, compactForm, name.folded, name.normalised);
      if (match && (best === undefined || MATCH_SCORE[match] > MATCH_SCORE[best.match])) {
        best = { kind: 'term', i: t, match, matched: name.text, df: index.termPapers[t].length };
      }
    }
    if (best) hits.push(best);
  });
  index.paperTitlesFolded.forEach((title, p) => {
    const match = matchKind(query, query, compactQuery, title, title);
    if (match) hits.push({ kind: 'paper', i: p, match, matched: index.paperAttrs[p].label, df: 0 });
  });
  hits.sort(
    (a, b) =>
      MATCH_SCORE[b.match] - MATCH_SCORE[a.match] ||
      (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1) ||
      b.df - a.df ||
      a.i - b.i,
  );
  const results = hits.slice(0, limit).map((hit) => {
    const term = hit.kind === 'term' ? index.termAttrs[hit.i] : undefined;
    const paper = hit.kind === 'paper' ? index.paperAttrs[hit.i] : undefined;
    return {
      kind: hit.kind,
      id: term ? index.termIds[hit.i] : index.paperIds[hit.i],
      label: (term ?? paper)!.label,
      type: term?.type ?? null,
      year: paper?.year ?? null,
      papers: term ? hit.df : null,
      match: hit.match,
      matched: hit.matched,
      score: MATCH_SCORE[hit.match],
    };
  });
  return { query: { verb: 'search', text, limit, total: hits.length }, results };
}
