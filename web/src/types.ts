// Viewer-side types: the graph.json the server sends and the display attributes sigma draws.
import type {
  CommunityInfo,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PaperNodeAttributes,
  TermNodeAttributes,
  TermType,
} from '../../src/types';

export { TERM_TYPES } from '../../src/types';
export type {
  CommunityInfo,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PaperNodeAttributes,
  TermNodeAttributes,
  TermType,
};

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key?: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** What the viewer draws: the whole paper–term graph, or the terms-only concept map of a large graph. */
export type GraphView = 'full' | 'concepts';
export const GRAPH_VIEWS: readonly GraphView[] = ['full', 'concepts'];

/** `GET /api/health`: the full graph's size and the view the server suggests opening. */
export interface HealthInfo {
  nodes: number;
  edges: number;
  papers: number;
  terms: number;
  defaultView: GraphView;
}

/** `graph.export()` of a litgraph graph (or of its concept map, `attributes.view = 'concepts'`), validated. */
export interface LitgraphData {
  attributes: Partial<GraphAttributes> & { communities: CommunityInfo[]; view?: string };
  options?: Record<string, unknown>;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export type NodeKind = 'paper' | 'term';

/**
 * What the display graph stores per node: the node's own attributes from graph.json, shared with the data rather
 * than copied (sigma then copies them exactly as it would bare data: the first frame waits for this). A term's
 * `type` is its term type; sigma's render program (also `type`) is set from `kind` by the node reducer. Facts
 * derived per view — a term's year in the concept map, a degree missing from old files — are read through
 * data/node-facts.ts.
 */
export type DisplayNodeAttributes = NodeAttributes;

/** Attributes of the display graph itself. */
export interface DisplayGraphAttributes {
  view: GraphView;
}

/**
 * What the display graph stores per edge: the edge's own attributes from graph.json (a mention's spans, a concept
 * link's shared papers), shared with the data rather than copied, with a numeric weight. sigma's size and colour
 * are derived from the weight by the edge reducer.
 */
export interface DisplayEdgeAttributes extends Partial<Omit<EdgeAttributes, 'weight'>> {
  weight: number;
}
