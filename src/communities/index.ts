// The communities stage: seeded Louvain on the bipartite graph or the term projection, labels and colours.
import type { LitgraphGraph } from '../graph';
import { type DetectOptions, detectCommunities } from './detect';
import { labelCommunities } from './label';

export type { CommunitiesOn, DetectOptions } from './detect';
export { communityColor, OTHER_COLOR, PALETTE } from './palette';

/** Detects communities and writes `community` and `color` on every node and `communities`/`modularity` on the graph. */
export function assignCommunities(
  graph: LitgraphGraph,
  options: DetectOptions,
): { modularity: number; count: number } {
  const { membership, modularity, count } = detectCommunities(graph, options);
  const infos = labelCommunities(graph, membership, count);
  graph.forEachNode((node) => {
    const c = membership.get(node)!;
    graph.mergeNodeAttributes(node, { community: c, color: infos[c].color });
  });
  graph.setAttribute('communities', infos);
  graph.setAttribute('modularity', Math.round(modularity * 1e6) / 1e6);
  return { modularity, count };
}
