// Builds the viewer's model once from the validated data: a lean graphology graph for sigma (positions, sizes,
// colours, render program) plus lookups of the full attributes for the panels.
import Graph from 'graphology';
import type {
  CommunityInfo,
  DisplayEdgeAttributes,
  DisplayNodeAttributes,
  EdgeAttributes,
  GraphView,
  LitgraphData,
  NodeAttributes,
} from '../types';

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export interface GraphModel {
  data: LitgraphData;
  /** `concepts` when the data is the terms-only concept map (papers are then fetched from the API). */
  view: GraphView;
  graph: DisplayGraph;
  /** Full attributes of a node (abstract, aliases, …). */
  attributes: ReadonlyMap<string, NodeAttributes>;
  /** Full attributes of an edge (spans) by display-graph edge key. */
  edgeAttributes: ReadonlyMap<string, EdgeAttributes>;
  /** Communities from the graph attribute, or derived from the nodes when it is missing. */
  communities: CommunityInfo[];
  /** Smallest and largest year (papers; terms in the concept map), or null when no node has one. */
  years: [number, number] | null;
  maxDegree: number;
}

const EDGE_COLOUR = '#c9ccd3';

/** The view a serialised graph is: its `view` graph attribute (written by the concept map builder). */
export const viewOf = (data: LitgraphData): GraphView =>
  data.attributes.view === 'concepts' ? 'concepts' : 'full';

export function buildGraphModel(data: LitgraphData, view: GraphView = viewOf(data)): GraphModel {
  const graph: DisplayGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const attributes = new Map<string, NodeAttributes>();
  const edgeAttributes = new Map<string, EdgeAttributes>();
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  let maxDegree = 0;
  for (const { key, attributes: a } of data.nodes) {
    attributes.set(key, a);
    const degree = typeof a.degree === 'number' ? a.degree : 0;
    maxDegree = Math.max(maxDegree, degree);
    const display: DisplayNodeAttributes = {
      label: a.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      type: a.kind,
      kind: a.kind,
      community: a.community,
      degree,
    };
    const year =
      a.kind === 'paper' ? a.year : view === 'concepts' ? termYear(a.meanYear, a.firstYear) : undefined;
    if (a.kind === 'term') display.termType = a.type;
    if (typeof year === 'number' && Number.isFinite(year)) {
      display.year = year;
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
    }
    graph.addNode(key, display);
  }
  for (const edge of data.edges) {
    const weight = typeof edge.attributes.weight === 'number' ? edge.attributes.weight : 1;
    const key = graph.addEdge(edge.source, edge.target, {
      weight,
      size: Math.min(4, 0.4 + Math.log1p(weight) * 0.5),
      color: EDGE_COLOUR,
    });
    edgeAttributes.set(key, edge.attributes);
  }
  // Degrees missing from old files: fall back to the drawn graph.
  if (maxDegree === 0) {
    graph.forEachNode((node) => {
      const degree = graph.degree(node);
      graph.setNodeAttribute(node, 'degree', degree);
      maxDegree = Math.max(maxDegree, degree);
    });
  }
  return {
    data,
    view,
    graph,
    attributes,
    edgeAttributes,
    communities: data.attributes.communities.length ? data.attributes.communities : deriveCommunities(graph),
    years: Number.isFinite(minYear) ? [minYear, maxYear] : null,
    maxDegree,
  };
}

/** A term's year in the concept map: the mean year of its papers (rounded), else its first year. */
function termYear(meanYear: unknown, firstYear: unknown): number | undefined {
  if (typeof meanYear === 'number' && Number.isFinite(meanYear)) return Math.round(meanYear);
  return typeof firstYear === 'number' && Number.isFinite(firstYear) ? firstYear : undefined;
}

function deriveCommunities(graph: DisplayGraph): CommunityInfo[] {
  const byId = new Map<number, CommunityInfo>();
  graph.forEachNode((_node, a) => {
    let info = byId.get(a.community);
    if (!info) {
      info = {
        id: a.community,
        label: `Community ${a.community}`,
        topTerms: [],
        papers: 0,
        terms: 0,
        color: a.color,
      };
      byId.set(a.community, info);
    }
    if (a.kind === 'paper') info.papers++;
    else info.terms++;
  });
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
