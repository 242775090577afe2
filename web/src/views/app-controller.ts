// Wires the viewer together: one store for the view state; the URL hash, graph, panels follow it.
import type { GraphModel } from '../data/build-graph';
import { buildSearchIndex } from '../state/search-index';
import { createStore, type Store } from '../state/store';
import { parseViewState, serializeViewState } from '../state/url-hash';
import { selectNode, toggleCommunity, type ViewState } from '../state/view-state';
import { hiddenNodes } from '../state/visibility';
import { createDetailsPanel } from './details-panel';
import { byId } from './dom';
import { createExportController } from './export-controller';
import { createFiltersPanel } from './filters-panel';
import { createGraphController, type GraphController } from './graph-controller';
import { createLegendPanel } from './legend-panel';
import { createSearchPanel } from './search-panel';

export interface App {
  store: Store;
  graph: GraphController;
  model: GraphModel;
  hidden(): ReadonlySet<string>;
}

/** A hash's state, with a selection that is not in the graph dropped. */
function stateFromHash(model: GraphModel, hash: string): ViewState {
  const state = parseViewState(hash);
  return state.selected && !model.graph.hasNode(state.selected)
    ? { ...state, selected: null, hops: 0 }
    : state;
}

export function createApp(model: GraphModel): App {
  const store = createStore(stateFromHash(model, location.hash));
  let hidden: ReadonlySet<string> = hiddenNodes(model.graph, store.get());

  const select = (node: string | null, moveCamera: boolean): void => {
    store.update(selectNode(node));
    if (node && moveCamera) graph.focus(node);
  };

  const graph = createGraphController(byId('graph'), model, { state: store.get(), hidden }, (node) =>
    select(node, false),
  );
  const details = createDetailsPanel(byId('details'), model, (node) => select(node, true));
  const legend = createLegendPanel(byId('legend'), model.communities, (id) =>
    store.update(toggleCommunity(id)),
  );
  const filters = createFiltersPanel(byId('filters'), model, store.update);
  createSearchPanel(byId('search'), buildSearchIndex(model.attributes), (node) => select(node, true));
  createExportController(byId('exports'), model.data, graph.sigma, () => hidden);

  const render = (state: ViewState, previous: ViewState | null): void => {
    if (previous) hidden = hiddenNodes(model.graph, state);
    graph.setView(state, hidden);
    legend.update(state);
    filters.update(state);
    if (!previous || previous.selected !== state.selected) details.show(state.selected);
    const hash = serializeViewState(state);
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
      history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    }
  };

  store.subscribe(render);
  render(store.get(), null);
  const initial = store.get().selected;
  if (initial) graph.focus(initial);

  window.addEventListener('hashchange', () => {
    const next = stateFromHash(model, location.hash);
    const moved = next.selected !== store.get().selected;
    store.set(next);
    if (moved && next.selected) graph.focus(next.selected);
  });

  return { store, graph, model, hidden: () => hidden };
}
