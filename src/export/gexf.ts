// GEXF 1.3 output, streamed: the document is written in chunks so that graphs of any size fit in memory
// (graphology-gexf's writer builds one string, ~12 bytes of heap per byte written, and runs out of memory or hits
// V8's maximum string length on corpora of tens of thousands of papers). Every node attribute Gephi can use is
// declared with its type; arrays are joined with "; "; viz colour (hex), size and position are written.
// Files are checked against the official RELAX NG schema in the tests and parsed back with graphology-gexf.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ChunkWriter } from './json';

const VIZ = new Set(['x', 'y', 'size', 'color']);
/** Attributes not worth a GEXF column (offsets that only make sense with our own files). */
const SKIP = new Set(['label', 'sentences', 'spans', 'years']);
/** Above this many nodes abstracts are left out of GEXF (Gephi slows to a crawl on hundreds of MB of text). */
export const GEXF_ABSTRACTS_MAX_NODES = 20_000;

type GexfType = 'integer' | 'double' | 'boolean' | 'string';
type Scalar = string | number | boolean;

/** Whether a UTF-16 code unit may appear in XML 1.0 (C0 controls but tab/newline/return and U+FFFE/FFFF may not). */
const allowedInXml = (code: number): boolean =>
  code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 0xfffe && code !== 0xffff);

/** Drops the characters XML 1.0 forbids, lone surrogates included. */
function dropInvalidXml(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (
      high &&
      i + 1 < value.length &&
      value.charCodeAt(i + 1) >= 0xdc00 &&
      value.charCodeAt(i + 1) <= 0xdfff
    ) {
      i++;
      continue;
    }
    if (allowedInXml(code) && !high && !low) continue;
    out += value.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

export function escapeXml(value: string): string {
  return dropInvalidXml(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function columns(attributes: Attributes, skipAbstract: boolean): [string, Scalar][] {
  const out: [string, Scalar][] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (VIZ.has(name) || SKIP.has(name) || value === undefined || value === null) continue;
    if (skipAbstract && name === 'abstract') continue;
    if (Array.isArray(value)) out.push([name, value.join('; ')]);
    else if (typeof value === 'object') out.push([name, JSON.stringify(value)]);
    else out.push([name, value as Scalar]);
  }
  return out;
}

function typeOf(value: Scalar): GexfType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? 'integer' : 'double';
  }
  return 'string';
}

const WIDER: Record<GexfType, number> = { boolean: 0, integer: 1, double: 2, string: 3 };

function merge(a: GexfType | undefined, b: GexfType): GexfType {
  if (!a) return b;
  if (a === b) return a;
  // integer + double → double; anything mixed with boolean or string → string.
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return WIDER[a] > WIDER[b] && a === 'string' ? a : 'string';
}

function model(items: Iterable<[string, Scalar][]>): Map<string, GexfType> {
  const m = new Map<string, GexfType>();
  for (const cols of items) for (const [name, value] of cols) m.set(name, merge(m.get(name), typeOf(value)));
  return m;
}

function attvalues(cols: [string, Scalar][], indent: string): string {
  if (cols.length === 0) return '';
  const values = cols.map(
    ([name, v]) => `${indent}  <attvalue for="${escapeXml(name)}" value="${escapeXml(String(v))}"/>\n`,
  );
  return `${indent}<attvalues>\n${values.join('')}${indent}</attvalues>\n`;
}

function declare(cls: 'node' | 'edge', m: Map<string, GexfType>): string {
  if (m.size === 0) return '';
  const lines = [...m].map(
    ([name, type]) =>
      `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${type}"/>\n`,
  );
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`;
}

const num = (v: number): string => (Number.isFinite(v) ? String(v) : '0');

/** Writes the graph as a GEXF 1.3 document through `write`. */
export function writeGexf(graph: Graph, write: ChunkWriter): void {
  const a = graph.getAttributes();
  const skipAbstract = graph.order > GEXF_ABSTRACTS_MAX_NODES;
  const nodeModel = model(
    (function* () {
      for (const { attributes } of graph.nodeEntries()) yield columns(attributes, skipAbstract);
    })(),
  );
  const edgeModel = model(
    (function* () {
      for (const { attributes } of graph.edgeEntries())
        yield columns({ ...attributes, weight: undefined, kind: undefined }, false);
    })(),
  );
  const description = [
    typeof a.name === 'string' ? a.name : 'litgraph',
    `${graph.order} nodes, ${graph.size} edges`,
    typeof a.modularity === 'number' ? `modularity ${a.modularity}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
      '  <meta>\n' +
      `    <creator>${escapeXml(`litgraph ${a.litgraphVersion ?? ''}`.trim())}</creator>\n` +
      `    <description>${escapeXml(description)}</description>\n` +
      '    <keywords>litgraph, paper-concept graph</keywords>\n' +
      '  </meta>\n' +
      `  <graph defaultedgetype="${graph.type === 'directed' ? 'directed' : 'undirected'}">\n` +
      declare('node', nodeModel) +
      declare('edge', edgeModel) +
      '    <nodes>\n',
  );
  const buffer: string[] = [];
  const flush = () => {
    if (buffer.length) write(buffer.join(''));
    buffer.length = 0;
  };
  graph.forEachNode((key, attrs) => {
    let s = `      <node id="${escapeXml(key)}" label="${escapeXml(String(attrs.label ?? key))}">\n`;
    s += attvalues(columns(attrs, skipAbstract), '        ');
    if (typeof attrs.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(attrs.color)) {
      s += `        <viz:color hex="${attrs.color.toLowerCase()}"/>\n`;
    }
    if (typeof attrs.size === 'number') s += `        <viz:size value="${num(attrs.size)}"/>\n`;
    if (typeof attrs.x === 'number' && typeof attrs.y === 'number') {
      s += `        <viz:position x="${num(attrs.x)}" y="${num(attrs.y)}" z="0"/>\n`;
    }
    buffer.push(`${s}      </node>\n`);
    if (buffer.length >= 500) flush();
  });
  flush();
  write('    </nodes>\n    <edges>\n');
  graph.forEachEdge((key, attrs, source, target) => {
    const weight = typeof attrs.weight === 'number' ? ` weight="${num(attrs.weight)}"` : '';
    const cols = columns({ ...attrs, weight: undefined, kind: undefined }, false);
    const open = `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${weight}`;
    buffer.push(cols.length ? `${open}>\n${attvalues(cols, '        ')}      </edge>\n` : `${open}/>\n`);
    if (buffer.length >= 1000) flush();
  });
  flush();
  write('    </edges>\n  </graph>\n</gexf>\n');
}

/** The GEXF document as one string (the server's download, small graphs, tests). */
export function writeGexfString(graph: Graph): string {
  const parts: string[] = [];
  writeGexf(graph, (c) => parts.push(c));
  return parts.join('');
}
