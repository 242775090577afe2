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

/** `graph.export()` of a litgraph graph, validated. */
export interface LitgraphData {
  attributes: Partial<GraphAttributes> & { communities: CommunityInfo[] };
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
  year?: number;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  weight: number;
}
