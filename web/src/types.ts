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
 * What the display graph stores per node. sigma reads `type` as the render program, so a term's type lives in
 * `termType` and `type` is the program: 'paper' (ring) or 'term' (disc).
 */
export interface DisplayNodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  type: NodeKind;
  kind: NodeKind;
  community: number;
  degree: number;
  termType?: TermType;
  /** A paper's year; in the concept map also a term's (the mean year of its papers, else the first). */
  year?: number;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  weight: number;
}
