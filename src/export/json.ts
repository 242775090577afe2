// graph.json: graphology's serialisation of the graph (what `graph.export()` gives), written piece by piece so
// that a large graph is never held twice in memory (export object + string).
import type Graph from 'graphology';

export type ChunkWriter = (chunk: string) => void;

/** Writes the serialisation of `graph` through `write`; deterministic (insertion order, no timestamps). */
export function writeGraphJson(graph: Graph, write: ChunkWriter): void {
  const head = { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops } };
  write(
    `{"options":${JSON.stringify(head.options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`,
  );
  let first = true;
  const buffer: string[] = [];
  const flush = () => {
    if (buffer.length) write(buffer.join(''));
    buffer.length = 0;
  };
  graph.forEachNode((key, attributes) => {
    const item = Object.keys(attributes).length ? { key, attributes } : { key };
    buffer.push(`${first ? '' : ','}${JSON.stringify(item)}`);
    first = false;
    if (buffer.length >= 1000) flush();
  });
  flush();
  write('],"edges":[');
  first = true;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const item: Record<string, unknown> = { key, source, target };
    if (Object.keys(attributes).length) item.attributes = attributes;
    if (undirected && graph.type === 'mixed') item.undirected = true;
    buffer.push(`${first ? '' : ','}${JSON.stringify(item)}`);
    first = false;
    if (buffer.length >= 1000) flush();
  });
  flush();
  write(']}');
}

/** The serialisation as one string (small graphs, tests). */
export function graphToJson(graph: Graph): string {
  const parts: string[] = [];
  writeGraphJson(graph, (c) => parts.push(c));
  return parts.join('');
}
