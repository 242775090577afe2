// GraphML 1.0 (Brandes et al., "GraphML progress report", 2001; graphml.graphdrawing.org), streamed: every
// node and edge attribute declared once as a typed <key>, values as <data> elements, escaped like GEXF (tabs and
// newlines as character references, characters XML cannot carry dropped). Arrays are joined with "; ", nested
// values written as JSON; offset arrays are left out.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { type Column, type ColumnType, collectColumns, flattenValue, OFFSET_ATTRIBUTES } from './attributes';
import { bufferedWriter } from './csv';
import { escapeXml } from './gexf';
import type { ChunkWriter } from './json';

const GRAPHML_TYPE: Record<ColumnType, string> = {
  boolean: 'boolean',
  int: 'int',
  double: 'double',
  string: 'string',
};

/** Graph attributes worth a <data> element: the plain ones (name, version, modularity, view). */
function graphColumns(graph: Graph): { column: Column; value: string | number | boolean }[] {
  const out: { column: Column; value: string | number | boolean }[] = [];
  for (const [name, raw] of Object.entries(graph.getAttributes())) {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') continue;
    const columns = collectColumns((visit) => visit({ [name]: raw }));
    if (columns.length) out.push({ column: columns[0], value: raw });
  }
  return out;
}

function keyLine(id: string, domain: string, column: Column): string {
  return `  <key id="${id}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${GRAPHML_TYPE[column.type]}"/>\n`;
}

function dataLines(
  columns: readonly Column[],
  ids: readonly string[],
  attributes: Attributes,
  indent: string,
) {
  let out = '';
  columns.forEach((column, i) => {
    const value = flattenValue(attributes[column.name]);
    if (value === undefined) return;
    out += `${indent}<data key="${ids[i]}">${escapeXml(String(value))}</data>\n`;
  });
  return out;
}

/** Writes `graph` as a GraphML document through `write`. */
export function writeGraphml(graph: Graph, write: ChunkWriter): void {
  const nodeColumns = collectColumns((visit) => graph.forEachNode((_n, a) => visit(a)), OFFSET_ATTRIBUTES);
  const edgeColumns = collectColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), OFFSET_ATTRIBUTES);
  const graphData = graphColumns(graph);
  const nodeIds = nodeColumns.map((_c, i) => `n${i}`);
  const edgeIds = edgeColumns.map((_c, i) => `e${i}`);
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  graphData.forEach(({ column }, i) => {
    head += keyLine(`g${i}`, 'graph', column);
  });
  nodeColumns.forEach((c, i) => {
    head += keyLine(nodeIds[i], 'node', c);
  });
  edgeColumns.forEach((c, i) => {
    head += keyLine(edgeIds[i], 'edge', c);
  });
  head += `  <graph id="G" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">\n`;
  graphData.forEach(({ value }, i) => {
    head += `    <data key="g${i}">${escapeXml(String(value))}</data>\n`;
  });
  write(head);
  const out = bufferedWriter(write);
  graph.forEachNode((node, attributes) => {
    out.push(
      `    <node id="${escapeXml(node)}">\n${dataLines(nodeColumns, nodeIds, attributes, '      ')}    </node>\n`,
    );
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    out.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n` +
        `${dataLines(edgeColumns, edgeIds, attributes, '      ')}    </edge>\n`,
    );
  });
  out.flush();
  write('  </graph>\n</graphml>\n');
}
