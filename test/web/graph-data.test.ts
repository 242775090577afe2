// Loading the graph in the viewer: validation messages, the display model, and GEXF of the whole graph or a view.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../web/src/data/build-graph';
import { GEXF_OPTIONS, gexfGraph } from '../../web/src/data/gexf-view';
import { GraphDataError, validateGraphData } from '../../web/src/data/validate-graph';
import type { LitgraphData } from '../../web/src/types';
import { buildFixtureGraph } from '../server/fixture-graph';

// The browser build of graphology-gexf needs a DOM to load; its writer is the same module as the Node build's.
const toGexf = (data: LitgraphData, keep: (node: string) => boolean) =>
  write(gexfGraph(data, keep), GEXF_OPTIONS);
const fixture = buildFixtureGraph();
const exported = () => JSON.parse(JSON.stringify(fixture.export()));

describe('validateGraphData', () => {
  it('accepts a litgraph export', () => {
    expect(validateGraphData(exported()).nodes).toHaveLength(fixture.order);
  });

  type Data = { nodes: { attributes: Record<string, unknown> }[]; edges: { target: string }[] };
  const change =
    (mutate: (d: Data) => void) =>
    (d: Data): unknown => {
      mutate(d);
      return d;
    };
  it.each([
    ['not an object', () => 42, /not a JSON object/],
    ['no nodes', () => ({ edges: [] }), /no "nodes"/],
    ['no edges', () => ({ nodes: [] }), /no "edges"/],
    [
      'bad kind',
      change((d) => {
        d.nodes[0].attributes.kind = 'robot';
      }),
      /neither a paper nor a term/,
    ],
    [
      'no x',
      change((d) => {
        delete d.nodes[1].attributes.x;
      }),
      /no numeric x/,
    ],
    [
      'null size',
      change((d) => {
        d.nodes[1].attributes.size = null;
      }),
      /no numeric size/,
    ],
    [
      'hsl colour',
      change((d) => {
        d.nodes[2].attributes.color = 'hsl(1,2%,3%)';
      }),
      /hex colour/,
    ],
    [
      'dangling edge',
      change((d) => {
        d.edges[0].target = 'term:ghost';
      }),
      /not in the graph/,
    ],
    [
      'duplicate key',
      change((d) => {
        d.nodes.push(d.nodes[0]);
      }),
      /repeats the key/,
    ],
  ] as [string, (d: Data) => unknown, RegExp][])('rejects %s', (_name, corrupt, message) => {
    expect(() => validateGraphData(corrupt(exported()))).toThrow(GraphDataError);
    expect(() => validateGraphData(corrupt(exported()))).toThrow(message);
  });
});

describe('buildGraphModel', () => {
  const model = buildGraphModel(validateGraphData(exported()));

  it('keeps positions and moves the term type out of sigma’s `type`', () => {
    expect(model.graph.order).toBe(fixture.order);
    expect(model.graph.size).toBe(fixture.size);
    model.graph.forEachNode((node, a) => {
      const original = fixture.getNodeAttributes(node);
      expect(a.type).toBe(original.kind);
      expect([a.x, a.y, a.size, a.color]).toEqual([original.x, original.y, original.size, original.color]);
      if (original.kind === 'term') expect(a.termType).toBe(original.type);
    });
  });

  it('knows the communities and the year range', () => {
    expect(model.communities.map((c) => c.id)).toEqual([0, 1, 2, 3]);
    const years = fixture.reduceNodes<number[]>(
      (out, _n, a) => (a.kind === 'paper' && a.year !== undefined ? [...out, a.year] : out),
      [],
    );
    expect(model.years).toEqual([Math.min(...years), Math.max(...years)]);
  });
});

describe('toGexf', () => {
  const data = validateGraphData(exported());
  const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

  it.each([
    ['whole graph', () => true, fixture.order],
    ['community 0 only', (n: string) => fixture.getNodeAttribute(n, 'community') === 0, 15],
  ])('%s validates as GEXF 1.3', (_name, keep, nodes) => {
    const text = toGexf(data, keep);
    expect(text.match(/<node /g)?.length).toBe(nodes);
    const kept = new Set(fixture.filterNodes((n) => keep(n)));
    const edges = fixture.filterEdges((_e, _a, s, t) => kept.has(s) && kept.has(t)).length;
    expect(text.match(/<edge /g)?.length ?? 0).toBe(edges);
    if (!hasXmllint) return console.warn('SKIPPED GEXF schema validation: xmllint is missing');
    const dir = mkdtempSync(path.join(tmpdir(), 'litgraph-gexf-'));
    try {
      const file = path.join(dir, 'view.gexf');
      writeFileSync(file, text);
      const result = spawnSync(path.resolve('../shared/tools/validate-gexf'), [file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
