// The layout stage: seeded initial positions, ForceAtlas2 (Jacomy et al. 2014, "ForceAtlas2, a continuous graph
// layout algorithm for handy network visualization") with iterations scaled to the graph's size and Barnes–Hut
// on large graphs, then noverlap to separate overlapping nodes; sizes by degree. Writes x, y, size. A rebuild starts
// from the previous build's positions (kept in the cache): the same graph gets them back as they were, a grown
// graph a short ForceAtlas2 run from them, so the map keeps its shape and costs a fraction of a fresh layout.

import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { buildConceptMap, type LitgraphGraph } from '../graph';
import { seededRandom } from '../util/rng';
import { type PreviousLayout, warmIterations, warmStart } from './previous-layout';
import { scaledIterations, TERMS_FIRST_MIN_NODES } from './scale';

export {
  layoutFingerprint,
  layoutStamp,
  type PreviousLayout,
  previousLayout,
  type StoredPositions,
  WARM_MIN_SHARE,
  warmIterations,
} from './previous-layout';
export { scaledIterations, TERMS_FIRST_MIN_NODES } from './scale';

/** Above this many nodes noverlap is skipped (see assignLayout). */
export const NOVERLAP_MAX_NODES = 5_000;

export interface LayoutOptions {
  readonly seed: number;
  /** ForceAtlas2 iterations; 0 = scaled to the graph size. */
  readonly iterations: number;
  /** Lay out terms first above this many nodes (default TERMS_FIRST_MIN_NODES). */
  readonly termsFirstMinNodes?: number;
  /** Positions of the previous build, to start from. */
  readonly previous?: PreviousLayout;
}

/**
 * How the layout started: from random positions (`fresh`), from the previous build's (`warm`: a shorter
 * ForceAtlas2 run, new nodes placed at their placed neighbours first), or the previous positions as they were
 * (`reused`: same graph, same options — what a fresh run would give again).
 */
export type LayoutStart = 'fresh' | 'warm' | 'reused';

export interface LayoutReport {
  readonly iterations: number;
  readonly barnesHut: boolean;
  /** Laid out on the concept map, papers placed by their terms. */
  readonly termsFirst: boolean;
  readonly start: LayoutStart;
  /** Nodes that started from a previous position. */
  readonly reusedNodes: number;
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

/**
 * Lays the graph out in place; deterministic for a given seed and graph. Large graphs (more than
 * TERMS_FIRST_MIN_NODES nodes) are laid out terms first: ForceAtlas2 runs on the concept map (terms linked to their
 * strongest co-occurrences), then each paper goes to the weighted barycentre of its terms, with a small seeded
 * jitter — a paper's position is decided by its terms in the bipartite layout anyway, at a fraction of the cost.
 */
export function assignLayout(graph: LitgraphGraph, options: LayoutOptions): LayoutReport {
  assignSizes(graph);
  const termsFirst = graph.order > (options.termsFirstMinNodes ?? TERMS_FIRST_MIN_NODES);
  const previous = options.previous;
  if (previous?.sameGraph && graph.everyNode((node) => previous.positions.has(node))) {
    graph.updateEachNodeAttributes((node, a) => {
      const [x, y] = previous.positions.get(node)!;
      return { ...a, x, y };
    });
    return { iterations: 0, barnesHut: false, termsFirst, start: 'reused', reusedNodes: graph.order };
  }
  const rng = seededRandom(options.seed);
  if (termsFirst) return layoutTermsFirst(graph, options, rng);
  const { iterations, start, reusedNodes } = runForceAtlas2(graph, options, rng);
  // noverlap costs ~50 ms per iteration per thousand nodes and its grid keeps a Set of cell pairs that
  // overflows V8's maximum Set size on very large graphs; there, nodes are small relative to the map anyway.
  if (graph.size > 0 && graph.order <= NOVERLAP_MAX_NODES) {
    noverlap.assign(graph, { maxIterations: 80, settings: { margin: 1, ratio: 1.1 } });
  }
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: round(a.x), y: round(a.y) }));
  return { iterations, barnesHut: graph.order > 2_000, termsFirst: false, start, reusedNodes };
}

/**
 * Seeded random start — or the previous positions when most nodes have one (new nodes at the mean of their
 * placed neighbours) — then ForceAtlas2 with iterations scaled to the graph (fewer from a warm start: warmIterations).
 */
function runForceAtlas2(
  graph: Graph,
  options: LayoutOptions,
  rng: () => number,
): { iterations: number; start: LayoutStart; reusedNodes: number } {
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
  const reusedNodes = options.previous ? warmStart(graph, options.previous.positions, rng) : 0;
  const start: LayoutStart = reusedNodes > 0 ? 'warm' : 'fresh';
  const iterations =
    options.iterations > 0
      ? options.iterations
      : start === 'warm'
        ? warmIterations(graph.order, graph.order - reusedNodes)
        : scaledIterations(graph.order);
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 2_000,
        adjustSizes: false,
        linLogMode: false,
      },
    });
  }
  return { iterations, start, reusedNodes };
}

function layoutTermsFirst(graph: LitgraphGraph, options: LayoutOptions, rng: () => number): LayoutReport {
  const map = buildConceptMap(graph, { linksPerTerm: 8, minShared: 2 });
  const { iterations, start, reusedNodes } = runForceAtlas2(map as unknown as Graph, options, rng);
  let maxRadius = 1;
  map.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: round(a.x), y: round(a.y) });
    maxRadius = Math.max(maxRadius, Math.hypot(a.x, a.y));
  });
  const jitter = maxRadius / 200;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    let x = 0;
    let y = 0;
    let w = 0;
    graph.forEachEdge(node, (_e, ea, source, target) => {
      const term = graph.getNodeAttributes(source === node ? target : source);
      x += term.x * ea.weight;
      y += term.y * ea.weight;
      w += ea.weight;
    });
    if (w > 0) {
      graph.mergeNodeAttributes(node, {
        x: round(x / w + (rng() - 0.5) * jitter),
        y: round(y / w + (rng() - 0.5) * jitter),
      });
    } else {
      // Papers without terms sit on a ring just outside the map.
      const angle = rng() * 2 * Math.PI;
      graph.mergeNodeAttributes(node, {
        x: round(Math.cos(angle) * maxRadius * 1.05),
        y: round(Math.sin(angle) * maxRadius * 1.05),
      });
    }
  });
  return { iterations, barnesHut: map.order > 2_000, termsFirst: true, start, reusedNodes };
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);
