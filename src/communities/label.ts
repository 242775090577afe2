// Community labels: the 3 most distinctive terms of each community, scored n_c(t) · log(N / df(t)) — how many of
// the community's papers mention the term, discounted by how common the term is overall (a tf-idf reading).
import type { LitgraphGraph } from '../graph';
import type { CommunityInfo } from '../types';
import { communityColor } from './palette';

export function labelCommunities(
  graph: LitgraphGraph,
  membership: ReadonlyMap<string, number>,
  count: number,
): CommunityInfo[] {
  let totalPapers = 0;
  const infos = Array.from({ length: count }, (_, id) => ({
    id,
    papers: 0,
    terms: 0,
    years: [] as number[],
    scores: new Map<string, number>(),
  }));
  graph.forEachNode((node, attrs) => {
    const info = infos[membership.get(node)!];
    if (attrs.kind === 'paper') {
      totalPapers++;
      info.papers++;
      if (attrs.year !== undefined) info.years.push(attrs.year);
    } else info.terms++;
  });
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'term') return;
    const c = membership.get(node)!;
    let inCommunity = 0;
    graph.forEachNeighbor(node, (paper) => {
      if (membership.get(paper) === c) inCommunity++;
    });
    if (inCommunity > 0) infos[c].scores.set(node, inCommunity * Math.log((totalPapers + 1) / attrs.df));
  });
  return infos.map((info) => {
    const top = [...info.scores.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([node]) => graph.getNodeAttribute(node, 'label'));
    const meanYear = info.years.length
      ? Math.round((info.years.reduce((a, b) => a + b, 0) / info.years.length) * 10) / 10
      : undefined;
    return {
      id: info.id,
      label: top.length ? top.join(' · ') : 'unconnected papers',
      topTerms: top,
      papers: info.papers,
      terms: info.terms,
      color: communityColor(info.id),
      ...(meanYear !== undefined ? { meanYear } : {}),
    };
  });
}
