// Reads and checks the concepts.json that `litgraph build` writes beside graph.json (the terms-only concept map
// the viewer draws for large graphs). A damaged file, or one built from another graph, is a LitgraphError naming
// the file and the node or edge, never a broken viewer later on. The checked text is served as it is.
import { readFileSync } from 'node:fs';
import { badInput, LitgraphError } from '../errors';
import type { ServedGraph } from './query-api';

const NOT_A_MAP =
  'not a litgraph concept map: expected the concepts.json written by "litgraph build" ({attributes: {view: "concepts"}, nodes: [...], edges: [...]})';
const HEX_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export interface ConceptFile {
  /** The file's JSON text, checked. */
  json: Buffer;
  nodes: number;
  edges: number;
}

/** Reads `file`, or returns undefined when it does not exist. */
export function readConceptFile(file: string, graph: ServedGraph): ConceptFile | undefined {
  let json: Buffer;
  try {
    json = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new LitgraphError('IO', `cannot read the concept map (${code ?? String(error)})`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(json.toString('utf8'));
  } catch (error) {
    throw badInput(`not valid JSON (${(error as Error).message})`, file);
  }
  const { nodes, edges } = checkConceptMap(data, graph, file);
  return { json, nodes, edges };
}

/** Checks parsed concepts.json against the served graph: terms of that graph, with a layout, linked to each other. */
export function checkConceptMap(
  data: unknown,
  graph: ServedGraph,
  file: string,
): { nodes: number; edges: number } {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw badInput(NOT_A_MAP, file);
  }
  const attributes = isObject(data.attributes) ? data.attributes : {};
  if (attributes.view !== 'concepts')
    throw badInput(`graph attribute "view" is not "concepts"; ${NOT_A_MAP}`, file);
  if (attributes.communities !== undefined && !Array.isArray(attributes.communities)) {
    throw badInput('graph attribute "communities" must be an array', file);
  }
  const keys = new Set<string>();
  data.nodes.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.key !== 'string' || !isObject(entry.attributes)) {
      throw badInput(`node ${i}: ${NOT_A_MAP}`, file);
    }
    const { key, attributes: a } = entry;
    const where = `node ${i} ("${key}")`;
    if (keys.has(key)) throw badInput(`${where}: duplicate node`, file);
    keys.add(key);
    if (a.kind !== 'term') throw badInput(`${where}: attribute "kind" must be "term"`, file);
    if (typeof a.label !== 'string') throw badInput(`${where}: attribute "label" must be a string`, file);
    for (const name of ['x', 'y', 'size', 'community'] as const) {
      if (!isNumber(a[name])) throw badInput(`${where}: attribute "${name}" must be a number`, file);
    }
    if (typeof a.color !== 'string' || !HEX_COLOUR.test(a.color)) {
      throw badInput(`${where}: attribute "color" must be a hex colour`, file);
    }
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'kind') !== 'term') {
      throw badInput(
        `${where}: not a term of the served graph (was concepts.json built with another graph.json? rebuild both)`,
        file,
      );
    }
  });
  data.edges.forEach((entry, i) => {
    const where = `edge ${i}`;
    if (!isObject(entry) || typeof entry.source !== 'string' || typeof entry.target !== 'string') {
      throw badInput(`${where}: ${NOT_A_MAP}`, file);
    }
    for (const end of [entry.source, entry.target]) {
      if (!keys.has(end)) throw badInput(`${where}: unknown node "${end}"`, file);
    }
    if (entry.source === entry.target) throw badInput(`${where}: links "${entry.source}" to itself`, file);
    if (!isObject(entry.attributes) || !isNumber(entry.attributes.weight)) {
      throw badInput(`${where}: attribute "weight" must be a number`, file);
    }
  });
  return { nodes: data.nodes.length, edges: data.edges.length };
}
