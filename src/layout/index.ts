// The layout stage: seeded initial positions, ForceAtlas2 (Jacomy et al. 2014, "ForceAtlas2, a continuous graph
// layout algorithm for handy network visualization") with iterations scaled to the graph's size and Barnes–Hut
// on large graphs, then noverlap to separate overlapping nodes; sizes by degree. Writes x, y, size.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { LitgraphGraph } from '../graph';
import { seededRandom } from '../util/rng';

/** Above this many nodes noverlap is skipped (see assignLayout). */
export const NOVERLAP_MAX_NODES = 5_000;

export interface LayoutOptions {
  readonly seed: number;
  /** ForceAtlas2 iterations; 0 = scaled to the graph size. */
  readonly iterations: number;
}

export interface LayoutReport {
  readonly iterations: number;
  readonly barnesHut: boolean;
}

/** Node size from degree: 2 to 14, square-root scaled; terms a little larger than papers at equal degree. */
export function assignSizes(graph: LitgraphGraph): void {
  let maxDegree = 1;
  graph.forEachNode((_n, a) => {
    maxDegree = Math.max(maxDegree, a.degree);
  });
  graph.updateEachNodeAttributes((_n, a) => ({
    ...a,
    size: Math.round((2 + 12 * Math.sqrt(a.degree / maxDegree) + (a.kind === 'term' ? 1 : 0)) * 100) / 100,
  }));
}

/** Iterations for n nodes: many on small graphs, fewer (but Barnes–Hut) on large ones. */
export function scaledIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 2_000) return 300;
  if (order <= 10_000) return 150;
  if (order <= 50_000) return 80;
  return 50;
}

/** Lays the graph out in place; deterministic for a given seed and graph. */
export function assignLayout(graph: LitgraphGraph, options: LayoutOptions): LayoutReport {
  assignSizes(graph);
  const rng = seededRandom(options.seed);
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
  const iterations = options.iterations > 0 ? options.iterations : scaledIterations(graph.order);
  const barnesHut = graph.order > 2_000;
  if (graph.size > 0) {
    const inferred = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...inferred, barnesHutOptimize: barnesHut, adjustSizes: false, linLogMode: false },
    });
    // noverlap costs ~50 ms per iteration per thousand nodes and its grid keeps a Set of cell pairs that
    // overflows V8's maximum Set size on very large graphs; there, nodes are small relative to the map anyway.
    if (graph.order <= NOVERLAP_MAX_NODES) {
      noverlap.assign(graph, { maxIterations: 80, settings: { margin: 1, ratio: 1.1 } });
    }
  }
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: round(a.x), y: round(a.y) }));
  return { iterations, barnesHut };
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);
