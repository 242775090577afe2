// A seeded litgraph-shaped graph for the server, viewer and benchmark tests: papers and terms with every attribute
// of src/types.ts, real character spans, communities with colours, a stored layout — and hostile strings (an
// XSS title, a javascript: URL) to prove they stay text.
import { writeFileSync } from 'node:fs';
import Graph from 'graphology';
import type {
  CommunityInfo,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PaperNodeAttributes,
  TermNodeAttributes,
  TermType,
} from '../../src/types';
import { seededRandom } from '../../src/util/rng';

export type FixtureGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

interface TermSeed {
  label: string;
  type: TermType;
  aliases?: string[];
  acronym?: string;
}

/** Five named terms per community; the first community holds "variational autoencoder" (aliases VAE, autoencoder). */
export const NAMED_COMMUNITIES: { label: string; terms: TermSeed[] }[] = [
  {
    label: 'generative models',
    terms: [
      { label: 'variational autoencoder', type: 'method', aliases: ['VAE', 'autoencoder'], acronym: 'VAE' },
      { label: 'generative adversarial network', type: 'method', aliases: ['GAN'], acronym: 'GAN' },
      { label: 'image generation', type: 'task' },
      { label: 'CelebA', type: 'dataset' },
      { label: 'FID', type: 'metric', aliases: ['Frechet inception distance'] },
    ],
  },
  {
    label: 'machine translation',
    terms: [
      { label: 'transformer', type: 'method' },
      { label: 'machine translation', type: 'task', aliases: ['MT'], acronym: 'MT' },
      { label: 'WMT', type: 'dataset' },
      { label: 'BLEU', type: 'metric' },
      { label: 'attention mechanism', type: 'concept' },
    ],
  },
  {
    label: 'graph learning',
    terms: [
      { label: 'graph neural network', type: 'method', aliases: ['GNN'], acronym: 'GNN' },
      { label: 'node classification', type: 'task' },
      { label: 'Cora', type: 'dataset' },
      { label: 'accuracy', type: 'metric' },
      { label: 'message passing', type: 'concept' },
    ],
  },
  {
    label: 'reinforcement learning',
    terms: [
      { label: 'reinforcement learning', type: 'method', aliases: ['RL'], acronym: 'RL' },
      { label: 'policy gradient', type: 'method' },
      { label: 'Atari', type: 'dataset' },
      { label: 'robot control', type: 'task' },
      { label: 'reward shaping', type: 'concept' },
    ],
  },
];

export const XSS_TITLE = '<img src=x onerror=alert(1)>';
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
];
const TYPES: TermType[] = ['method', 'task', 'dataset', 'metric', 'concept'];

export interface FixtureOptions {
  /** Papers per community (default 10 → 60 nodes with the named terms). */
  papersPerCommunity?: number;
  /** Communities; more than the four named ones get generated term names. */
  communities?: number;
  /** Terms per community (default 5). */
  termsPerCommunity?: number;
  /** Terms each paper mentions (default 3, plus sometimes one from another community). */
  termsPerPaper?: number;
  seed?: number;
}

const keyOf = (label: string): string => label.toLowerCase();

function termSeeds(community: number, count: number): TermSeed[] {
  const named = NAMED_COMMUNITIES[community]?.terms ?? [];
  const seeds = named.slice(0, count);
  for (let j = seeds.length; j < count; j++) {
    seeds.push({ label: `topic ${community} concept ${j}`, type: TYPES[j % TYPES.length] });
  }
  return seeds;
}

/** Builds a sentence from parts, recording where each term lands. */
class SentenceWriter {
  text = '';
  readonly sentences: [number, number][] = [];
  readonly spans = new Map<string, [0 | 1, number, number, number][]>();

  sentence(parts: (string | { term: string; label: string })[]): void {
    const start = this.text.length === 0 ? 0 : this.text.length + 1;
    if (this.text.length) this.text += ' ';
    for (const part of parts) {
      if (typeof part === 'string') this.text += part;
      else {
        const from = this.text.length;
        this.text += part.label;
        const list = this.spans.get(part.term) ?? [];
        list.push([1, this.sentences.length, from, this.text.length]);
        this.spans.set(part.term, list);
      }
    }
    this.sentences.push([start, this.text.length]);
  }
}

export function buildFixtureGraph(options: FixtureOptions = {}): FixtureGraph {
  const communityCount = options.communities ?? 4;
  const papersPerCommunity = options.papersPerCommunity ?? 10;
  const termsPerCommunity = options.termsPerCommunity ?? 5;
  const termsPerPaper = options.termsPerPaper ?? 3;
  const random = seededRandom(options.seed ?? 7);
  const graph: FixtureGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const terms: { id: string; seed: TermSeed; community: number }[][] = [];

  for (let c = 0; c < communityCount; c++) {
    terms.push(
      termSeeds(c, termsPerCommunity).map((seed) => ({
        id: `term:${keyOf(seed.label)}`,
        seed,
        community: c,
      })),
    );
  }
  const centre = (c: number): [number, number] => [
    Math.cos((2 * Math.PI * c) / communityCount) * 100,
    Math.sin((2 * Math.PI * c) / communityCount) * 100,
  ];
  const near = (c: number, spread: number): [number, number] => {
    const [x, y] = centre(c);
    return [x + (random() - 0.5) * spread, y + (random() - 0.5) * spread];
  };
  const spread = 60 + Math.sqrt(papersPerCommunity) * 6;

  for (const list of terms) {
    for (const { id, seed, community } of list) {
      const [x, y] = near(community, spread * 0.6);
      const attributes: TermNodeAttributes = {
        kind: 'term',
        key: keyOf(seed.label),
        label: seed.label,
        type: seed.type,
        aliases: seed.aliases ?? [],
        ...(seed.acronym ? { acronym: seed.acronym } : {}),
        df: 0,
        tf: 0,
        score: Math.round(random() * 1000) / 100,
        community,
        x,
        y,
        size: 0,
        color: PALETTE[community % PALETTE.length],
        degree: 0,
      };
      graph.addNode(id, attributes);
    }
  }

  let paperNumber = 0;
  for (let c = 0; c < communityCount; c++) {
    for (let p = 0; p < papersPerCommunity; p++) {
      const n = paperNumber++;
      const own = [...terms[c]].sort(() => random() - 0.5).slice(0, Math.min(termsPerPaper, terms[c].length));
      const mentioned = [...own];
      if (communityCount > 1 && random() < 0.3) {
        const other = terms[(c + 1 + Math.floor(random() * (communityCount - 1))) % communityCount];
        mentioned.push(other[Math.floor(random() * other.length)]);
      }
      const writer = new SentenceWriter();
      const ref = (t: (typeof mentioned)[number]) => ({ term: t.id, label: t.seed.label });
      writer.sentence(['We propose a new ', ref(mentioned[0]), ' approach for this problem.']);
      for (let k = 1; k < mentioned.length; k++) {
        writer.sentence(['Experiments with ', ref(mentioned[k]), ` show a gain of ${k + 1} points.`]);
      }
      writer.sentence(['Results hold across <b>all</b> settings & seeds.']);
      const title =
        n === 3 ? XSS_TITLE : `On ${mentioned[0].seed.label} and ${mentioned[1]?.seed.label ?? 'more'}`;
      const titleMentions = n === 3 ? 0 : Math.min(2, mentioned.length);
      const id = `paper:p${String(n).padStart(5, '0')}`;
      const [x, y] = near(c, spread);
      const attributes: PaperNodeAttributes = {
        kind: 'paper',
        paperId: id.slice(6),
        label: title,
        abstract: writer.text,
        year: 2012 + (n % 11),
        authors: [`Author ${n % 7}`, `Coauthor ${n % 5}`],
        venue: 'Fixture Conference',
        url: n === 5 ? 'javascript:alert(1)' : `https://example.org/papers/${n}`,
        sentences: writer.sentences,
        community: c,
        x,
        y,
        size: 0,
        color: PALETTE[c % PALETTE.length],
        degree: 0,
      };
      graph.addNode(id, attributes);
      mentioned.forEach((term, k) => {
        const spans = writer.spans.get(term.id) ?? [];
        if (k < titleMentions) {
          const start = title.indexOf(term.seed.label);
          spans.unshift([0, 0, start, start + term.seed.label.length]);
        }
        const weight = spans.reduce((sum, span) => sum + (span[0] === 0 ? 2 : 1), 0);
        if (!graph.hasEdge(id, term.id)) {
          graph.addEdgeWithKey(`${id}|${term.id}`, id, term.id, {
            kind: 'mention',
            weight,
            mentions: spans.length,
            spans,
          });
        }
      });
    }
  }

  graph.forEachNode((node, attributes) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: 3 + 1.5 * Math.sqrt(degree) });
    if (attributes.kind === 'term') {
      const years: number[] = [];
      let tf = 0;
      graph.forEachEdge(node, (_edge, edge, source) => {
        tf += edge.mentions;
        const year = (graph.getNodeAttributes(source) as PaperNodeAttributes).year;
        if (year) years.push(year);
      });
      graph.mergeNodeAttributes(node, {
        df: degree,
        tf,
        ...(years.length
          ? {
              firstYear: Math.min(...years),
              meanYear: Math.round((years.reduce((a, b) => a + b, 0) / years.length) * 10) / 10,
            }
          : {}),
      });
    }
  });

  const communities: CommunityInfo[] = terms.map((list, c) => ({
    id: c,
    label: NAMED_COMMUNITIES[c]?.label ?? `community ${c}`,
    topTerms: list.slice(0, 3).map((t) => t.seed.label),
    papers: papersPerCommunity,
    terms: list.length,
    color: PALETTE[c % PALETTE.length],
  }));
  graph.replaceAttributes({
    name: 'fixture',
    litgraphVersion: '0.1.0',
    communities,
    modularity: 0.5,
    options: { seed: options.seed ?? 7 },
  });
  return graph;
}

/** Writes `graph.export()` of a fixture graph to `file` and returns the graph. */
export function writeFixtureGraph(file: string, options: FixtureOptions = {}): FixtureGraph {
  const graph = buildFixtureGraph(options);
  writeFileSync(file, JSON.stringify(graph.export()));
  return graph;
}
