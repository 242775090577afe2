// The whole build on the bundled sample and on 5,000 ACL abstracts (then 5,100, incrementally): terms, typing,
// communities, GEXF validity, determinism, the layout kept between builds.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LitgraphGraph } from '../src/graph';
import { type BuildResult, runBuild } from '../src/pipeline';
import type { PaperNodeAttributes, TermNodeAttributes } from '../src/types';
import { writeAclSubset } from './helpers/acl-subset';
import { validateGexf } from './helpers/gexf';

const SAMPLE = 'graph/samples/seed-papers.txt';

function termByKey(graph: LitgraphGraph, key: string): TermNodeAttributes | undefined {
  const id = `term:${key}`;
  if (!graph.hasNode(id)) return undefined;
  return graph.getNodeAttributes(id) as TermNodeAttributes;
}

describe('build on the bundled sample', () => {
  let out: string;
  let result: BuildResult;
  let writtenFirst: Buffer;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'litgraph-sample-'));
    result = await runBuild({ inputs: [SAMPLE], out }, { quiet: true });
    writtenFirst = readFileSync(join(out, 'graph.json'));
  });

  it('reads all 214 papers', () => {
    expect(result.summary.papers).toMatchObject({ read: 214, kept: 214, skipped: 0, duplicates: 0 });
  });

  it('merges VAE, VAEs and variational autoencoder(s) into one term with both aliases', () => {
    const vae = termByKey(result.graph, 'variational autoencoder')!;
    expect(vae).toBeDefined();
    expect(vae.label).toBe('variational autoencoder');
    expect(vae.aliases).toEqual(expect.arrayContaining(['VAE', 'variational autoencoders']));
    expect(termByKey(result.graph, 'vae')).toBeUndefined();
  });

  it.each([
    ['implicit neural representation', 'method'],
    ['sparse autoencoder', 'method'],
    ['vision transformer', 'method'],
    ['neural machine translation', 'task'],
    ['image classification', 'task'],
  ])('finds and types %s as %s', (key, type) => {
    expect(termByKey(result.graph, key)?.type).toBe(type);
  });

  it('gives every node a community, a position, a size and a hex colour', () => {
    result.graph.forEachNode((_n, a) => {
      expect(a.community).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    });
  });

  it('labels communities by three of their own terms and reports modularity', () => {
    const communities = result.graph.getAttribute('communities');
    expect(communities.length).toBeGreaterThan(3);
    const labels = new Set<string>();
    result.graph.forEachNode((_n, a) => {
      if (a.kind === 'term') labels.add(a.label);
    });
    for (const c of communities.filter((x) => x.terms > 0)) {
      expect(c.topTerms.length).toBe(3);
      for (const t of c.topTerms) expect(labels.has(t)).toBe(true);
    }
    expect(result.summary.communities.modularity).toBeGreaterThan(0.3);
  });

  it('stores mention spans that point at the term in the abstract', () => {
    const node = 'term:variational autoencoder';
    let checked = 0;
    result.graph.forEachEdge(node, (_e, attrs, source, target) => {
      const paper = result.graph.getNodeAttributes(source === node ? target : source);
      if (paper.kind !== 'paper') return;
      for (const [field, , start, end] of attrs.spans) {
        const text = field === 1 ? paper.abstract : paper.label;
        expect(text.slice(start, end).toLowerCase()).toMatch(/vae|variational auto-?encod/);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(3);
  });

  it('writes a GEXF that validates against the GEXF 1.3 schema', () => {
    const { ok, output } = validateGexf(join(out, 'graph.gexf'));
    expect(output).toContain('valid GEXF 1.3');
    expect(ok).toBe(true);
  });

  it('writes summary.json with counts, options and the seed', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.papers.kept).toBe(214);
    expect(summary.options.seed).toBe(42);
    expect(summary.terms.kept).toBe(result.graph.filterNodes((_n, a) => a.kind === 'term').length);
    expect(Object.keys(summary.timingsMs)).toEqual(
      expect.arrayContaining(['ingest', 'extract', 'communities', 'layout']),
    );
  });

  it('is deterministic: a second run writes byte-identical graph.json and graph.gexf', async () => {
    const again = mkdtempSync(join(tmpdir(), 'litgraph-sample2-'));
    await runBuild({ inputs: [SAMPLE], out: again }, { quiet: true });
    for (const f of ['graph.json', 'graph.gexf']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f)))).toBe(true);
    }
  });

  it('a rebuild in the same folder reuses the layout (same bytes); a grown corpus starts from it', async () => {
    expect(result.summary.layout?.start).toBe('fresh');
    const again = await runBuild({ inputs: [SAMPLE], out }, { quiet: true });
    expect(again.summary.layout).toMatchObject({ start: 'reused', reusedNodes: result.graph.order });
    expect(again.summary.extraction.fromCache).toBe(214);
    // The outputs of the rebuild are those of the first build, byte for byte.
    expect(readFileSync(join(out, 'graph.json')).equals(writtenFirst)).toBe(true);

    const folder = mkdtempSync(join(tmpdir(), 'litgraph-warm-'));
    const fewer = join(folder, 'fewer.jsonl');
    writeFileSync(
      fewer,
      result.graph
        .filterNodes((_n, a) => a.kind === 'paper')
        .slice(0, 180)
        .map((node) => {
          const a = result.graph.getNodeAttributes(node) as PaperNodeAttributes;
          return JSON.stringify({ id: node.slice('paper:'.length), title: a.label, abstract: a.abstract });
        })
        .join('\n'),
    );
    const base = join(folder, 'out');
    await runBuild({ inputs: [fewer], out: base, minDf: 1 }, { quiet: true });
    await runBuild({ inputs: [SAMPLE], out: base, minDf: 1 }, { quiet: true, dryRun: true }).then((grown) => {
      expect(grown.summary.layout?.start).toBe('warm');
      expect(grown.summary.layout?.reusedNodes).toBeGreaterThan(grown.graph.order / 2);
    });
    const fresh = await runBuild(
      { inputs: [SAMPLE], out: base, minDf: 1, freshLayout: true },
      { quiet: true, dryRun: true },
    );
    expect(fresh.summary.layout).toMatchObject({ start: 'fresh', reusedNodes: 0 });
    const otherSeed = await runBuild(
      { inputs: [SAMPLE], out: base, minDf: 1, seed: 9 },
      { quiet: true, dryRun: true },
    );
    expect(otherSeed.summary.layout?.start).toBe('fresh');
  });

  it('changes the partition with another seed but keeps it valid', async () => {
    const other = await runBuild({ inputs: [SAMPLE], out, seed: 7 }, { quiet: true, dryRun: true });
    expect(other.graph.order).toBe(result.graph.order);
    expect(other.summary.options.seed).toBe(7);
  });

  it('clusters the term projection when asked, papers following their terms', async () => {
    const proj = await runBuild(
      { inputs: [SAMPLE], out, communitiesOn: 'projection', layout: false },
      { quiet: true, dryRun: true },
    );
    const g = proj.graph;
    let agree = 0;
    let papers = 0;
    g.forEachNode((n, a) => {
      if (a.kind !== 'paper' || a.degree === 0) return;
      papers++;
      const counts = new Map<number, number>();
      g.forEachEdge(n, (_e, ea, s, t) => {
        const c = g.getNodeAttribute(s === n ? t : s, 'community');
        counts.set(c, (counts.get(c) ?? 0) + ea.weight);
      });
      const max = Math.max(...counts.values());
      if (counts.get(a.community) === max) agree++;
    });
    expect(agree).toBe(papers);
  });
});

describe('build on the first 5,000 ACL abstracts, then 5,100', () => {
  it('succeeds with papers, terms of every kind and communities; the rebuild extracts only the new papers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgraph-acl-'));
    const input = join(dir, 'acl-5000.jsonl');
    await writeAclSubset(5000, input);
    const out = join(dir, 'out');
    const { summary, graph } = await runBuild({ inputs: [input], out }, { quiet: true });
    expect(summary.papers.read).toBe(5000);
    expect(summary.papers.kept).toBeGreaterThan(4900);
    expect(summary.extraction.workers).toBe(availableParallelism());
    expect(summary.terms.kept).toBeGreaterThan(1000);
    expect(summary.terms.byType.method).toBeGreaterThan(100);
    expect(summary.terms.byType.task).toBeGreaterThan(50);
    expect(summary.communities.count).toBeGreaterThan(5);
    const years = graph.filterNodes((_n, a) => a.kind === 'paper' && typeof a.year === 'number');
    expect(years.length).toBeGreaterThan(4900);
    expect(validateGexf(join(out, 'graph.gexf')).ok).toBe(true);

    const grown = join(dir, 'acl-5100.jsonl');
    await writeAclSubset(5100, grown);
    const again = await runBuild({ inputs: [grown], out }, { quiet: true });
    expect(again.summary.papers.kept - summary.papers.kept).toBe(again.summary.extraction.extracted);
    expect(again.summary.extraction.fromCache).toBe(summary.papers.kept);
    expect(again.summary.layout?.start).toBe('warm');
  }, 400_000);
});
