// The graph an export carries: the bipartite graph itself, the term co-occurrence projection (association
// strength, van Eck & Waltman 2009) or papers linked by shared terms. In the two projections `degree` is
// recomputed for the view, and graph attributes say which view it is.
import type Graph from 'graphology';
import { usageError } from '../errors';
import { buildProjection, type LitgraphGraph } from '../graph';
import { buildPaperLinks } from './paper-links';
import type { ExportView } from './types';

export const DEFAULT_MIN_SHARED: Record<ExportView, number> = { all: 1, terms: 1, papers: 2 };

/** The graph of `view`; `all` is the graph itself (not copied). */
export function buildView(graph: LitgraphGraph, view: ExportView, minShared?: number): Graph {
  const min = minShared ?? DEFAULT_MIN_SHARED[view];
  if (!Number.isInteger(min) || min < 1 || min > 1_000_000) {
    throw usageError(`--min-shared must be an integer from 1 to 1000000 (got ${min})`);
  }
  if (view === 'all') return graph as unknown as Graph;
  const projected: Graph =
    view === 'terms'
      ? (buildProjection(graph, min) as unknown as Graph)
      : (buildPaperLinks(graph, min) as unknown as Graph);
  projected.forEachNode((node) => projected.setNodeAttribute(node, 'degree', projected.degree(node)));
  projected.replaceAttributes({ ...graph.getAttributes(), view, minShared: min });
  return projected;
}
