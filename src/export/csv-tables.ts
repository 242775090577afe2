// `--to csv`: nodes.csv and edges.csv (RFC 4180) with every attribute as a column — arrays joined with "; ",
// nested values (sentence and mention offsets, per-year counts) as JSON. Columns: id (then kind, label) for
// nodes, id, source, target for edges, then the attributes in first-seen order.
import type Graph from 'graphology';
import { collectColumns, flattenValue } from './attributes';
import { bufferedWriter, csvField, csvRecord } from './csv';
import type { ChunkWriter } from './json';

const FIRST = ['kind', 'label'];

function ordered(names: string[]): string[] {
  return [...FIRST.filter((n) => names.includes(n)), ...names.filter((n) => !FIRST.includes(n))];
}

/** nodes.csv of `graph`. */
export function writeNodesCsv(graph: Graph, write: ChunkWriter): void {
  const names = ordered(
    collectColumns((visit) => graph.forEachNode((_n, a) => visit(a)), new Set(['id'])).map((c) => c.name),
  );
  write(csvRecord(['id', ...names].map((n) => csvField(n))));
  const out = bufferedWriter(write);
  graph.forEachNode((node, attributes) => {
    out.push(csvRecord([csvField(node), ...names.map((n) => csvField(flattenValue(attributes[n])))]));
  });
  out.flush();
}

/** edges.csv of `graph`. */
export function writeEdgesCsv(graph: Graph, write: ChunkWriter): void {
  const reserved = new Set(['id', 'source', 'target']);
  const names = collectColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), reserved).map(
    (c) => c.name,
  );
  write(csvRecord(['id', 'source', 'target', ...names].map((n) => csvField(n))));
  const out = bufferedWriter(write);
  graph.forEachEdge((edge, attributes, source, target) => {
    out.push(
      csvRecord([
        csvField(edge),
        csvField(source),
        csvField(target),
        ...names.map((n) => csvField(flattenValue(attributes[n]))),
      ]),
    );
  });
  out.flush();
}
