// Baseline of the viewer benchmark: sigma v3 with default settings drawing /api/graph, nothing else. A term's
// `type` (method, task, …) would be read as a render program, so it is the one attribute removed.
import Graph from 'graphology';
import Sigma from 'sigma';

const response = await fetch('/api/graph');
const graph = Graph.from(await response.json());
graph.forEachNode((node, attributes) => {
  if (attributes.kind === 'term') graph.removeNodeAttribute(node, 'type');
});
const sigma = new Sigma(graph, document.getElementById('graph'));
window.__litgraph = { sigma, ready: true, firstFrameAt: performance.now() };
