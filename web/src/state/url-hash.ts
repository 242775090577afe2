// The view in the URL hash, e.g. `#view=full&node=term%3Avae&hidden=3,5&kinds=term&minDegree=2&k=1&color=year`:
// defaults are left out, and parsing ignores what it does not understand so a hand-edited link still opens.
import { TERM_TYPES, type TermType } from '../../../src/types';
import { GRAPH_VIEWS, type GraphView, type NodeKind } from '../types';
import { COLOR_MODES, DEFAULT_VIEW_STATE, MAX_HOPS, NODE_KINDS, type ViewState } from './view-state';

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenCommunities.length) params.set('hidden', state.hiddenCommunities.join(','));
  if (state.kinds.length !== NODE_KINDS.length) params.set('kinds', state.kinds.join(','));
  if (state.termTypes.length !== TERM_TYPES.length) params.set('types', state.termTypes.join(','));
  if (state.minDegree > 0) params.set('minDegree', String(state.minDegree));
  if (state.yearMin !== null) params.set('from', String(state.yearMin));
  if (state.yearMax !== null) params.set('to', String(state.yearMax));
  if (state.selected && state.hops > 0) params.set('k', String(state.hops));
  if (state.colorBy !== DEFAULT_VIEW_STATE.colorBy) params.set('color', state.colorBy);
  const text = params.toString();
  return text ? `#${text}` : '';
}

const integer = (value: string | null): number | null =>
  value !== null && /^-?\d{1,9}$/.test(value) ? Number(value) : null;

const list = (value: string | null): string[] =>
  value === null
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);

export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  state.view = parseView(params.get('view'));
  const node = params.get('node');
  if (node) state.selected = node;
  const hidden = list(params.get('hidden'))
    .map((item) => integer(item))
    .filter((id): id is number => id !== null);
  state.hiddenCommunities = [...new Set(hidden)].sort((a, b) => a - b);
  if (params.has('kinds')) {
    const kinds = new Set(list(params.get('kinds')));
    state.kinds = NODE_KINDS.filter((kind): kind is NodeKind => kinds.has(kind));
  }
  if (params.has('types')) {
    const types = new Set(list(params.get('types')));
    state.termTypes = TERM_TYPES.filter((type): type is TermType => types.has(type));
  }
  state.minDegree = Math.max(0, integer(params.get('minDegree')) ?? 0);
  state.yearMin = integer(params.get('from'));
  state.yearMax = integer(params.get('to'));
  const hops = integer(params.get('k')) ?? 0;
  state.hops = state.selected ? Math.max(0, Math.min(MAX_HOPS, hops)) : 0;
  state.colorBy = COLOR_MODES.find((mode) => mode === params.get('color')) ?? DEFAULT_VIEW_STATE.colorBy;
  return state;
}

/** The `view` of a hash: `full` or `concepts`, anything else null (the server's default). */
export function parseView(value: string | null): GraphView | null {
  return GRAPH_VIEWS.find((view) => view === value) ?? null;
}
