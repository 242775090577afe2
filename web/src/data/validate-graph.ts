// Checks that /api/graph returned a litgraph graph the viewer can draw, with a readable message when it did not.
// The per-node and per-edge checks are exported so the model builder can run them in its own pass (one walk over
// the data instead of two, see build-graph.ts); `validateGraphData` runs them on their own.
import type { CommunityInfo, LitgraphData, SerializedEdge, SerializedNode } from '../types';

export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const HEX_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

/** The serialised graph's shape: its node and edge lists (still unchecked) and its attributes, communities kept. */
export interface GraphShape {
  nodes: unknown[];
  edges: unknown[];
  /** `value` typed, with its attributes' malformed communities dropped. */
  data: LitgraphData;
}

/** Checks the top level of the serialised graph; the nodes and edges are left to checkNode/checkEdge. */
export function checkGraphShape(value: unknown): GraphShape {
  if (!isObject(value)) throw new GraphDataError('the graph is not a JSON object');
  const { nodes, edges } = value;
  if (!Array.isArray(nodes)) throw new GraphDataError('the graph has no "nodes" list');
  if (!Array.isArray(edges)) throw new GraphDataError('the graph has no "edges" list');
  const attributes = isObject(value.attributes) ? value.attributes : {};
  const communities = Array.isArray(attributes.communities) ? attributes.communities.filter(isCommunity) : [];
  const data = { ...(value as unknown as LitgraphData), attributes: { ...attributes, communities } };
  return { nodes, edges, data };
}

/** Returns the data typed when it is a drawable litgraph graph; throws GraphDataError naming the first problem. */
export function validateGraphData(value: unknown): LitgraphData {
  const { nodes, edges, data } = checkGraphShape(value);
  const keys = new Set<string>();
  nodes.forEach((node, i) => {
    checkNode(node, i);
    if (keys.has(node.key)) throw duplicateNode(node, i);
    keys.add(node.key);
  });
  const known = (key: string): boolean => keys.has(key);
  edges.forEach((edge, i) => {
    checkEdge(edge, i, known);
  });
  return data;
}

export const duplicateNode = (node: SerializedNode, i: number): GraphDataError =>
  new GraphDataError(`node ${i} repeats the key "${node.key}"`);

export function checkNode(node: unknown, i: number): asserts node is SerializedNode {
  if (!isObject(node) || typeof node.key !== 'string' || !isObject(node.attributes)) {
    throw new GraphDataError(`node ${i} has no key or no attributes`);
  }
  const a = node.attributes;
  if (a.kind !== 'paper' && a.kind !== 'term')
    throw new GraphDataError(`node "${node.key}" is neither a paper nor a term`);
  if (typeof a.label !== 'string') throw new GraphDataError(`node "${node.key}" has no label`);
  if (!isFiniteNumber(a.x)) throw noPosition(node.key, 'x');
  if (!isFiniteNumber(a.y)) throw noPosition(node.key, 'y');
  if (!isFiniteNumber(a.size)) throw noPosition(node.key, 'size');
  if (typeof a.color !== 'string' || !HEX_COLOUR.test(a.color)) {
    throw new GraphDataError(`node "${node.key}" has no hex colour`);
  }
  if (!isFiniteNumber(a.community)) throw new GraphDataError(`node "${node.key}" has no community`);
}

const noPosition = (key: string, name: string): GraphDataError =>
  new GraphDataError(`node "${key}" has no numeric ${name} (was the layout run?)`);

export const danglingEdge = (i: number): GraphDataError =>
  new GraphDataError(`edge ${i} joins a node that is not in the graph`);

/**
 * An edge's shape; with `known` (whether a node key was seen: the nodes are checked first) also that its ends
 * exist — the model builder leaves that to graphology, which refuses such an edge.
 */
export function checkEdge(
  edge: unknown,
  i: number,
  known?: (key: string) => boolean,
): asserts edge is SerializedEdge {
  if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
    throw new GraphDataError(`edge ${i} has no source or target`);
  }
  if (!isObject(edge.attributes)) throw new GraphDataError(`edge ${i} has no attributes`);
  if (known && (!known(edge.source) || !known(edge.target))) throw danglingEdge(i);
}

function isCommunity(value: unknown): value is CommunityInfo {
  return (
    isObject(value) &&
    isFiniteNumber(value.id) &&
    typeof value.label === 'string' &&
    typeof value.color === 'string'
  );
}
