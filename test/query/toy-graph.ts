// A small hand-made litgraph graph whose query answers are known by construction (see the tables in the
// tests). Nine papers, eleven terms, three communities:
//
//   paper  title (year)                                          community  terms (edge weight, 1 unless said)
//   p1     Variational Autoencoders for Image Generation (2019)  0          A (3), C, L
//   p2     Latent Spaces of Generative Models (2021)             1          A, C, F
//   p3     Sparse Coding Meets Deep Generative Models (2017)     0          A (2), B, C
//   p4     Benchmarking VAEs on Digits (2021)                    0          A, D
//   p5     Handwritten Digit Synthesis (no year)                 0          A (2), D
//   p6     Evaluating Samples with FID (2020)                    1          C, F, E
//   p7     Interpreting Latent Features (2022)                   1          F, B, G
//   p8     Protein Structure Prediction (2021)                   2          H, I
//   p9     Mixture Models for Exploratory Data Analysis (2018)   1          G, J
//
//   A variational autoencoder (method, acronym VAE)   B sparse autoencoder (method, SAE)   C image generation (task)
//   D MNIST (dataset)   E FID (metric)   F latent space (concept)   G data analysis (concept)
//   H protein folding (task)   I AlphaFold (method)   J Gaussian mixture model (method, GMM)
//   L variational auto encoder (method): an unmerged duplicate of A, whose alias "variational auto-encoder" it is.
//
// Papers per term: A 5 (p1–p5), B 2, C 4, D 2, E 1, F 3, G 2, H 1, I 1, J 1, L 1; N = 9 papers.
import Graph from 'graphology';
import type { LitgraphGraph } from '../../src/query';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, TermType } from '../../src/types';

interface ToyTerm {
  key: string;
  label: string;
  type: TermType;
  community: number;
  acronym?: string;
  aliases?: string[];
}

export const TERMS: Record<string, ToyTerm> = {
  A: {
    key: 'variational-autoencoder',
    label: 'variational autoencoder',
    type: 'method',
    community: 0,
    acronym: 'VAE',
    aliases: ['VAE', 'variational autoencoders', 'variational auto-encoder'],
  },
  B: {
    key: 'sparse-autoencoder',
    label: 'sparse autoencoder',
    type: 'method',
    community: 1,
    acronym: 'SAE',
    aliases: ['SAE'],
  },
  C: { key: 'image-generation', label: 'image generation', type: 'task', community: 0 },
  D: { key: 'mnist', label: 'MNIST', type: 'dataset', community: 0 },
  E: { key: 'fid', label: 'FID', type: 'metric', community: 1, aliases: ['Fréchet inception distance'] },
  F: { key: 'latent-space', label: 'latent space', type: 'concept', community: 1 },
  G: { key: 'data-analysis', label: 'data analysis', type: 'concept', community: 1 },
  H: { key: 'protein-folding', label: 'protein folding', type: 'task', community: 2 },
  I: { key: 'alphafold', label: 'AlphaFold', type: 'method', community: 2 },
  J: {
    key: 'gaussian-mixture-model',
    label: 'Gaussian mixture model',
    type: 'method',
    community: 1,
    acronym: 'GMM',
    aliases: ['GMM'],
  },
  L: { key: 'variational-auto-encoder', label: 'variational auto encoder', type: 'method', community: 0 },
};

interface ToyPaper {
  title: string;
  year?: number;
  community: number;
  abstract: string[];
  doi?: string;
  /** Term letter → edge weight, and optionally the mentions (field, surface as written) that make its spans. */
  terms: Record<string, number | { weight: number; mentions: [0 | 1, string][] }>;
}

export const PAPERS: Record<string, ToyPaper> = {
  p1: {
    title: 'Variational Autoencoders for Image Generation',
    year: 2019,
    community: 0,
    abstract: [
      'We study VAEs for images.',
      'They learn a latent code.',
      'A variational autoencoder generates digits.',
    ],
    terms: {
      A: {
        weight: 3,
        mentions: [
          [0, 'Variational Autoencoders'],
          [1, 'VAEs'],
          [1, 'variational autoencoder'],
        ],
      },
      C: { weight: 1, mentions: [[0, 'Image Generation']] },
      L: 1,
    },
  },
  p2: {
    title: 'Latent Spaces of Generative Models',
    year: 2021,
    community: 1,
    abstract: ['Latent spaces.'],
    terms: { A: 1, C: 1, F: 1 },
  },
  p3: {
    title: 'Sparse Coding Meets Deep Generative Models',
    year: 2017,
    community: 0,
    doi: '10.1000/XYZ3',
    abstract: ['Sparse codes.'],
    terms: { A: 2, B: 1, C: 1 },
  },
  p4: {
    title: 'Benchmarking VAEs on Digits',
    year: 2021,
    community: 0,
    abstract: ['Digits.'],
    terms: { A: 1, D: 1 },
  },
  p5: { title: 'Handwritten Digit Synthesis', community: 0, abstract: ['Synthesis.'], terms: { A: 2, D: 1 } },
  p6: {
    title: 'Evaluating Samples with FID',
    year: 2020,
    community: 1,
    abstract: ['FID.'],
    terms: { C: 1, F: 1, E: 1 },
  },
  p7: {
    title: 'Interpreting Latent Features',
    year: 2022,
    community: 1,
    abstract: ['Features.'],
    terms: { F: 1, B: 1, G: 1 },
  },
  p8: {
    title: 'Protein Structure Prediction',
    year: 2021,
    community: 2,
    abstract: ['Proteins.'],
    terms: { H: 1, I: 1 },
  },
  p9: {
    title: 'Mixture Models for Exploratory Data Analysis',
    year: 2018,
    community: 1,
    abstract: ['Mixtures.'],
    terms: { G: 1, J: 1 },
  },
};

export const termId = (letter: string): string => `term:${TERMS[letter].key}`;
export const paperNode = (paper: string): string => `paper:${paper}`;

/** Builds the toy graph (a fresh one each call). */
export function toyGraph(): LitgraphGraph {
  const graph: LitgraphGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'undirected',
  });
  graph.replaceAttributes({
    name: 'toy',
    litgraphVersion: '0.1.0',
    communities: [
      {
        id: 0,
        label: 'generative models',
        topTerms: ['variational autoencoder', 'image generation', 'MNIST'],
        papers: 4,
        terms: 4,
        color: '#1f77b4',
        meanYear: 2019,
      },
      {
        id: 1,
        label: 'representations',
        topTerms: ['latent space', 'data analysis', 'FID'],
        papers: 4,
        terms: 5,
        color: '#ff7f0e',
      },
      {
        id: 2,
        label: 'proteins',
        topTerms: ['protein folding', 'AlphaFold'],
        papers: 1,
        terms: 2,
        color: '#2ca02c',
      },
    ],
    modularity: 0.4,
    options: { seed: 1 },
  });
  for (const term of Object.values(TERMS)) {
    graph.addNode(`term:${term.key}`, {
      kind: 'term',
      label: term.label,
      key: term.key,
      type: term.type,
      aliases: term.aliases ?? [],
      ...(term.acronym ? { acronym: term.acronym } : {}),
      df: 0,
      tf: 0,
      score: 1,
      community: term.community,
      x: 0,
      y: 0,
      size: 1,
      color: '#000000',
      degree: 0,
    });
  }
  for (const [id, paper] of Object.entries(PAPERS)) {
    const abstract = paper.abstract.join(' ');
    const sentences: [number, number][] = [];
    let at = 0;
    for (const sentence of paper.abstract) {
      sentences.push([at, at + sentence.length]);
      at += sentence.length + 1;
    }
    graph.addNode(paperNode(id), {
      kind: 'paper',
      paperId: id,
      label: paper.title,
      abstract,
      ...(paper.year ? { year: paper.year } : {}),
      ...(paper.doi ? { doi: paper.doi } : {}),
      sentences,
      community: paper.community,
      x: 0,
      y: 0,
      size: 1,
      color: '#000000',
      degree: 0,
    });
    for (const [letter, spec] of Object.entries(paper.terms)) {
      const { weight, mentions } = typeof spec === 'number' ? { weight: spec, mentions: [] } : spec;
      const spans = mentions.map(([field, surface]): [0 | 1, number, number, number] => {
        const text = field === 0 ? paper.title : abstract;
        const start = text.indexOf(surface);
        if (start < 0) throw new Error(`toy graph: "${surface}" not in ${id}`);
        const sentence = field === 0 ? 0 : sentences.findIndex(([s, e]) => s <= start && start < e);
        return [field, sentence, start, start + surface.length];
      });
      graph.addEdge(paperNode(id), termId(letter), {
        kind: 'mention',
        weight,
        mentions: Math.max(1, spans.length),
        spans,
      });
    }
  }
  return graph;
}
