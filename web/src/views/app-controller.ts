// Wires the viewer together: one store for the view state; the URL hash, graph, panels follow it. In the concept
// map (a large graph's terms only) papers come from the API: a term's papers in its panel, paper titles in the
// search, a paper's panel; a banner says so and offers the full graph. A hash naming another view reloads.
// The graph is drawn before anything else is built (the first frame of a large graph is what the user waits for).
import { fetchPaper, fetchTermPapers, searchPapers } from '../data/api-client';
import type { GraphModel } from '../data/build-graph';
import { buildSearchIndex, paperEntries, type SearchIndex } from '../state/search-index';
import { createStore, type Store } from '../state/store';
import { parseViewState, serializeViewState } from '../state/url-hash';
import { chooseView, viewNotice } from '../state/view-choice';
import { selectNode, setColorBy, setView, toggleCommunity, type ViewState } from '../state/view-state';
import { hiddenNodes } from '../state/visibility';
import { buildYearOverlay, type YearOverlay } from '../state/year-colors';
import type { GraphView, HealthInfo } from '../types';
import { createDetailsPanel } from './details-panel';
import { byId } from './dom';
import { createExportController } from './export-controller';
import { createFiltersPanel } from './filters-panel';
import { afterNextPaint, whenIdle } from './frame-timing';
import { createGraphController, type GraphController } from './graph-controller';
import { createLegendPanel } from './legend-panel';
import { showNotice } from './notice-panel';
import { createRemoteDetails } from './remote-details';
import { createSearchPanel, type RemoteSearch } from './search-panel';

export interface App {
  store: Store;
  graph: GraphController;
  model: GraphModel;
  /** The view drawn, and the server's health record (null when it had none). */
  view: GraphView;
  health: HealthInfo | null;
  hidden(): ReadonlySet<string>;
}

/**
 * A hash's state, with a selection that is not in the graph dropped — except a paper in the concept map, whose
 * panel is fetched from the API.
 */
function stateFromHash(model: GraphModel, hash: string): ViewState {
  const state = parseViewState(hash);
  const { selected } = state;
  const known =
    !selected ||
    model.graph.hasNode(selected) ||
    (model.view === 'concepts' && selected.startsWith('paper:'));
  return known ? state : { ...state, selected: null, hops: 0 };
}

/**
 * Draws the graph first — after the top bar's few controls, which set the graph area's height — (sigma renders in
 * its constructor; `onFirstFrame` is told right after), then, once that frame is on screen, builds the panels;
 * resolves when they are built. The search index is built on the first search or when the page is idle.
 */
export async function createApp(
  model: GraphModel,
  health: HealthInfo | null = null,
  onFirstFrame?: () => void,
): Promise<App> {
  const firstState = stateFromHash(model, location.hash);
  const store = createStore(firstState);
  const view = model.view;
  const concepts = view === 'concepts';
  let hidden: ReadonlySet<string> = hiddenNodes(model.graph, firstState);

  const select = (node: string | null, moveCamera: boolean): void => {
    store.update(selectNode(node));
    if (node && moveCamera) graph.focus(node);
  };

  // The top bar's controls come first: they set its height, hence the graph area's, which sigma measures.
  // Paper titles from the server when the loaded graph has no papers but the served one does.
  const hasPapers = model.graph.someNode((_node, a) => a.kind === 'paper');
  const remoteSearch: RemoteSearch | undefined =
    !hasPapers && (health?.papers ?? 1) > 0
      ? async (query, signal) => paperEntries(await searchPapers(query, signal))
      : undefined;
  let index: SearchIndex | undefined;
  const searchIndex = (): SearchIndex => {
    index ??= buildSearchIndex(model.attributes);
    return index;
  };
  createSearchPanel(byId('search'), searchIndex, (node) => select(node, true), remoteSearch);
  createExportController(
    byId('exports'),
    model.data,
    () => graph.sigma,
    () => hidden,
    view,
  );

  let overlay: YearOverlay | undefined;
  const yearOverlay = (): YearOverlay => {
    overlay ??= buildYearOverlay(model.graph.mapNodes((node, attributes) => [node, attributes] as const));
    return overlay;
  };

  const graph = createGraphController(
    byId('graph'),
    model,
    { state: firstState, hidden },
    (node) => select(node, false),
    yearOverlay,
  );
  onFirstFrame?.();
  if (firstState.selected) graph.focus(firstState.selected);

  window.addEventListener('hashchange', () => {
    const next = stateFromHash(model, location.hash);
    if (chooseView(next.view, health) !== view) {
      location.reload();
      return;
    }
    const moved = next.selected !== store.get().selected;
    store.set(next);
    if (moved && next.selected) graph.focus(next.selected);
  });

  // The panels wait until the first frame is on screen; the state may change meanwhile (a click, the hash).
  await afterNextPaint();
  performance.mark('litgraph:panels');

  const remote = concepts
    ? createRemoteDetails(
        model,
        { termPapers: fetchTermPapers, paper: fetchPaper },
        (node) => select(node, true),
        (terms) => {
          graph.highlight(terms);
          if (terms?.length) graph.frame(terms);
        },
      )
    : undefined;
  const details = createDetailsPanel(byId('details'), model, (node) => select(node, true), {
    remote,
    onPaperTerms: (terms) => graph.highlight(terms),
  });
  const legend = createLegendPanel(
    byId('legend'),
    model.communities,
    (id) => store.update(toggleCommunity(id)),
    {
      yearOverlay: model.years ? yearOverlay : undefined,
      onColorBy: (mode) => store.update(setColorBy(mode)),
      sizeOf: concepts ? (c) => c.terms : undefined,
      yearNote: concepts
        ? 'A term’s year is the mean year of its papers.'
        : 'Papers: publication year. Terms: mean year of their papers.',
    },
  );
  const filters = createFiltersPanel(byId('filters'), model, store.update);
  whenIdle(searchIndex);

  const switchView = (next: GraphView): void => {
    // The hash change reloads the page in the other view (see below), keeping the selection and filters.
    location.hash = serializeViewState(setView(next)(store.get())) || '#';
  };
  showNotice(byId('notice'), viewNotice(view, model.graph.order, health), switchView);

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
  const state = store.get();
  if (state !== firstState) hidden = hiddenNodes(model.graph, state);
  render(state, null);

  return { store, graph, model, view, health, hidden: () => hidden };
}
