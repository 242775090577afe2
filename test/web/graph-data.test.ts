// Loading the graph in the viewer: validation messages (on their own and in the one-pass build), the display model,
// and GEXF of the whole graph or a view.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraphModel, loadGraphModel } from '../../web/src/data/build-graph';
import { GEXF_OPTIONS, gexfGraph } from '../../web/src/data/gexf-view';
import { termTypeOf } from '../../web/src/data/node-facts';
import { GraphDataError, validateGraphData } from '../../web/src/data/validate-graph';
import type { LitgraphData } from '../../web/src/types';
import { buildFixtureGraph } from '../server/fixture-graph';

// The browser build of graphology-gexf needs a DOM to load; its writer is the same module as the Node build's.
const toGexf = (data: LitgraphData, keep: (node: string) => boolean) =>
  write(gexfGraph(data, keep), GEXF_OPTIONS);
const fixture = buildFixtureGraph();
const exported = () => JSON.parse(JSON.stringify(fixture.export()));

type Data = {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[];
};
const change =
  (mutate: (d: Data) => void) =>
  (d: Data): unknown => {
    mutate(d);
    return d;
  };
/** Corruptions and the message naming them, shared by validateGraphData and loadGraphModel. */
const CORRUPTIONS: [string, (d: Data) => unknown, RegExp][] = [
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
    /edge 0 joins a node that is not in the graph/,
  ],
  [
    'edge without attributes',
    change((d) => {
      delete (d.edges[3] as Partial<Data['edges'][number]>).attributes;
    }),
    /edge 3 has no attributes/,
  ],
  [
    'duplicate key',
    change((d) => {
      d.nodes.push(d.nodes[0]);
    }),
    /repeats the key/,
  ],
];

describe('validateGraphData', () => {
  it('accepts a litgraph export', () => {
    expect(validateGraphData(exported()).nodes).toHaveLength(fixture.order);
  });

  it.each(CORRUPTIONS)('rejects %s', (_name, corrupt, message) => {
    expect(() => validateGraphData(corrupt(exported()))).toThrow(GraphDataError);
    expect(() => validateGraphData(corrupt(exported()))).toThrow(message);
  });
});

describe('loadGraphModel (validation and build in one pass)', () => {
  it.each(CORRUPTIONS)('rejects %s with validateGraphData’s message', (_name, corrupt, message) => {
    expect(() => loadGraphModel(corrupt(exported()))).toThrow(GraphDataError);
    expect(() => loadGraphModel(corrupt(exported()))).toThrow(message);
  });

  it('builds the model buildGraphModel builds from validated data', () => {
    const loaded = loadGraphModel(exported());
    const built = buildGraphModel(validateGraphData(exported()));
    expect(loaded.graph.export()).toEqual(built.graph.export());
    expect([loaded.view, loaded.years, loaded.maxDegree]).toEqual([built.view, built.years, built.maxDegree]);
    expect(loaded.communities).toEqual(built.communities);
  });

  it('keeps the file’s edge keys, and gives keyless or repeated ones new keys', () => {
    const data = exported() as Data;
    delete data.edges[0].key;
    data.edges[2].key = data.edges[1].key;
    const { graph } = loadGraphModel(data);
    expect(graph.size).toBe(fixture.size);
    expect(graph.hasEdge(data.edges[1].key as string)).toBe(true);
    expect(graph.hasEdge(data.edges[5].key as string)).toBe(true);
    for (const i of [0, 2]) expect(graph.edges(data.edges[i].source, data.edges[i].target)).toHaveLength(1);
  });

  it('draws a pair repeated by the file twice (a multigraph)', () => {
    const data = exported() as Data;
    const [first] = data.edges;
    data.edges.push({ ...first, key: 'again', attributes: { ...first.attributes } });
    const { graph } = loadGraphModel(data);
    expect(graph.multi).toBe(true);
    expect(graph.size).toBe(fixture.size + 1);
    expect(graph.edges(first.source, first.target).sort()).toEqual([first.key, 'again'].sort());
  });

  it('never hands sigma drawing instructions from an edge’s attributes, and gives it a weight', () => {
    const data = exported() as Data;
    data.edges[0].attributes.type = 'arrow';
    delete data.edges[1].attributes.weight;
    const { graph } = loadGraphModel(data);
    const first = graph.getEdgeAttributes(data.edges[0].key as string) as unknown as Record<string, unknown>;
    expect(first.type).toBeUndefined();
    expect(first.spans).toEqual(data.edges[0].attributes.spans);
    expect(graph.getEdgeAttribute(data.edges[1].key as string, 'weight')).toBe(1);
  });
});

describe('buildGraphModel', () => {
  const model = buildGraphModel(validateGraphData(exported()));

  it('shares the data’s attributes (no copies); a term’s type is read with termTypeOf', () => {
    const data = validateGraphData(exported());
    const shared = buildGraphModel(data);
    expect(shared.graph.order).toBe(fixture.order);
    expect(shared.graph.size).toBe(fixture.size);
    for (const { key, attributes } of data.nodes)
      expect(shared.graph.getNodeAttributes(key)).toBe(attributes);
    for (const { key, attributes } of data.edges) {
      expect(shared.graph.getEdgeAttributes(key as string)).toBe(attributes);
    }
    model.graph.forEachNode((node, a) => {
      const original = fixture.getNodeAttributes(node);
      expect([a.x, a.y, a.size, a.color]).toEqual([original.x, original.y, original.size, original.color]);
      expect(termTypeOf(a)).toBe(original.kind === 'term' ? original.type : undefined);
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
