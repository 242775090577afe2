// Baseline of the viewer benchmark: sigma v3 drawing /api/graph with the viewer's drawing settings (the same node
// programs — papers as rings, terms as discs —, label density, grid and threshold, hideEdgesOnMove, zIndex) and
// nothing else: no validation, no panels, no reducers. The node `type` (read by sigma as the render program) is
// the node's kind, as in the viewer. The first frame is sigma's first render (synchronous, in its constructor);
// the first paint is when that frame has been handed to the compositor (a task posted from the next animation
// frame), measured as the viewer measures it.
import { createNodeBorderProgram } from '@sigma/node-border';
import Graph from 'graphology';
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';

/** The viewer's label threshold (web/src/views/graph-controller.ts `labelThreshold`): about the 5% largest terms. */
function labelThreshold(sizes) {
  if (!sizes.length) return 6;
  const sorted = [...sizes].sort((a, b) => b - a);
  const k = Math.min(60, Math.max(15, Math.round(sorted.length * 0.05)));
  return Math.max(4, sorted[Math.min(k, sorted.length) - 1]);
}

const response = await fetch('/api/graph');
const data = await response.json();
const termSizes = [];
for (const { attributes } of data.nodes) {
  attributes.type = attributes.kind;
  if (attributes.kind === 'term') termSizes.push(attributes.size);
}
const graph = Graph.from(data);
const sigma = new Sigma(graph, document.getElementById('graph'), {
  nodeProgramClasses: {
    term: NodeCircleProgram,
    paper: createNodeBorderProgram({
      borders: [
        { size: { value: 0.38 }, color: { attribute: 'color' } },
        { size: { fill: true }, color: { value: '#ffffff' } },
      ],
    }),
  },
  defaultNodeType: 'term',
  labelDensity: 0.07,
  labelGridCellSize: 60,
  labelRenderedSizeThreshold: labelThreshold(termSizes),
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  hideEdgesOnMove: true,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
});
const app = { sigma, ready: false, firstFrameAt: performance.now(), firstPaintAt: 0 };
window.__litgraph = app;
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    app.firstPaintAt = performance.now();
    app.ready = true;
  };
  channel.port2.postMessage(null);
});
