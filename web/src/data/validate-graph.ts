// Checks that /api/graph returned a litgraph graph the viewer can draw, with a readable message when it did not.
import type { CommunityInfo, LitgraphData, SerializedEdge, SerializedNode } from '../types';

export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const HEX_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

/** Returns the data typed when it is a drawable litgraph graph; throws GraphDataError naming the first problem. */
export function validateGraphData(value: unknown): LitgraphData {
  if (!isObject(value)) throw new GraphDataError('the graph is not a JSON object');
  const { nodes, edges } = value;
  if (!Array.isArray(nodes)) throw new GraphDataError('the graph has no "nodes" list');
  if (!Array.isArray(edges)) throw new GraphDataError('the graph has no "edges" list');
  const keys = new Set<string>();
  nodes.forEach((node, i) => {
    checkNode(node, i);
    if (keys.has(node.key)) throw new GraphDataError(`node ${i} repeats the key "${node.key}"`);
    keys.add(node.key);
  });
  edges.forEach((edge, i) => {
    checkEdge(edge, i, keys);
  });
  const attributes = isObject(value.attributes) ? value.attributes : {};
  const communities = Array.isArray(attributes.communities) ? attributes.communities.filter(isCommunity) : [];
  return {
    ...(value as unknown as LitgraphData),
    attributes: { ...attributes, communities },
  };
}

function checkNode(node: unknown, i: number): asserts node is SerializedNode {
  if (!isObject(node) || typeof node.key !== 'string' || !isObject(node.attributes)) {
    throw new GraphDataError(`node ${i} has no key or no attributes`);
  }
  const a = node.attributes;
  const where = `node "${node.key}"`;
  if (a.kind !== 'paper' && a.kind !== 'term')
    throw new GraphDataError(`${where} is neither a paper nor a term`);
  if (typeof a.label !== 'string') throw new GraphDataError(`${where} has no label`);
  for (const name of ['x', 'y', 'size'] as const) {
    if (!isFiniteNumber(a[name]))
      throw new GraphDataError(`${where} has no numeric ${name} (was the layout run?)`);
  }
  if (typeof a.color !== 'string' || !HEX_COLOUR.test(a.color)) {
    throw new GraphDataError(`${where} has no hex colour`);
  }
  if (!isFiniteNumber(a.community)) throw new GraphDataError(`${where} has no community`);
}

function checkEdge(edge: unknown, i: number, keys: ReadonlySet<string>): asserts edge is SerializedEdge {
  if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
    throw new GraphDataError(`edge ${i} has no source or target`);
  }
  if (!keys.has(edge.source) || !keys.has(edge.target)) {
    throw new GraphDataError(`edge ${i} joins a node that is not in the graph`);
  }
  if (!isObject(edge.attributes)) throw new GraphDataError(`edge ${i} has no attributes`);
}

function isCommunity(value: unknown): value is CommunityInfo {
  return (
    isObject(value) &&
    isFiniteNumber(value.id) &&
    typeof value.label === 'string' &&
    typeof value.color === 'string'
  );
}
