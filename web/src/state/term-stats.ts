// Facts for the details panel computed from the bipartite graph: a term's papers, the terms that share the most
// papers with it, and a paper's terms — each sorted strongest first.
import type { ViewGraph } from '../data/node-facts';

export interface Linked {
  node: string;
  label: string;
  /** Edge weight to the node in question, or number of shared papers for co-occurrence. */
  weight: number;
}

const byWeightThenLabel = (a: Linked, b: Linked): number =>
  b.weight - a.weight || a.label.localeCompare(b.label) || a.node.localeCompare(b.node);

/** Neighbours of `node` with the weight of the joining edge, strongest first. */
export function linkedNodes(graph: ViewGraph, node: string): Linked[] {
  const out = new Map<string, Linked>();
  graph.forEachEdge(node, (_edge, attributes, source, target) => {
    const other = source === node ? target : source;
    const previous = out.get(other);
    if (previous) previous.weight += attributes.weight;
    else
      out.set(other, {
        node: other,
        label: graph.getNodeAttribute(other, 'label'),
        weight: attributes.weight,
      });
  });
  return [...out.values()].sort(byWeightThenLabel);
}

/** Terms sharing papers with `term`, by number of shared papers. */
export function coOccurringTerms(graph: ViewGraph, term: string, limit = 10): Linked[] {
  const shared = new Map<string, number>();
  graph.forEachNeighbor(term, (paper) => {
    const seen = new Set<string>();
    graph.forEachNeighbor(paper, (other) => {
      if (other === term || seen.has(other) || graph.getNodeAttribute(other, 'kind') !== 'term') return;
      seen.add(other);
      shared.set(other, (shared.get(other) ?? 0) + 1);
    });
  });
  return [...shared]
    .map(([node, weight]) => ({ node, label: graph.getNodeAttribute(node, 'label'), weight }))
    .sort(byWeightThenLabel)
    .slice(0, limit);
}
