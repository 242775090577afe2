// `papers` (the papers mentioning a term, with the sentences as evidence) and `terms` (the terms of a paper,
// grouped by type).
import { TERM_TYPES } from '../types';
import { evidenceOf } from './evidence';
import { compareScoresDesc } from './order';
import { termSummary } from './query-index';
import { resolvePaper, resolveTerm } from './resolve';
import type { PapersOptions, QueryDocument, QueryIndex } from './types';
import { PAPER_SORTS } from './types';
import { checkChoice, checkLimit } from './validate';

/**
 * Papers mentioning the term. `relevance`: edge weight (title mentions count double) descending; `year`:
 * newest first, papers without a year last, then weight. Remaining ties: title, then id.
 */
export function papersOf(index: QueryIndex, term: string, options: PapersOptions = {}): QueryDocument {
  const limit = checkLimit(options.limit);
  const sort = checkChoice('sort', options.sort, PAPER_SORTS, 'relevance');
  const source = resolveTerm(index, term);
  const papers = index.termPapers[source.index];
  const weights = index.termPaperWeights[source.index];
  const order = Array.from(papers.keys());
  const yearOf = (k: number) => index.paperAttrs[papers[k]].year ?? Number.NEGATIVE_INFINITY;
  order.sort((a, b) => {
    const byYear = sort === 'year' ? yearOf(b) - yearOf(a) || 0 : 0;
    return byYear || compareScoresDesc(weights[a], weights[b]) || papers[a] - papers[b];
  });
  const results = order.slice(0, limit).map((k) => {
    const p = papers[k];
    const attrs = index.paperAttrs[p];
    const edge = index.graph.getEdgeAttributes(index.graph.edge(index.paperIds[p], source.id)!);
    return {
      id: index.paperIds[p],
      paperId: attrs.paperId,
      label: attrs.label,
      year: attrs.year ?? null,
      community: attrs.community,
      score: weights[k],
      mentions: edge.mentions,
      evidence: evidenceOf(attrs, edge),
    };
  });
  return {
    query: {
      verb: 'papers',
      term,
      resolved: { id: source.id, label: source.label, papers: papers.length },
      limit,
      sort,
    },
    results,
  };
}

/** Terms of a paper: by type (method, task, dataset, metric, concept), then edge weight, then label. */
export function termsOf(index: QueryIndex, paper: string): QueryDocument {
  const source = resolvePaper(index, paper);
  const terms = index.paperTerms[source.index];
  const weights = index.paperTermWeights[source.index];
  const typeRank = (k: number) => TERM_TYPES.indexOf(index.termAttrs[terms[k]].type);
  const order = Array.from(terms.keys()).sort(
    (a, b) => typeRank(a) - typeRank(b) || compareScoresDesc(weights[a], weights[b]) || terms[a] - terms[b],
  );
  const results = order.map((k) => {
    const t = terms[k];
    const edge = index.graph.getEdgeAttributes(index.graph.edge(source.id, index.termIds[t])!);
    return {
      ...termSummary(index, t),
      score: weights[k],
      mentions: edge.mentions,
    };
  });
  const attrs = index.paperAttrs[source.index];
  return {
    query: {
      verb: 'terms',
      paper,
      resolved: { id: source.id, paperId: source.paperId, label: source.label, year: attrs.year ?? null },
    },
    results,
  };
}
