// Cytoscape.js JSON (the `elements` format Cytoscape desktop reads as .cyjs): nodes as {data: {id, …},
// position: {x, y}}, edges as {data: {id, source, target, …}}. Lists of plain values stay lists (Cytoscape
// list columns); nested values are JSON strings; offset arrays are left out. Screen y grows downwards in
// Cytoscape, so y is negated to show the same picture as Gephi and the litgraph viewer.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { OFFSET_ATTRIBUTES } from './attributes';
import { bufferedWriter } from './csv';
import type { ChunkWriter } from './json';

const POSITION = new Set(['x', 'y']);
/** Keys Cytoscape.js gives a meaning in `data`. */
const RESERVED = new Set(['id', 'source', 'target', 'parent']);

function data(attributes: Attributes, skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name) || OFFSET_ATTRIBUTES.has(name) || RESERVED.has(name)) continue;
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    const plainList =
      Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number');
    out[name] = typeof value === 'object' && !plainList ? JSON.stringify(value) : value;
  }
  return out;
}

/** Writes `graph` as Cytoscape.js JSON through `write`. */
export function writeCytoscapeJson(graph: Graph, write: ChunkWriter): void {
  const graphData: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      graphData[name] = value;
  }
  write(
    `{"format_version":"1.0","generated_by":"litgraph","target_cytoscapejs_version":"~3",` +
      `"data":${JSON.stringify(graphData)},"elements":{"nodes":[`,
  );
  const out = bufferedWriter(write);
  let first = true;
  graph.forEachNode((node, attributes) => {
    const element: Record<string, unknown> = { data: { id: node, ...data(attributes, POSITION) } };
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      element.position = { x: attributes.x, y: attributes.y === 0 ? 0 : -attributes.y };
    }
    out.push(`${first ? '' : ','}${JSON.stringify(element)}`);
    first = false;
  });
  out.flush();
  write('],"edges":[');
  first = true;
  graph.forEachEdge((edge, attributes, source, target) => {
    const element = { data: { id: edge, source, target, ...data(attributes, new Set()) } };
    out.push(`${first ? '' : ','}${JSON.stringify(element)}`);
    first = false;
  });
  out.flush();
  write(']}}\n');
}
