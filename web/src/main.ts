// Entry point of the viewer: ask /api/health which view to open (the URL hash's `view` wins), load and validate
// that view of /api/graph, build the graph once, start the app; any failure is a readable message on the page.
import './style.css';
import { fetchHealth } from './data/api-client';
import { buildGraphModel } from './data/build-graph';
import { loadGraphData } from './data/load-graph';
import { GraphDataError } from './data/validate-graph';
import { parseViewState } from './state/url-hash';
import { chooseView, graphUrl } from './state/view-choice';
import { createApp } from './views/app-controller';
import { byId } from './views/dom';
import { createStatusPanel } from './views/status-panel';

declare global {
  interface Window {
    /** Set only under browser automation (navigator.webdriver), for the end-to-end tests. */
    __litgraph?: unknown;
  }
}

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
    const data = await loadGraphData(graphUrl(view));
    if (data.nodes.length === 0) {
      status.message('The graph is empty: no papers or terms to show.');
      return;
    }
    const app = createApp(buildGraphModel(data, view), health);
    status.hide();
    // sigma draws its first frame synchronously in its constructor, so this is the time to first frame.
    const firstFrameAt = performance.now();
    if (navigator.webdriver)
      window.__litgraph = { ...app, sigma: app.graph.sigma, ready: true, firstFrameAt };
  } catch (error) {
    status.error(error instanceof GraphDataError ? error.message : 'an unexpected error occurred');
    if (!(error instanceof GraphDataError)) console.error(error);
    if (navigator.webdriver) window.__litgraph = { ready: false, error: String(error) };
  }
}

void start();
