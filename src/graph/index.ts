// The graph stage: the paper–term bipartite graph and its term co-occurrence projection.
export { buildGraph, type GraphInput } from './build-graph';
export { buildProjection, type ProjectionGraph } from './projection';
export {
  type LitgraphGraph,
  type ProjectionEdgeAttributes,
  paperNodeKey,
  TITLE_WEIGHT,
  termNodeKey,
} from './types';
