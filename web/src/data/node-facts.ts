// What the viewer reads off a display-graph node beyond its stored attributes (which are graph.json's own, see
// DisplayNodeAttributes): a term's type, the year the year filter uses (a paper's; in the concept map a term's too,
// the mean year of its papers) and the degree (from the file; counted in the graph for old files without one).
import type { AbstractGraph } from 'graphology-types';
import type {
  DisplayEdgeAttributes,
  DisplayGraphAttributes,
  GraphView,
  NodeAttributes,
  TermType,
} from '../types';

export type ViewGraph = AbstractGraph<NodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

export const termTypeOf = (a: NodeAttributes): TermType | undefined =>
  a.kind === 'term' ? a.type : undefined;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A node's own year: a paper's year; a term's mean year of its papers, else its first year. */
export function meanYearOf(a: NodeAttributes): number | undefined {
  if (a.kind === 'paper') return finite(a.year) ? a.year : undefined;
  if (finite(a.meanYear)) return a.meanYear;
  return finite(a.firstYear) ? a.firstYear : undefined;
}

/** The year the year filter uses: a paper's year; in the concept map a term's too (meanYearOf, rounded). */
export function yearOf(a: NodeAttributes, view: GraphView): number | undefined {
  if (a.kind === 'term' && view !== 'concepts') return undefined;
  const year = meanYearOf(a);
  return year === undefined ? undefined : Math.round(year);
}

/** The view a display graph shows (its `view` attribute; `full` when unset). */
export const viewOfGraph = (graph: ViewGraph): GraphView =>
  graph.getAttribute('view') === 'concepts' ? 'concepts' : 'full';

/** The node's degree from the file, else counted in the drawn graph. */
export const degreeOf = (graph: ViewGraph, node: string, a: NodeAttributes): number =>
  finite(a.degree) ? a.degree : graph.degree(node);
