// Which view the viewer opens and what it tells the user about it: the view named in the URL wins, then the
// server's `defaultView` (the concept map for large graphs), then the full graph. Pure, so it is unit-tested.
import type { GraphView, HealthInfo } from '../types';

/** The view to load: the hash's, else the server's default, else `full` (e.g. an older server without one). */
export function chooseView(fromHash: GraphView | null, health: HealthInfo | null): GraphView {
  return fromHash ?? health?.defaultView ?? 'full';
}

/** Where the view's graph JSON is served. */
export const graphUrl = (view: GraphView): string =>
  view === 'full' ? '/api/graph' : `/api/graph?view=${encodeURIComponent(view)}`;

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

export interface ViewNotice {
  text: string;
  /** The button that switches view. */
  action: { label: string; title: string; view: GraphView };
}

/**
 * The banner over the graph: always in the concept map (it says papers are listed per term and offers the full
 * graph); in the full view only when the server would have opened the concept map (it may be slow).
 */
export function viewNotice(view: GraphView, terms: number, health: HealthInfo | null): ViewNotice | null {
  if (view === 'concepts') {
    const papers = health?.papers;
    return {
      text:
        papers === undefined
          ? `Concept map: ${plural(terms, 'term')} — papers are listed per term`
          : `Concept map: ${plural(terms, 'term')} of a graph with ${plural(papers, 'paper')} — papers are listed per term`,
      action: {
        label: 'Load the full graph',
        title: health
          ? `Download and draw all ${count(health.nodes)} nodes and ${count(health.edges)} edges (may be slow)`
          : 'Download and draw every paper and term (may be slow)',
        view: 'full',
      },
    };
  }
  if (health?.defaultView === 'concepts') {
    return {
      text: `Full graph: ${plural(health.nodes, 'node')} and ${plural(health.edges, 'edge')} — drawing may be slow`,
      action: { label: 'Back to the concept map', title: 'Draw the terms only', view: 'concepts' },
    };
  }
  return null;
}
