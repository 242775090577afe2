// The first view's frame: the layout's bounding box without far outliers (an unconnected paper placed far away
// would otherwise shrink the whole map), or null when the full box is already tight.
export interface BBox {
  x: [number, number];
  y: [number, number];
}

const quantile = (sorted: Float64Array, q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Box of the 1st–99th percentiles plus a 5% margin, when that is under 90% of the full box on an axis. */
export function robustBBox(xs: number[], ys: number[]): BBox | null {
  if (xs.length < 50) return null;
  const axis = (values: number[]): { full: [number, number]; core: [number, number] } => {
    // A typed array sorts numerically without a comparator: several times faster on a large graph.
    const sorted = Float64Array.from(values).sort();
    const low = quantile(sorted, 0.01);
    const high = quantile(sorted, 0.99);
    const margin = (high - low) * 0.05;
    return { full: [sorted[0], sorted[sorted.length - 1]], core: [low - margin, high + margin] };
  };
  const x = axis(xs);
  const y = axis(ys);
  const span = (range: [number, number]): number => range[1] - range[0];
  const tighter = span(x.core) < 0.9 * span(x.full) || span(y.core) < 0.9 * span(y.full);
  return tighter ? { x: x.core, y: y.core } : null;
}
