// Which nodes the current view hides: community, kind, term type, degree and year filters (papers' years; in the
// concept map terms carry a year too), then the selection's k-hop neighbourhood when that mode is on. Computed
// once per state change; the reducers only look it up.
import { degreeOf, termTypeOf, type ViewGraph, viewOfGraph, yearOf } from '../data/node-facts';
import { TERM_TYPES } from '../types';
import { NODE_KINDS, type ViewState } from './view-state';

/** Nodes within `hops` steps of `start` (start included), breadth first. */
export function neighbourhood(graph: ViewGraph, start: string, hops: number): Set<string> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < hops && frontier.length; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** The set of hidden node keys for `state`; the selected node always stays visible. */
export function hiddenNodes(graph: ViewGraph, state: ViewState): Set<string> {
  const hidden = new Set<string>();
  const communities = new Set(state.hiddenCommunities);
  const kinds = new Set(state.kinds);
  const types = new Set<string>(state.termTypes);
  const selected = state.selected && graph.hasNode(state.selected) ? state.selected : null;
  const around = selected && state.hops > 0 ? neighbourhood(graph, selected, state.hops) : null;
  // No filter on (the usual first view): nothing to hide, no need to visit every node.
  const unfiltered =
    !communities.size &&
    NODE_KINDS.every((kind) => kinds.has(kind)) &&
    TERM_TYPES.every((type) => types.has(type)) &&
    state.minDegree <= 0 &&
    state.yearMin === null &&
    state.yearMax === null &&
    around === null;
  if (unfiltered) return hidden;
  const view = viewOfGraph(graph);
  const { yearMin, yearMax } = state;
  const outsideYears = (year: number | undefined): boolean =>
    year !== undefined && ((yearMin !== null && year < yearMin) || (yearMax !== null && year > yearMax));
  graph.forEachNode((node, a) => {
    if (node === selected) return;
    const termType = termTypeOf(a);
    const hide =
      communities.has(a.community) ||
      !kinds.has(a.kind) ||
      (termType !== undefined && !types.has(termType)) ||
      degreeOf(graph, node, a) < state.minDegree ||
      ((yearMin !== null || yearMax !== null) && outsideYears(yearOf(a, view))) ||
      (around !== null && !around.has(node));
    if (hide) hidden.add(node);
  });
  return hidden;
}
