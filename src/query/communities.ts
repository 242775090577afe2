// `community` (one community's terms by type and its papers, ranked) and `communities` (all of them, with
// sizes). Communities come from the build (Louvain, Blondel et al. 2008) as node attributes.
import { notFound, usageError } from '../errors';
import { TERM_TYPES } from '../types';
import { edgeWeight } from './cooccurrence';
import { compareScoresDesc } from './order';
import { quoteInput, resolveTerm } from './resolve';
import type { CommunityMembers, LimitOptions, QueryDocument, QueryIndex } from './types';
import { checkLimit } from './validate';

/** Id, label, sizes and description of a community, in the order both verbs print them. */
function describe(members: CommunityMembers) {
  const info = members.info;
  return {
    id: members.id,
    label: info?.label ?? `community ${members.id}`,
    size: members.papers.length + members.terms.length,
    papers: members.papers.length,
    terms: members.terms.length,
    topTerms: info?.topTerms ?? [],
    color: info?.color ?? null,
    meanYear: info?.meanYear ?? null,
  };
}

/** All communities that have members: largest first, then by id. */
export function communities(index: QueryIndex): QueryDocument {
  const results = [...index.communities.values()]
    .map(describe)
    .sort((a, b) => b.size - a.size || a.id - b.id);
  return { query: { verb: 'communities' }, results };
}

/**
 * One community, named by its id or by a term in it. Rows: its terms, type by type (method, task, dataset,
 * metric, concept), at most `limit` per type, scored by how many of the community's papers mention them;
 * then at most `limit` papers, scored by the summed weight of their edges to the community's terms. The
 * community's label and sizes are in `query.resolved`.
 */
export function community(index: QueryIndex, ref: string, options: LimitOptions = {}): QueryDocument {
  const limit = checkLimit(options.limit);
  const trimmed = ref.trim();
  if (trimmed === '') throw usageError('community must not be empty');
  let members: CommunityMembers | undefined;
  let viaTerm: { id: string; label: string } | null = null;
  if (/^\d+$/.test(trimmed)) members = index.communities.get(Number(trimmed));
  if (members === undefined) {
    if (/^\d+$/.test(trimmed) && index.termLookup.get(trimmed) === undefined) {
      const ids = [...index.communities.keys()].sort((a, b) => a - b);
      throw notFound(
        `unknown community ${trimmed}${ids.length > 0 ? `; communities are ${ids[0]} to ${ids[ids.length - 1]}` : ' (the graph has none)'}`,
      );
    }
    const term = resolveTerm(index, trimmed);
    const id = index.termAttrs[term.index].community;
    members = index.communities.get(id);
    if (members === undefined) throw notFound(`term ${quoteInput(term.label)} is in no community`);
    viaTerm = { id: term.id, label: term.label };
  }

  const c = members.id;
  const termRows = members.terms.map((t) => {
    let score = 0;
    for (const p of index.termPapers[t]) if (index.paperAttrs[p].community === c) score++;
    return { t, score };
  });
  const results: Array<Record<string, unknown>> = [];
  for (const type of TERM_TYPES) {
    const ofType = termRows
      .filter(({ t }) => index.termAttrs[t].type === type)
      .sort((a, b) => compareScoresDesc(a.score, b.score) || a.t - b.t)
      .slice(0, limit);
    for (const { t, score } of ofType) {
      results.push({
        kind: 'term',
        id: index.termIds[t],
        label: index.termAttrs[t].label,
        type,
        year: null,
        score,
      });
    }
  }
  const paperRows = members.papers.map((p) => {
    let score = 0;
    for (const t of index.paperTerms[p])
      if (index.termAttrs[t].community === c) score += edgeWeight(index, t, p);
    return { p, score };
  });
  paperRows.sort((a, b) => compareScoresDesc(a.score, b.score) || a.p - b.p);
  for (const { p, score } of paperRows.slice(0, limit)) {
    const attrs = index.paperAttrs[p];
    results.push({
      kind: 'paper',
      id: index.paperIds[p],
      label: attrs.label,
      type: null,
      year: attrs.year ?? null,
      score,
    });
  }
  return {
    query: { verb: 'community', community: ref, resolved: { ...describe(members), term: viaTerm }, limit },
    results,
  };
}
