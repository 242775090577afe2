// Builds the paper–term bipartite graph from the ingested papers and the selected terms.
import Graph from 'graphology';
import type {
  EdgeAttributes,
  GraphAttributes,
  Mention,
  NodeAttributes,
  Paper,
  PaperExtraction,
  Term,
} from '../types';
import { type LitgraphGraph, paperNodeKey, TITLE_WEIGHT, termNodeKey } from './types';

export interface GraphInput {
  readonly papers: readonly Paper[];
  readonly extractions: ReadonlyMap<string, PaperExtraction>;
  readonly terms: readonly Term[];
  readonly paperTerms: ReadonlyMap<string, ReadonlyMap<string, readonly Mention[]>>;
  readonly name: string;
  readonly version: string;
}

/** The bipartite graph: `paper:<id>` and `term:<key>` nodes, one weighted edge per paper–term pair. */
export function buildGraph(input: GraphInput): LitgraphGraph {
  const graph: LitgraphGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({
    name: input.name,
    litgraphVersion: input.version,
    communities: [],
    modularity: 0,
    options: {},
  });
  const base = { community: -1, x: 0, y: 0, size: 1, color: '#999999', degree: 0 };
  for (const term of input.terms) {
    graph.addNode(termNodeKey(term.key), {
      ...base,
      kind: 'term',
      label: term.label,
      key: term.key,
      type: term.type,
      aliases: [...term.aliases],
      ...(term.acronym ? { acronym: term.acronym } : {}),
      df: term.df,
      tf: term.tf,
      score: term.score,
    });
  }
  const years = new Map<string, number[]>();
  for (const paper of input.papers) {
    const pkey = paperNodeKey(paper.id);
    const ex = input.extractions.get(paper.id);
    graph.addNode(pkey, {
      ...base,
      kind: 'paper',
      label: paper.title,
      paperId: paper.id,
      abstract: paper.abstract,
      ...(paper.year !== undefined ? { year: paper.year } : {}),
      ...(paper.authors ? { authors: [...paper.authors] } : {}),
      ...(paper.venue ? { venue: paper.venue } : {}),
      ...(paper.url ? { url: paper.url } : {}),
      ...(paper.doi ? { doi: paper.doi } : {}),
      sentences: ex ? ex.sentences.map(([s, e]) => [s, e] as [number, number]) : [],
    });
    for (const [key, mentions] of input.paperTerms.get(paper.id) ?? []) {
      const tkey = termNodeKey(key);
      const inTitle = mentions.filter((m) => m.field === 'title').length;
      graph.addEdgeWithKey(`e${graph.size}`, pkey, tkey, {
        kind: 'mention',
        weight: mentions.length + (TITLE_WEIGHT - 1) * inTitle,
        mentions: mentions.length,
        spans: mentions.map((m) => [m.field === 'title' ? 0 : 1, m.sentence, m.start, m.end]),
      });
      if (paper.year !== undefined) {
        const ys = years.get(tkey);
        if (ys) ys.push(paper.year);
        else years.set(tkey, [paper.year]);
      }
    }
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  for (const [tkey, ys] of years) {
    graph.mergeNodeAttributes(tkey, {
      firstYear: ys.reduce((a, b) => Math.min(a, b)),
      meanYear: Math.round((ys.reduce((a, b) => a + b, 0) / ys.length) * 10) / 10,
      years: countByYear(ys),
    });
  }
  return graph;
}

/** Papers per year; keys come out in ascending order (JS objects order integer-like keys numerically). */
function countByYear(ys: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const y of ys) counts[y] = (counts[y] ?? 0) + 1;
  return counts;
}
