// Starting a layout from the previous build's positions: the stamp saying which graph and options they were
// computed for (kept with them in the cache), the choice between reusing them, a warm start or a fresh layout, and
// the warm start itself (see assignLayout).
import { createHash } from 'node:crypto';
import type Graph from 'graphology';
import type { LitgraphGraph } from '../graph';
import type { LayoutOptions } from './index';
import { scaledIterations, TERMS_FIRST_MIN_NODES } from './scale';

/** The previous build's positions, and whether they were computed for this very graph and these options. */
export interface PreviousLayout {
  readonly positions: ReadonlyMap<string, readonly [number, number]>;
  readonly sameGraph: boolean;
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

/** Positions stored by a previous build with their stamp (src/cache keeps them). */
export interface StoredPositions {
  readonly stamp: string;
  readonly positions: ReadonlyMap<string, readonly [number, number]>;
}

/** What a build's positions belong to: the seed, and the fingerprint of the graph and layout options. */
export const layoutStamp = (graph: LitgraphGraph, options: LayoutOptions): string =>
  JSON.stringify({ seed: options.seed, graph: layoutFingerprint(graph, options) });

/**
 * The previous positions to start this layout from (its stamp is `stamp`), or undefined: another seed asks for
 * another layout, so only positions laid out with the same seed are a starting point.
 */
export function previousLayout(
  stored: StoredPositions | undefined,
  stamp: string,
): PreviousLayout | undefined {
  if (!stored || seedOfStamp(stored.stamp) !== seedOfStamp(stamp)) return undefined;
  return { positions: stored.positions, sameGraph: stored.stamp === stamp };
}

function seedOfStamp(stamp: string): number | undefined {
  try {
    const seed = (JSON.parse(stamp) as { seed?: unknown }).seed;
    return typeof seed === 'number' ? seed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves nodes with a previous position there, and new nodes to the mean position of their placed neighbours
 * (with a small seeded jitter; a new node without one keeps its random position). Returns the nodes placed from
 * previous positions, 0 (nothing moved) when fewer than WARM_MIN_SHARE of the nodes have one.
 */
export function warmStart(
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
