// `GET /api/node/:id`: one node's attributes with a summary of its neighbourhood (counts by kind and term type,
// the ten neighbours joined by the heaviest edges) and its community record; a paper also lists every term it
// mentions with the mention spans, so a viewer without the paper–term edges can mark them in the abstract.
import { notFound } from '../errors';
import type { CommunityInfo, EdgeAttributes, NodeAttributes, TermType } from '../types';
import type { ServedGraph } from './query-api';

export interface NeighbourSummary {
  id: string;
  label: string;
  kind: NodeAttributes['kind'];
  type?: string;
  weight: number;
}

/** A term a paper mentions: `spans` are the edge's `[field (0 title, 1 abstract), sentence, start, end]`. */
export interface PaperTerm {
  id: string;
  label: string;
  type: TermType;
  weight: number;
  spans: EdgeAttributes['spans'];
}

export interface NodeSummary {
  id: string;
  attributes: NodeAttributes;
  community?: CommunityInfo;
  /** Papers only: all their terms, strongest edge first. */
  terms?: PaperTerm[];
  neighbours: {
    total: number;
    byKind: Record<string, number>;
    byType: Record<string, number>;
    top: NeighbourSummary[];
  };
}

export const TOP_NEIGHBOURS = 10;

export function summariseNode(graph: ServedGraph, id: string): NodeSummary {
  if (!graph.hasNode(id)) throw notFound(`no node "${id}" in the graph`);
  const attributes = graph.getNodeAttributes(id);
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const all: NeighbourSummary[] = [];
  const terms: PaperTerm[] = [];
  graph.forEachEdge(id, (_edge, edgeAttributes, source, target) => {
    const other = source === id ? target : source;
    const neighbour = graph.getNodeAttributes(other);
    if (attributes.kind === 'paper' && neighbour.kind === 'term') {
      terms.push({
        id: other,
        label: neighbour.label,
        type: neighbour.type,
        weight: edgeAttributes.weight,
        spans: edgeAttributes.spans ?? [],
      });
    }
    byKind[neighbour.kind] = (byKind[neighbour.kind] ?? 0) + 1;
    if (neighbour.kind === 'term') byType[neighbour.type] = (byType[neighbour.type] ?? 0) + 1;
    all.push({
      id: other,
      label: neighbour.label,
      kind: neighbour.kind,
      ...(neighbour.kind === 'term' ? { type: neighbour.type } : {}),
      weight: edgeAttributes.weight,
    });
  });
  const strongestFirst = (a: { weight: number; label: string; id: string }, b: typeof a): number =>
    b.weight - a.weight || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  all.sort(strongestFirst);
  terms.sort(strongestFirst);
  const community = graph.getAttribute('communities')?.find((info) => info.id === attributes.community);
  return {
    id,
    attributes,
    ...(community ? { community } : {}),
    ...(attributes.kind === 'paper' ? { terms } : {}),
    neighbours: { total: all.length, byKind, byType, top: all.slice(0, TOP_NEIGHBOURS) },
  };
}
