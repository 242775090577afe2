// `GET /api/node/:id`: one node's attributes with a summary of its neighbourhood (counts by kind and term type,
// the ten neighbours joined by the heaviest edges) and its community record.
import { notFound } from '../errors';
import type { CommunityInfo, NodeAttributes } from '../types';
import type { ServedGraph } from './query-api';

export interface NeighbourSummary {
  id: string;
  label: string;
  kind: NodeAttributes['kind'];
  type?: string;
  weight: number;
}

export interface NodeSummary {
  id: string;
  attributes: NodeAttributes;
  community?: CommunityInfo;
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
  graph.forEachEdge(id, (_edge, edgeAttributes, source, target) => {
    const other = source === id ? target : source;
    const neighbour = graph.getNodeAttributes(other);
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
  all.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  const community = graph.getAttribute('communities')?.find((info) => info.id === attributes.community);
  return {
    id,
    attributes,
    ...(community ? { community } : {}),
    neighbours: { total: all.length, byKind, byType, top: all.slice(0, TOP_NEIGHBOURS) },
  };
}
