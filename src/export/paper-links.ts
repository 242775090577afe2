// Papers linked by the terms they share (the term-based analogue of bibliographic coupling, Kessler 1963):
// weight = number of shared terms. Counted paper by paper with one dense counter array (as the query index
// counts co-occurrence), so memory is the papers plus the links kept, never every pair.
import Graph from 'graphology';
import { usageError } from '../errors';
import type { LitgraphGraph } from '../graph';
import type { PaperNodeAttributes } from '../types';

/** A paper of the view: its attributes plus `terms`, its number of terms in the full graph. */
export type PaperLinkNodeAttributes = PaperNodeAttributes & { terms: number };
export interface PaperLinkEdgeAttributes {
  /** Number of terms both papers mention. */
  weight: number;
}
export type PaperLinksGraph = Graph<PaperLinkNodeAttributes, PaperLinkEdgeAttributes>;

/** Counting more pair increments than this (Σ over terms of C(papers, 2)) is refused. */
export const PAPER_LINKS_MAX_WORK = 300_000_000;
/** Keeping more links than this is refused: raise the minimum of shared terms. */
export const PAPER_LINKS_MAX_EDGES = 5_000_000;

/** Σ C(df, 2) over terms: the pair increments the paper view costs. */
export function paperLinksCost(graph: LitgraphGraph): number {
  let cost = 0;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'term') return;
    const d = graph.degree(node);
    cost += (d * (d - 1)) / 2;
  });
  return cost;
}

/** Papers only, linked when they share at least `minShared` terms. Throws USAGE when the view is too large. */
export function buildPaperLinks(graph: LitgraphGraph, minShared: number): PaperLinksGraph {
  const cost = paperLinksCost(graph);
  if (cost > PAPER_LINKS_MAX_WORK) {
    throw usageError(
      `the papers view of this graph would count ${cost.toLocaleString('en')} term-sharing pairs ` +
        `(limit ${PAPER_LINKS_MAX_WORK.toLocaleString('en')}); export --view terms or --view all instead`,
    );
  }
  const papers: string[] = [];
  const paperIndex = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'paper') return;
    paperIndex.set(node, papers.length);
    papers.push(node);
  });
  // Each term's papers as ascending paper indexes.
  const termPapers = new Map<string, Int32Array>();
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'term') return;
    const list = Int32Array.from(graph.neighbors(node), (p) => paperIndex.get(p)!);
    list.sort();
    termPapers.set(node, list);
  });

  const view: PaperLinksGraph = new Graph<PaperLinkNodeAttributes, PaperLinkEdgeAttributes>({
    type: 'undirected',
  });
  for (const node of papers) {
    const attrs = graph.getNodeAttributes(node) as PaperNodeAttributes;
    view.addNode(node, { ...attrs, terms: graph.degree(node) });
  }
  const counts = new Int32Array(papers.length);
  const touched: number[] = [];
  let edges = 0;
  for (let i = 0; i < papers.length; i++) {
    for (const term of graph.neighbors(papers[i])) {
      const list = termPapers.get(term)!;
      // Only partners after i: each pair is counted from its first paper.
      let k = upperBound(list, i);
      for (; k < list.length; k++) {
        const j = list[k];
        if (counts[j]++ === 0) touched.push(j);
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      if (counts[j] >= minShared) {
        if (++edges > PAPER_LINKS_MAX_EDGES) {
          throw usageError(
            `the papers view keeps more than ${PAPER_LINKS_MAX_EDGES.toLocaleString('en')} links at ` +
              `--min-shared ${minShared}; raise --min-shared`,
          );
        }
        view.addEdgeWithKey(`p${edges - 1}`, papers[i], papers[j], { weight: counts[j] });
      }
      counts[j] = 0;
    }
    touched.length = 0;
  }
  return view;
}

/** First position in the ascending `list` holding a value above `value`. */
function upperBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
