// Reads graph.json (graphology's `export()` of the litgraph graph) and checks it is one, so a wrong or
// damaged file is a LitgraphError naming the file and the offending node or edge, never a crash later on.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { badInput, LitgraphError } from '../errors';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PaperNodeAttributes,
  TermNodeAttributes,
} from '../types';
import { TERM_TYPES } from '../types';
import type { LitgraphGraph } from './types';

const NOT_A_GRAPH =
  'not a litgraph graph: expected the graph.json written by "litgraph build" ({attributes, nodes: [...], edges: [...]})';

/** Reads and validates a graph.json. IO error when unreadable, BAD_INPUT when not JSON or not a litgraph graph. */
export function loadGraphFile(path: string): LitgraphGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'graph file not found; run "litgraph build" first or pass --graph <file>'
        : code === 'EISDIR'
          ? 'is a directory, not a graph.json'
          : `cannot read the graph file (${code ?? String(error)})`;
    throw new LitgraphError('IO', reason, { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw badInput(`not valid JSON (${(error as Error).message})`, path);
  }
  return graphFromJson(data, path);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Builds the graph from parsed graph.json, validating what the query stage relies on. */
export function graphFromJson(data: unknown, file = 'graph.json'): LitgraphGraph {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw badInput(NOT_A_GRAPH, file);
  }
  const attributes = isObject(data.attributes) ? data.attributes : {};
  if (attributes.communities !== undefined && !Array.isArray(attributes.communities)) {
    throw badInput('graph attribute "communities" must be an array', file);
  }
  const graph: LitgraphGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({
    name: typeof attributes.name === 'string' ? attributes.name : '',
    litgraphVersion: typeof attributes.litgraphVersion === 'string' ? attributes.litgraphVersion : '',
    communities: (attributes.communities ?? []) as GraphAttributes['communities'],
    modularity: isNumber(attributes.modularity) ? attributes.modularity : 0,
    options: isObject(attributes.options) ? attributes.options : {},
  });

  data.nodes.forEach((entry, i) => {
    const where = `node ${i}`;
    if (!isObject(entry) || typeof entry.key !== 'string' || !isObject(entry.attributes)) {
      throw badInput(`${where}: ${NOT_A_GRAPH}`, file);
    }
    const key = entry.key;
    if (graph.hasNode(key)) throw badInput(`${where}: duplicate node "${key}"`, file);
    graph.addNode(key, checkNode(entry.attributes, key, `${where} ("${key}")`, file));
  });

  data.edges.forEach((entry, i) => {
    const where = `edge ${i}`;
    if (!isObject(entry) || typeof entry.source !== 'string' || typeof entry.target !== 'string') {
      throw badInput(`${where}: ${NOT_A_GRAPH}`, file);
    }
    const { source, target } = entry;
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw badInput(`${where}: unknown node "${end}"`, file);
    }
    const kinds = [graph.getNodeAttribute(source, 'kind'), graph.getNodeAttribute(target, 'kind')].sort();
    if (kinds[0] !== 'paper' || kinds[1] !== 'term') {
      throw badInput(`${where}: must link a paper and a term ("${source}" – "${target}")`, file);
    }
    if (graph.hasEdge(source, target))
      throw badInput(`${where}: duplicate edge "${source}" – "${target}"`, file);
    const attrs = checkEdge(entry.attributes, where, file);
    if (typeof entry.key === 'string' && !graph.hasEdge(entry.key)) {
      graph.addEdgeWithKey(entry.key, source, target, attrs);
    } else {
      graph.addEdge(source, target, attrs);
    }
  });
  return graph;
}

function checkNode(attrs: Json, key: string, where: string, file: string): NodeAttributes {
  if (attrs.kind !== 'paper' && attrs.kind !== 'term') {
    throw badInput(`${where}: attribute "kind" must be "paper" or "term"; ${NOT_A_GRAPH}`, file);
  }
  if (typeof attrs.label !== 'string') throw badInput(`${where}: attribute "label" must be a string`, file);
  const common = {
    label: attrs.label,
    community: isNumber(attrs.community) ? attrs.community : -1,
    x: isNumber(attrs.x) ? attrs.x : 0,
    y: isNumber(attrs.y) ? attrs.y : 0,
    size: isNumber(attrs.size) ? attrs.size : 1,
    color: typeof attrs.color === 'string' ? attrs.color : '#999999',
    degree: isNumber(attrs.degree) ? attrs.degree : 0,
  };
  if (attrs.kind === 'term') {
    if (!TERM_TYPES.includes(attrs.type as never)) {
      throw badInput(`${where}: attribute "type" must be one of ${TERM_TYPES.join(', ')}`, file);
    }
    if (attrs.aliases !== undefined && !isStringArray(attrs.aliases)) {
      throw badInput(`${where}: attribute "aliases" must be an array of strings`, file);
    }
    const term: TermNodeAttributes = {
      ...(attrs as Partial<TermNodeAttributes>),
      ...common,
      kind: 'term',
      key: typeof attrs.key === 'string' ? attrs.key : key.replace(/^term:/, ''),
      type: attrs.type as TermNodeAttributes['type'],
      aliases: (attrs.aliases as string[] | undefined) ?? [],
      acronym: typeof attrs.acronym === 'string' ? attrs.acronym : undefined,
      df: isNumber(attrs.df) ? attrs.df : 0,
      tf: isNumber(attrs.tf) ? attrs.tf : 0,
      score: isNumber(attrs.score) ? attrs.score : 0,
    };
    if (term.acronym === undefined) delete term.acronym;
    return term;
  }
  if (attrs.abstract !== undefined && typeof attrs.abstract !== 'string') {
    throw badInput(`${where}: attribute "abstract" must be a string`, file);
  }
  const sentences = attrs.sentences ?? [];
  if (
    !Array.isArray(sentences) ||
    !sentences.every((s) => Array.isArray(s) && s.length === 2 && s.every(isNumber))
  ) {
    throw badInput(`${where}: attribute "sentences" must be an array of [start, end] pairs`, file);
  }
  const paper: PaperNodeAttributes = {
    ...(attrs as Partial<PaperNodeAttributes>),
    ...common,
    kind: 'paper',
    paperId: typeof attrs.paperId === 'string' ? attrs.paperId : key.replace(/^paper:/, ''),
    abstract: (attrs.abstract as string | undefined) ?? '',
    sentences: sentences as [number, number][],
  };
  if (attrs.year !== undefined && !isNumber(attrs.year)) delete paper.year;
  return paper;
}

function checkEdge(value: unknown, where: string, file: string): EdgeAttributes {
  const attrs = isObject(value) ? value : {};
  const spans = attrs.spans ?? [];
  if (
    !Array.isArray(spans) ||
    !spans.every((s) => Array.isArray(s) && s.length === 4 && s.every(isNumber) && (s[0] === 0 || s[0] === 1))
  ) {
    throw badInput(`${where}: attribute "spans" must be an array of [field 0|1, sentence, start, end]`, file);
  }
  const mentions = isNumber(attrs.mentions) ? attrs.mentions : Math.max(1, spans.length);
  return {
    ...(attrs as Partial<EdgeAttributes>),
    kind: 'mention',
    weight: isNumber(attrs.weight) ? attrs.weight : mentions,
    mentions,
    spans: spans as EdgeAttributes['spans'],
  };
}
