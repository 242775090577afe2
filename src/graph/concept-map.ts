// The concept map: the terms of the graph without their papers, linked to their strongest co-occurring terms.
// It is what the viewer draws when the whole paper–term graph is too large to draw usefully (tens of thousands
// of papers); papers stay reachable through search and queries. Positions come from the full layout.
import Graph from 'graphology';
import type { TermNodeAttributes } from '../types';
import { countPairs } from './projection';
import type { LitgraphGraph, ProjectionEdgeAttributes } from './types';

export type ConceptMapGraph = Graph<TermNodeAttributes, ProjectionEdgeAttributes>;

export interface ConceptMapOptions {
  /** Links kept per term, strongest association first. */
  readonly linksPerTerm: number;
  /** Minimum number of shared papers for a link. */
  readonly minShared: number;
  /** Keep at most this many terms, the most frequent (0 = all). */
  readonly maxTerms?: number;
  /** Leave out terms with no link. */
  readonly dropIsolated?: boolean;
}

/** The map the viewer shows: readable at any corpus size (at most 10,000 linked terms). */
export const DEFAULT_CONCEPT_MAP_OPTIONS: ConceptMapOptions = {
  linksPerTerm: 8,
  minShared: 2,
  maxTerms: 10_000,
  dropIsolated: true,
};

/** Terms only, each linked to its `linksPerTerm` strongest associations (a link kept if either end keeps it). */
export function buildConceptMap(
  graph: LitgraphGraph,
  options: ConceptMapOptions = DEFAULT_CONCEPT_MAP_OPTIONS,
): ConceptMapGraph {
  const pairs = countPairs(graph, options.minShared);
  const map: ConceptMapGraph = new Graph<TermNodeAttributes, ProjectionEdgeAttributes>({
    type: 'undirected',
  });
  map.replaceAttributes({ ...graph.getAttributes(), view: 'concepts' });
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'term') map.addNode(node, { ...attrs });
  });
  // Each term's strongest links (association, then shared papers, then pair order).
  const byTerm = new Map<number, number[]>();
  for (let k = 0; k < pairs.a.length; k++) {
    for (const t of [pairs.a[k], pairs.b[k]]) {
      const list = byTerm.get(t);
      if (list) list.push(k);
      else byTerm.set(t, [k]);
    }
  }
  const keep = new Set<number>();
  for (const list of byTerm.values()) {
    list.sort(
      (x, y) => pairs.association[y] - pairs.association[x] || pairs.shared[y] - pairs.shared[x] || x - y,
    );
    for (const k of list.slice(0, options.linksPerTerm)) keep.add(k);
  }
  for (const k of [...keep].sort((x, y) => x - y)) {
    map.addEdgeWithKey(`c${k}`, pairs.terms[pairs.a[k]], pairs.terms[pairs.b[k]], {
      weight: pairs.shared[k],
      association: pairs.association[k],
    });
  }
  const dropIsolated = () => {
    if (options.dropIsolated)
      for (const node of map.filterNodes((n) => map.degree(n) === 0)) map.dropNode(node);
  };
  dropIsolated();
  if (options.maxTerms && map.order > options.maxTerms) {
    const ranked = map
      .mapNodes((node, a) => [node, a.df] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [node] of ranked.slice(options.maxTerms)) map.dropNode(node);
    dropIsolated();
  }
  // Degree in the concept map, so viewer filters on degree mean the same here as in the full graph view.
  map.forEachNode((node) => map.setNodeAttribute(node, 'degree', map.degree(node)));
  return map;
}
