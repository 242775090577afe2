// createQueryIndex: everything the verbs need, computed once per graph — terms and papers numbered in label
// order, each term's papers and each paper's terms as sorted typed arrays (co-occurrence is then a count over
// a term's papers), the resolution tables and the community memberships.
import type { CommunityInfo, PaperNodeAttributes, TermNodeAttributes } from '../types';
import { compactTerm, foldText, normaliseTerm } from './normalise';
import { compareLabels } from './order';
import type { CommunityMembers, LitgraphGraph, QueryIndex, TermName } from './types';

/** Resolution ranks: a label (or key) beats an acronym, which beats an alias. */
const RANK_LABEL = 0;
const RANK_ACRONYM = 1;
const RANK_ALIAS = 2;

/** Keys of `paperLookup`. */
export const paperIdKey = (paperId: string): string => `id:${paperId}`;
export const paperDoiKey = (doi: string): string => `doi:${doi.trim().toLowerCase()}`;
export const paperTitleKey = (title: string): string => `title:${foldText(title)}`;

/** The fields every term row of a query result starts with. */
export function termSummary(
  index: QueryIndex,
  t: number,
): { id: string; label: string; type: TermNodeAttributes['type']; community: number } {
  const attrs = index.termAttrs[t];
  return { id: index.termIds[t], label: attrs.label, type: attrs.type, community: attrs.community };
}

export function createQueryIndex(graph: LitgraphGraph): QueryIndex {
  const terms: { id: string; attrs: TermNodeAttributes }[] = [];
  const papers: { id: string; attrs: PaperNodeAttributes }[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'term') terms.push({ id, attrs });
    else papers.push({ id, attrs });
  });
  const byLabel = (
    a: { id: string; attrs: { label: string } },
    b: { id: string; attrs: { label: string } },
  ) => compareLabels(a.attrs.label, a.id, b.attrs.label, b.id);
  terms.sort(byLabel);
  papers.sort(byLabel);
  const termIndexById = new Map(terms.map((t, i) => [t.id, i]));
  const paperIndexById = new Map(papers.map((p, i) => [p.id, i]));

  // Adjacency: papers in index order, so each term's paper list comes out ascending.
  const termPaperLists: number[][] = terms.map(() => []);
  const termWeightLists: number[][] = terms.map(() => []);
  const paperTerms: Int32Array[] = [];
  const paperTermWeights: Float64Array[] = [];
  papers.forEach((paper, p) => {
    const pairs: [number, number][] = [];
    graph.forEachEdge(paper.id, (_edge, attrs, source, target) => {
      const t = termIndexById.get(source === paper.id ? target : source);
      if (t !== undefined) pairs.push([t, attrs.weight]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    paperTerms.push(Int32Array.from(pairs, (pair) => pair[0]));
    paperTermWeights.push(Float64Array.from(pairs, (pair) => pair[1]));
    for (const [t, weight] of pairs) {
      termPaperLists[t].push(p);
      termWeightLists[t].push(weight);
    }
  });
  const termPapers = termPaperLists.map((list) => Int32Array.from(list));
  const termPaperWeights = termWeightLists.map((list) => Float64Array.from(list));

  // Resolution: the best (rank, then more papers, then index order) term for each normalised form.
  const best = new Map<string, { t: number; rank: number }>();
  const bestCompact = new Map<string, { t: number; rank: number }>();
  const offer = (table: Map<string, { t: number; rank: number }>, form: string, t: number, rank: number) => {
    if (form === '') return;
    const current = table.get(form);
    if (
      current === undefined ||
      rank < current.rank ||
      (rank === current.rank && termPapers[t].length > termPapers[current.t].length)
    ) {
      table.set(form, { t, rank });
    }
  };
  const termNames: TermName[][] = [];
  terms.forEach(({ attrs }, t) => {
    const names: TermName[] = [];
    const forms: [string, number][] = [
      [attrs.label, RANK_LABEL],
      ...(attrs.acronym ? [[attrs.acronym, RANK_ACRONYM] as [string, number]] : []),
      ...attrs.aliases.map((alias) => [alias, RANK_ALIAS] as [string, number]),
    ];
    for (const [text, rank] of forms) {
      const normalised = normaliseTerm(text);
      if (text.trim() !== '' && !names.some((name) => name.text === text)) {
        names.push({ text, normalised, folded: foldText(text) });
      }
      offer(best, normalised, t, rank);
      offer(bestCompact, compactTerm(normalised), t, rank);
    }
    const key = normaliseTerm(attrs.key);
    offer(best, key, t, RANK_LABEL);
    offer(bestCompact, compactTerm(key), t, RANK_LABEL);
    termNames.push(names);
  });
  const termLookup = new Map([...best].map(([form, { t }]) => [form, t]));
  const termLookupCompact = new Map([...bestCompact].map(([form, { t }]) => [form, t]));

  // Papers: by id, DOI and title; the first paper in index order wins a shared title.
  const paperLookup = new Map<string, number>();
  const claim = (key: string, p: number) => {
    if (!paperLookup.has(key)) paperLookup.set(key, p);
  };
  papers.forEach(({ attrs }, p) => {
    if (attrs.paperId) claim(paperIdKey(attrs.paperId), p);
    if (attrs.doi) claim(paperDoiKey(attrs.doi), p);
    claim(paperTitleKey(attrs.label), p);
  });

  const infoById = new Map<number, CommunityInfo>();
  for (const info of graph.getAttribute('communities') ?? []) infoById.set(info.id, info);
  const communities = new Map<number, CommunityMembers>();
  const member = (id: number): CommunityMembers => {
    let entry = communities.get(id);
    if (!entry) {
      entry = { id, info: infoById.get(id), terms: [], papers: [] };
      communities.set(id, entry);
    }
    return entry;
  };
  terms.forEach(({ attrs }, t) => {
    if (attrs.community >= 0) member(attrs.community).terms.push(t);
  });
  papers.forEach(({ attrs }, p) => {
    if (attrs.community >= 0) member(attrs.community).papers.push(p);
  });

  return {
    graph,
    termIds: terms.map((t) => t.id),
    termAttrs: terms.map((t) => t.attrs),
    paperIds: papers.map((p) => p.id),
    paperAttrs: papers.map((p) => p.attrs),
    termIndexById,
    paperIndexById,
    termPapers,
    termPaperWeights,
    paperTerms,
    paperTermWeights,
    termLookup,
    termLookupCompact,
    termNames,
    paperTitlesFolded: papers.map((p) => foldText(p.attrs.label)),
    paperLookup,
    communities,
    paperCount: papers.length,
    scratch: new Int32Array(terms.length),
  };
}
