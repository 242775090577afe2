// How much layout a graph gets: ForceAtlas2 iterations by size, and the size from which the layout runs on the
// terms only (papers placed at their terms afterwards).

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
