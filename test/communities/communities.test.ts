// Louvain communities: seeded and reproducible, numbered by size, labelled, coloured; planted partitions found.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { assignCommunities, PALETTE } from '../../src/communities';
import type { LitgraphGraph } from '../../src/graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types';

/** Two planted topics: papers 0–9 use terms a0–a4, papers 10–19 use b0–b4; one bridge edge. */
function planted(): LitgraphGraph {
  const g: LitgraphGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'undirected' });
  g.replaceAttributes({ name: 't', litgraphVersion: '0', communities: [], modularity: 0, options: {} });
  const base = { community: -1, x: 0, y: 0, size: 1, color: '#000000', degree: 0 };
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++) {
      g.addNode(`term:${side}${i}`, {
        ...base,
        kind: 'term',
        label: `${side}${i}`,
        key: `${side}${i}`,
        type: 'concept',
        aliases: [],
        df: 10,
        tf: 10,
        score: 1,
      });
    }
  }
  for (let p = 0; p < 20; p++) {
    const side = p < 10 ? 'a' : 'b';
    g.addNode(`paper:${p}`, {
      ...base,
      kind: 'paper',
      label: `P${p}`,
      paperId: String(p),
      abstract: '',
      sentences: [],
    });
    for (let i = 0; i < 5; i++)
      g.addEdge(`paper:${p}`, `term:${side}${i}`, { kind: 'mention', weight: 1, mentions: 1, spans: [] });
  }
  g.addEdge('paper:0', 'term:b0', { kind: 'mention', weight: 1, mentions: 1, spans: [] });
  g.forEachNode((n) => g.setNodeAttribute(n, 'degree', g.degree(n)));
  return g;
}

describe('assignCommunities', () => {
  const opts = { on: 'bipartite' as const, resolution: 1, seed: 42, runs: 3 };

  it('finds the two planted topics', () => {
    const g = planted();
    const r = assignCommunities(g, opts);
    expect(r.count).toBe(2);
    const ca = g.getNodeAttribute('term:a1', 'community');
    const cb = g.getNodeAttribute('term:b1', 'community');
    expect(ca).not.toBe(cb);
    for (let p = 1; p < 10; p++) expect(g.getNodeAttribute(`paper:${p}`, 'community')).toBe(ca);
    expect(r.modularity).toBeGreaterThan(0.4);
  });

  it('gives the same communities for the same seed', () => {
    const g1 = planted();
    const g2 = planted();
    assignCommunities(g1, opts);
    assignCommunities(g2, opts);
    g1.forEachNode((n, a) => expect(g2.getNodeAttribute(n, 'community')).toBe(a.community));
  });

  it('labels each community with its terms and colours nodes from the palette', () => {
    const g = planted();
    assignCommunities(g, opts);
    const infos = g.getAttribute('communities');
    for (const info of infos) {
      expect(info.topTerms).toHaveLength(3);
      expect(info.papers + info.terms).toBeGreaterThan(0);
      expect(info.color).toBe(PALETTE[info.id]);
    }
    const a = infos.find((c) => c.id === g.getNodeAttribute('term:a0', 'community'))!;
    expect(a.topTerms.every((t) => t.startsWith('a'))).toBe(true);
    g.forEachNode((_n, attrs) => expect(attrs.color).toBe(PALETTE[attrs.community]));
  });

  it('numbers communities by size, largest first', () => {
    const g = planted();
    g.addNode('paper:x', {
      kind: 'paper',
      label: 'lonely',
      paperId: 'x',
      abstract: '',
      sentences: [],
      community: -1,
      x: 0,
      y: 0,
      size: 1,
      color: '#000000',
      degree: 0,
    });
    assignCommunities(g, opts);
    const infos = g.getAttribute('communities');
    const sizes = infos.map((c) => c.papers + c.terms);
    // the isolated paper goes to an "unconnected papers" community, numbered last
    expect(infos[infos.length - 1].label).toBe('unconnected papers');
    expect(sizes.slice(0, -1)).toEqual([...sizes.slice(0, -1)].sort((x, y) => y - x));
  });
});
