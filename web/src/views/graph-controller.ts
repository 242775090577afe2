// Draws the graph with sigma v3 from the stored layout and wires canvas behaviour: hover highlights a node and its
// neighbours, click selects (independent of hover, for touch), filters hide and the year overlay colours through the
// reducers. The graph is never mutated after it is built.
import { createNodeBorderProgram } from '@sigma/node-border';
import Graph from 'graphology';
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphModel } from '../data/build-graph';
import { robustBBox } from '../state/framing';
import type { ViewState } from '../state/view-state';
import { NO_YEAR_COLOR, type YearOverlay } from '../state/year-colors';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from '../types';

export type ViewerSigma = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;

export interface GraphController {
  sigma: ViewerSigma;
  /** Applies a new view: selection, colouring and the set of hidden nodes. */
  setView(state: ViewState, hidden: ReadonlySet<string>): void;
  /** Moves the camera to a node. */
  focus(node: string): void;
  /**
   * Highlights a set of nodes as if they were a selection's neighbourhood (e.g. the terms of a paper that is not
   * drawn, in the concept map); null clears it. Hover and a drawn selection take precedence.
   */
  highlight(nodes: readonly string[] | null): void;
  /** Moves the camera to show a set of nodes (e.g. those highlighted). */
  frame(nodes: readonly string[]): void;
  kill(): void;
}

const EDGE_COLOUR = '#c9ccd3';
const DIMMED_NODE = '#e3e5ea';
const HIGHLIGHT_EDGE = '#6b7280';
const MAX_PAPER_LABEL = 40;
const MAX_FORCED_LABELS = 25;
/** Paper titles compete for label space only once the camera is zoomed in this far; terms label the overview. */
const PAPER_LABEL_RATIO = 0.5;

/**
 * Label threshold for this graph: the rendered size of about the 5% largest nodes (15–60 labels at the first
 * view). Zooming in enlarges nodes (sigma scales sizes with the square root of the zoom), so more pass it.
 */
export function labelThreshold(sizes: number[]): number {
  if (!sizes.length) return 6;
  const sorted = [...sizes].sort((a, b) => b - a);
  const k = Math.min(60, Math.max(15, Math.round(sorted.length * 0.05)));
  return Math.max(4, sorted[Math.min(k, sorted.length) - 1]);
}

/** An edge's width from its weight (mentions; a title mention counts double). */
const edgeSize = (weight: number): number => Math.min(4, 0.4 + Math.log1p(weight) * 0.5);

const shorten = (label: string): string =>
  label.length > MAX_PAPER_LABEL ? `${label.slice(0, MAX_PAPER_LABEL - 1).trimEnd()}…` : label;

export function createGraphController(
  container: HTMLElement,
  model: GraphModel,
  initial: { state: ViewState; hidden: ReadonlySet<string> },
  onSelect: (node: string | null) => void,
  /** The nodes' year colours, computed on first use. */
  yearOverlay: () => YearOverlay,
): GraphController {
  const { graph } = model;
  // The first view is applied before sigma's first (synchronous) render, so it is drawn once.
  let hidden: ReadonlySet<string> = initial.hidden;
  let selected: string | null =
    initial.state.selected && graph.hasNode(initial.state.selected) ? initial.state.selected : null;
  let hovered: string | null = null;
  let focusSet: Set<string> | null = null;
  let external: Set<string> | null = null;
  let paperLabels = false;
  /** Colour per node in the year overlay; null = community colours (the stored ones, also when no node has a year). */
  const colorsFor = (state: ViewState): ReadonlyMap<string, string> | null => {
    if (state.colorBy !== 'year') return null;
    const overlay = yearOverlay();
    return overlay.scale ? overlay.colors : null;
  };
  let yearColors = colorsFor(initial.state);

  const updateFocus = (): void => {
    const centre = hovered ?? selected;
    focusSet = centre && graph.hasNode(centre) ? new Set([centre, ...graph.neighbors(centre)]) : external;
  };

  updateFocus();

  // sigma hands the reducers a shallow copy of the attributes (sigma 3 `addNode`/`addEdge`), so they change it in
  // place instead of copying it again: the first frame runs them once per node and edge.
  const nodeReducer = (node: string, data: DisplayNodeAttributes): Partial<NodeDisplayData> => {
    const out = data as unknown as Partial<NodeDisplayData>;
    // The stored attributes are graph.json's: the program is the kind (a term's `type` is its term type), and
    // sigma's own flags start from their defaults whatever the file holds.
    out.type = data.kind;
    out.hidden = false;
    out.highlighted = false;
    out.forceLabel = false;
    out.zIndex = 0;
    if (hidden.size && hidden.has(node)) {
      out.hidden = true;
      return out;
    }
    if (yearColors) out.color = yearColors.get(node) ?? NO_YEAR_COLOR;
    if (data.kind === 'paper') out.label = paperLabels || focusSet?.has(node) ? shorten(data.label) : null;
    if (focusSet && !focusSet.has(node)) {
      // A null label also frees the node's cell in sigma's label grid for the highlighted ones.
      out.color = DIMMED_NODE;
      out.label = null;
    } else if (focusSet) {
      out.zIndex = 1;
      // A small neighbourhood is labelled in full.
      if (focusSet.size <= MAX_FORCED_LABELS) out.forceLabel = true;
    }
    if (node === selected || node === hovered) {
      if (data.kind === 'paper') out.label = shorten(data.label);
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };

  const edgeReducer = (edge: string, data: DisplayEdgeAttributes): Partial<EdgeDisplayData> => {
    // The display graph's edges are the data's own attributes: size and colour come from the weight here.
    const out = data as unknown as Partial<EdgeDisplayData>;
    out.size = edgeSize(data.weight);
    out.color = EDGE_COLOUR;
    const centre = hovered ?? selected;
    // Nothing hidden, nothing highlighted (the usual first frame): the edge as stored.
    if (!hidden.size && !centre && !external) return out;
    const [source, target] = graph.extremities(edge);
    if (hidden.has(source) || hidden.has(target)) {
      out.hidden = true;
      return out;
    }
    if (centre) {
      if (source !== centre && target !== centre) {
        out.hidden = true;
        return out;
      }
      out.color = HIGHLIGHT_EDGE;
      out.size += 0.6;
      out.zIndex = 1;
      return out;
    }
    if (external) {
      if (!external.has(source) || !external.has(target)) {
        out.hidden = true;
        return out;
      }
      out.color = HIGHLIGHT_EDGE;
      out.zIndex = 1;
    }
    return out;
  };

  // The frame without outliers must be set before sigma first indexes the graph (its positions are normalised to
  // the box then): sigma starts on an empty graph (a render of nothing) and gets the graph once the box is set, so
  // the first real frame is also the only one.
  const frame = robustBBox(
    graph.mapNodes((_n, a) => a.x),
    graph.mapNodes((_n, a) => a.y),
  );
  const sigma: ViewerSigma = new Sigma(
    frame ? new Graph<DisplayNodeAttributes, DisplayEdgeAttributes>() : graph,
    container,
    {
      nodeProgramClasses: {
        term: NodeCircleProgram,
        // Papers are rings in their community colour, terms filled discs.
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
      labelRenderedSizeThreshold: labelThreshold(
        graph
          .filterNodes((_node, a) => a.kind === 'term')
          .map((node) => graph.getNodeAttribute(node, 'size')),
      ),
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      hideEdgesOnMove: true,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer,
      edgeReducer,
    },
  );

  if (frame) {
    sigma.setCustomBBox(frame);
    sigma.setGraph(graph);
  }
  const camera = sigma.getCamera();
  paperLabels = camera.ratio <= PAPER_LABEL_RATIO;
  camera.on('updated', (state) => {
    const next = state.ratio <= PAPER_LABEL_RATIO;
    if (next === paperLabels) return;
    paperLabels = next;
    sigma.scheduleRefresh();
  });

  sigma.on('enterNode', ({ node }) => {
    hovered = node;
    updateFocus();
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    hovered = null;
    updateFocus();
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => onSelect(node));
  sigma.on('clickStage', () => onSelect(null));

  return {
    sigma,
    setView(state, nextHidden) {
      const nextSelected = state.selected && graph.hasNode(state.selected) ? state.selected : null;
      const nextColors = colorsFor(state);
      if (nextHidden === hidden && nextSelected === selected && nextColors === yearColors) return;
      hidden = nextHidden;
      selected = nextSelected;
      yearColors = nextColors;
      updateFocus();
      sigma.refresh({ skipIndexation: true });
    },
    focus(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return;
      void camera.animate(
        { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.35) },
        { duration: 450 },
      );
    },
    highlight(nodes) {
      const next = nodes?.length ? new Set(nodes.filter((node) => graph.hasNode(node))) : null;
      if (next === null && external === null) return;
      external = next?.size ? next : null;
      updateFocus();
      sigma.refresh({ skipIndexation: true });
    },
    frame(nodes) {
      const points = nodes.flatMap((node) => {
        const display = sigma.getNodeDisplayData(node);
        return display ? [display] : [];
      });
      if (!points.length) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // The camera ratio is the fraction of the framed graph in view: the nodes' extent plus a margin.
      const ratio = Math.min(1, Math.max(0.08, 1.3 * Math.max(maxX - minX, maxY - minY)));
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
    },
    kill: () => sigma.kill(),
  };
}
