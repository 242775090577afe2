// Which nodes the current view hides: community, kind, term type, degree and year filters (papers' years; in the
// concept map terms carry a year too), then the selection's k-hop neighbourhood when that mode is on. Computed
// once per state change; the reducers only look it up.
import type { AbstractGraph } from 'graphology-types';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from '../types';
import type { ViewState } from './view-state';

type ViewGraph = AbstractGraph<DisplayNodeAttributes, DisplayEdgeAttributes>;

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
  graph.forEachNode((node, a) => {
    if (node === selected) return;
    const hide =
      communities.has(a.community) ||
      !kinds.has(a.kind) ||
      (a.kind === 'term' && a.termType !== undefined && !types.has(a.termType)) ||
      a.degree < state.minDegree ||
      (a.year !== undefined &&
        ((state.yearMin !== null && a.year < state.yearMin) ||
          (state.yearMax !== null && a.year > state.yearMax))) ||
      (around !== null && !around.has(node));
    if (hide) hidden.add(node);
  });
  return hidden;
}
