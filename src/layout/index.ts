// The layout stage: seeded initial positions, ForceAtlas2 (Jacomy et al. 2014, "ForceAtlas2, a continuous graph
// layout algorithm for handy network visualization") with iterations scaled to the graph's size and Barnes–Hut
// on large graphs, then noverlap to separate overlapping nodes; sizes by degree. Writes x, y, size. A rebuild starts
// from the previous build's positions (kept in the cache): the same graph gets them back as they were, a grown
// graph a short ForceAtlas2 run from them, so the map keeps its shape and costs a fraction of a fresh layout.

import { createHash } from 'node:crypto';
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { buildConceptMap, type LitgraphGraph } from '../graph';
import { seededRandom } from '../util/rng';

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

/** The previous build's positions, and whether they were computed for this very graph and these options. */
export interface PreviousLayout {
  readonly positions: ReadonlyMap<string, readonly [number, number]>;
  readonly sameGraph: boolean;
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

/** A warm start needs at least this share of the laid-out nodes to have previous positions. */
export const WARM_MIN_SHARE = 0.5;
const WARM_MIN_ITERATIONS = 10;

/**
 * Iterations of a warm start: twice the share of new nodes times a fresh layout's iterations (a tenth at least,
 * WARM_MIN_ITERATIONS at least) — a graph that grew by 5% gets a tenth of a fresh run, one that grew by half a
 * full run.
 */
export function warmIterations(order: number, newNodes: number): number {
  const share = Math.min(1, Math.max(0.1, (2 * newNodes) / Math.max(1, order)));
  return Math.max(WARM_MIN_ITERATIONS, Math.round(scaledIterations(order) * share));
}

/**
 * What the layout depends on, as a hash: the options and the graph's nodes and weighted edges in order. Equal
 * fingerprints mean a fresh layout would give the same positions (the layout is deterministic).
 */
export function layoutFingerprint(graph: LitgraphGraph, options: LayoutOptions): string {
  const hash = createHash('sha1');
  hash.update(
    JSON.stringify({
      seed: options.seed,
      iterations: options.iterations,
      termsFirstMinNodes: options.termsFirstMinNodes ?? TERMS_FIRST_MIN_NODES,
    }),
  );
  graph.forEachNode((node, a) => {
    hash.update(`\u0000n${node}\u0000${a.kind}`);
  });
  graph.forEachEdge((_e, a, source, target) => {
    hash.update(`\u0000e${source}\u0000${target}\u0000${a.weight}`);
  });
  return hash.digest('hex');
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

/** Above this many nodes the layout works on the concept map and places papers at their terms' barycentre. */
export const TERMS_FIRST_MIN_NODES = 20_000;

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

/**
 * Moves nodes with a previous position there, and new nodes to the mean position of their placed neighbours
 * (with a small seeded jitter; a new node without one keeps its random position). Returns the nodes placed from
 * previous positions, 0 (nothing moved) when fewer than WARM_MIN_SHARE of the nodes have one.
 */
function warmStart(
  graph: Graph,
  positions: ReadonlyMap<string, readonly [number, number]>,
  rng: () => number,
): number {
  const known = graph.filterNodes((node) => positions.has(node)).length;
  if (known === 0 || known < WARM_MIN_SHARE * graph.order) return 0;
  let extent = 1;
  graph.updateEachNodeAttributes((node, a) => {
    const p = positions.get(node);
    if (!p) return a;
    extent = Math.max(extent, Math.abs(p[0]), Math.abs(p[1]));
    return { ...a, x: p[0], y: p[1] };
  });
  const jitter = extent / 100;
  graph.forEachNode((node) => {
    if (positions.has(node)) return;
    let x = 0;
    let y = 0;
    let k = 0;
    graph.forEachNeighbor(node, (neighbour) => {
      const p = positions.get(neighbour);
      if (!p) return;
      x += p[0];
      y += p[1];
      k++;
    });
    if (k > 0)
      graph.mergeNodeAttributes(node, {
        x: x / k + (rng() - 0.5) * jitter,
        y: y / k + (rng() - 0.5) * jitter,
      });
  });
  return known;
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
