// The graph model from the graph stage on: one undirected graphology graph of papers and terms.
import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types';

export type LitgraphGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Attributes of the term co-occurrence projection's edges. */
export interface ProjectionEdgeAttributes {
  /** Number of papers mentioning both terms. */
  weight: number;
  /** Association strength (van Eck & Waltman 2009): N · c_ij / (c_i · c_j). */
  association: number;
}

/** A mention in the title counts this many times in an edge's weight. */
export const TITLE_WEIGHT = 2;

export const paperNodeKey = (paperId: string): string => `paper:${paperId}`;
export const termNodeKey = (termKey: string): string => `term:${termKey}`;
