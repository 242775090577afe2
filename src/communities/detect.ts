// Community detection with Louvain (Blondel et al. 2008, "Fast unfolding of communities in large networks")
// through graphology-communities-louvain, seeded: several runs from consecutive seeds, the best modularity kept.
import louvain from 'graphology-communities-louvain';
import type { LitgraphGraph } from '../graph';
import { buildProjection } from '../graph';
import { seededRandom } from '../util/rng';

export type CommunitiesOn = 'bipartite' | 'projection';

export interface DetectOptions {
  readonly on: CommunitiesOn;
  readonly resolution: number;
  readonly seed: number;
  /** Louvain runs from seed, seed+1, …; the partition with the best modularity is kept. */
  readonly runs: number;
}

export interface Detection {
  /** node key → community number, numbered by size (0 = largest), ties by first node. */
  readonly membership: Map<string, number>;
  readonly modularity: number;
  readonly count: number;
}

/** Detects communities of every node; papers follow their terms' majority in `projection` mode. */
export function detectCommunities(graph: LitgraphGraph, options: DetectOptions): Detection {
  const target = options.on === 'projection' ? buildProjection(graph) : graph;
  let best: { communities: Record<string, number>; modularity: number } | undefined;
  if (target.size > 0) {
    for (let run = 0; run < options.runs; run++) {
      const result = louvain.detailed(target, {
        getEdgeWeight: 'weight',
        resolution: options.resolution,
        rng: seededRandom(options.seed + run),
      });
      if (!best || result.modularity > best.modularity + 1e-12) best = result;
    }
  }
  const raw = new Map<string, number>();
  // Nodes without edges form no community of their own: they share one, numbered last.
  const UNCONNECTED = -1;
  graph.forEachNode((node) => {
    const c = best?.communities[node];
    raw.set(node, c === undefined || graph.degree(node) === 0 ? UNCONNECTED : c);
  });
  if (options.on === 'projection') assignPapersByMajority(graph, raw);
  return { ...renumberBySize(graph, raw), modularity: best?.modularity ?? 0 };
}

function assignPapersByMajority(graph: LitgraphGraph, raw: Map<string, number>): void {
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    const votes = new Map<number, number>();
    graph.forEachEdge(node, (_e, ea, source, target) => {
      const term = source === node ? target : source;
      const c = raw.get(term)!;
      if (c !== -1) votes.set(c, (votes.get(c) ?? 0) + ea.weight);
    });
    let winner = -1;
    let top = 0;
    for (const [c, n] of [...votes.entries()].sort((a, b) => a[0] - b[0])) {
      if (n > top) {
        winner = c;
        top = n;
      }
    }
    raw.set(node, winner);
  });
}

function renumberBySize(graph: LitgraphGraph, raw: Map<string, number>): Omit<Detection, 'modularity'> {
  const sizes = new Map<number, { size: number; first: number }>();
  let i = 0;
  graph.forEachNode((node) => {
    const c = raw.get(node)!;
    const s = sizes.get(c);
    if (s) s.size++;
    else sizes.set(c, { size: 1, first: i });
    i++;
  });
  const order = [...sizes.entries()]
    .filter(([c]) => c !== -1)
    .sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first)
    .map(([c]) => c);
  const renumber = new Map(order.map((c, rank) => [c, rank]));
  if (sizes.has(-1)) renumber.set(-1, order.length);
  const membership = new Map<string, number>();
  for (const [node, c] of raw) membership.set(node, renumber.get(c)!);
  return { membership, count: renumber.size };
}
