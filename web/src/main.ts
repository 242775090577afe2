// Entry point of the viewer: ask /api/health which view to open (the URL hash's `view` wins), load that view of
// /api/graph, validate it while building the graph (one pass), draw it, then build the panels; any failure is a
// readable message on the page. Start-up stages are `performance.mark`s (litgraph:…) for profiling.
import './style.css';
import { fetchHealth } from './data/api-client';
import { loadGraphModel } from './data/build-graph';
import { fetchGraphJson } from './data/load-graph';
import { GraphDataError } from './data/validate-graph';
import { parseViewState } from './state/url-hash';
import { chooseView, graphUrl } from './state/view-choice';
import { createApp } from './views/app-controller';
import { byId } from './views/dom';
import { afterNextPaint } from './views/frame-timing';
import { createStatusPanel } from './views/status-panel';

declare global {
  interface Window {
    /** Set only under browser automation (navigator.webdriver), for the end-to-end tests and the benchmark. */
    __litgraph?: unknown;
  }
}

const mark = (name: string): void => {
  performance.mark(`litgraph:${name}`);
};

async function start(): Promise<void> {
  const status = createStatusPanel(byId('status'));
  status.loading();
  try {
    const health = await fetchHealth();
    const view = chooseView(parseViewState(location.hash).view, health);
    if (view === 'concepts') status.message('Loading the concept map…');
    else if (health?.defaultView === 'concepts') {
      status.message(`Loading the full graph (${health.nodes.toLocaleString('en-US')} nodes)…`);
    }
    mark('health');
    const value = await fetchGraphJson(graphUrl(view));
    mark('parsed');
    const model = loadGraphModel(value, view);
    mark('model');
    if (model.graph.order === 0) {
      status.message('The graph is empty: no papers or terms to show.');
      return;
    }
    status.hide();
    // sigma draws its first frame synchronously (afterRender) when the app creates it: the time to first frame.
    // The first paint is when that frame has been handed to the compositor, before the panels are built.
    let firstFrameAt = 0;
    let firstPaintAt = 0;
    const app = await createApp(model, health, () => {
      firstFrameAt = performance.now();
      mark('first-frame');
      void afterNextPaint().then(() => {
        firstPaintAt = performance.now();
        mark('first-paint');
      });
    });
    mark('ready');
    if (navigator.webdriver) {
      window.__litgraph = { ...app, sigma: app.graph.sigma, ready: true, firstFrameAt, firstPaintAt };
    }
  } catch (error) {
    status.error(error instanceof GraphDataError ? error.message : 'an unexpected error occurred');
    if (!(error instanceof GraphDataError)) console.error(error);
    if (navigator.webdriver) window.__litgraph = { ready: false, error: String(error) };
  }
}

void start();
