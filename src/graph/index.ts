// The graph stage: the paper–term bipartite graph and its term co-occurrence projection.
export { buildGraph, type GraphInput } from './build-graph';
export {
  buildConceptMap,
  type ConceptMapGraph,
  type ConceptMapOptions,
  DEFAULT_CONCEPT_MAP_OPTIONS,
} from './concept-map';
export {
  buildProjection,
  countPairs,
  type PairCounts,
  type ProjectionGraph,
  projectionCost,
} from './projection';
export {
  type LitgraphGraph,
  type ProjectionEdgeAttributes,
  paperNodeKey,
  TITLE_WEIGHT,
  termNodeKey,
} from './types';
