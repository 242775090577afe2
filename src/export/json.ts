// graph.json: graphology's serialisation of the graph, edge keys omitted (they are implied by their ends).
import type Graph from 'graphology';

/** A deterministic JSON document of the graph (insertion order, no timestamps). */
export function graphToJson(graph: Graph): string {
  const data = graph.export();
  for (const e of data.edges) delete e.key;
  return JSON.stringify(data);
}
