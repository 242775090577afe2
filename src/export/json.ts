// graph.json: graphology's serialisation of the graph.
import type Graph from 'graphology';

/** A deterministic JSON document of the graph (insertion order, no timestamps). */
export function graphToJson(graph: Graph): string {
  return JSON.stringify(graph.export());
}
