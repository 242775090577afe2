// The shareable view: selection, filters and neighbourhood mode, with pure producers that return a new state.
import { TERM_TYPES, type TermType } from '../../../src/types';
import type { GraphView, NodeKind } from '../types';

export const NODE_KINDS: readonly NodeKind[] = ['paper', 'term'];
export const MAX_HOPS = 3;

/** What node colours show: the community (default) or the year (VOSviewer's overlay). */
export type ColorBy = 'community' | 'year';
export const COLOR_MODES: readonly ColorBy[] = ['community', 'year'];

export interface ViewState {
  /** The view asked for in the URL (`full` forces the whole graph); null = the server's default view. */
  view: GraphView | null;
  /** Selected node key, or null. */
  selected: string | null;
  /** Community ids hidden from the view (sorted). */
  hiddenCommunities: number[];
  /** Node kinds shown. */
  kinds: NodeKind[];
  /** Term types shown. */
  termTypes: TermType[];
  /** Smallest degree shown. */
  minDegree: number;
  /** Inclusive paper-year bounds, null = open. */
  yearMin: number | null;
  yearMax: number | null;
  /** Show only the selection's k-hop neighbourhood; 0 = off. */
  hops: number;
  /** Node colours: communities, or years (papers' own, terms' mean year). */
  colorBy: ColorBy;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  view: null,
  selected: null,
  hiddenCommunities: [],
  kinds: [...NODE_KINDS],
  termTypes: [...TERM_TYPES],
  minDegree: 0,
  yearMin: null,
  yearMax: null,
  hops: 0,
  colorBy: 'community',
}) as ViewState;

export type Producer = (state: ViewState) => ViewState;

export const selectNode =
  (node: string | null): Producer =>
  (state) => ({ ...state, selected: node, hops: node ? state.hops : 0 });

export const toggleCommunity =
  (id: number): Producer =>
  (state) => {
    const hidden = new Set(state.hiddenCommunities);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    return { ...state, hiddenCommunities: [...hidden].sort((a, b) => a - b) };
  };

export const toggleKind =
  (kind: NodeKind, shown: boolean): Producer =>
  (state) => ({ ...state, kinds: NODE_KINDS.filter((k) => (k === kind ? shown : state.kinds.includes(k))) });

export const toggleTermType =
  (type: TermType, shown: boolean): Producer =>
  (state) => ({
    ...state,
    termTypes: TERM_TYPES.filter((t) => (t === type ? shown : state.termTypes.includes(t))),
  });

export const setMinDegree =
  (minDegree: number): Producer =>
  (state) => ({ ...state, minDegree: Math.max(0, Math.floor(minDegree) || 0) });

export const setYears =
  (yearMin: number | null, yearMax: number | null): Producer =>
  (state) => ({ ...state, yearMin, yearMax });

export const setHops =
  (hops: number): Producer =>
  (state) => ({ ...state, hops: Math.max(0, Math.min(MAX_HOPS, Math.floor(hops) || 0)) });

/** Clears the filters; the view, the selection and the colouring stay. */
export const resetFilters: Producer = (state) => ({
  ...DEFAULT_VIEW_STATE,
  view: state.view,
  selected: state.selected,
  colorBy: state.colorBy,
});

export const setColorBy =
  (colorBy: ColorBy): Producer =>
  (state) => ({ ...state, colorBy });

export const setView =
  (view: GraphView | null): Producer =>
  (state) => ({ ...state, view });

/** True when two states describe the same view. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
