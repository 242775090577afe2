// The two views of the served graph: `GET /api/graph?view=full|concepts` (concepts.json beside graph.json when the
// build wrote one, else computed), a bad `view` → 400 naming it, a damaged concepts.json → a startup error naming
// the file, `/api/health` counts and `defaultView` (auto by size, forced by the `view` option), and a paper's
// terms with their mention spans in `/api/node`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { graphToJson } from '../../src/export';
import { buildConceptMap } from '../../src/graph';
import {
  createServer,
  defaultViewFor,
  FULL_VIEW_MAX_NODES,
  type RunningServer,
  type ServerOptions,
} from '../../src/server';
import { type Fixture, makeFixture } from './helpers';

interface Exported {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: Record<string, number> }[];
}

let fixture: Fixture;
const servers: RunningServer[] = [];

beforeAll(() => {
  fixture = makeFixture();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fixture?.cleanup();
});

const start = async (options: Partial<ServerOptions> = {}): Promise<RunningServer> => {
  const running = await createServer({
    graph: fixture.graphFile,
    port: 0,
    webDist: fixture.webDist,
    buildWeb: false,
    log: () => {},
    ...options,
  });
  servers.push(running);
  return running;
};

const getJson = async (running: RunningServer, url: string) => {
  const response = await fetch(new URL(url, running.url));
  return { status: response.status, body: JSON.parse(await response.text()) };
};

const termKeys = () => fixture.graph.filterNodes((_n, a) => a.kind === 'term').sort();

/** A copy of the fixture in its own folder, with `concepts` (text) beside its graph.json. */
function folderWithConcepts(name: string, concepts: string): string {
  const dir = path.join(fixture.dir, name);
  const graphFile = path.join(dir, 'graph.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(graphFile, JSON.stringify(fixture.graph.export()));
  writeFileSync(path.join(dir, 'concepts.json'), concepts);
  return graphFile;
}

describe('GET /api/graph?view=', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await start();
  });

  it.each(['/api/graph', '/api/graph?view=full'])('%s serves the whole graph', async (url) => {
    const { status, body } = await getJson(running, url);
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(fixture.graph.order);
    expect(body.edges).toHaveLength(fixture.graph.size);
  });

  it('?view=concepts without concepts.json: the concept map computed from the graph', async () => {
    const { status, body } = (await getJson(running, '/api/graph?view=concepts')) as {
      status: number;
      body: Exported;
    };
    expect(status).toBe(200);
    expect(body.attributes.view).toBe('concepts');
    expect(body.attributes.communities).toEqual(fixture.graph.getAttribute('communities'));
    expect(body.nodes.map((n) => n.key).sort()).toEqual(termKeys());
    for (const node of body.nodes) {
      expect(node.attributes.kind).toBe('term');
      expect(node.attributes.x).toBe(fixture.graph.getNodeAttribute(node.key, 'x'));
    }
    expect(body.edges.length).toBeGreaterThan(0);
    for (const edge of body.edges) {
      // A link between two terms, weighted by the papers mentioning both.
      const shared = fixture.graph
        .neighbors(edge.source)
        .filter((paper) => fixture.graph.hasEdge(paper, edge.target)).length;
      expect(edge.attributes.weight).toBe(shared);
      expect(edge.attributes.association).toBeGreaterThan(0);
    }
  });

  it('gzips the concept map for clients that accept it', async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(
        new URL('/api/graph?view=concepts', running.url),
        { headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        },
      )
        .on('error', reject)
        .end();
    });
    expect(raw.encoding).toBe('gzip');
    const body = JSON.parse(gunzipSync(raw.body).toString('utf8')) as Exported;
    expect(body.nodes).toHaveLength(termKeys().length);
  });

  it.each([
    ['/api/graph?view=papers', 'view'],
    ['/api/graph?view=', 'view'],
    ['/api/graph?view=FULL', 'view'],
    ['/api/graph?view=full&view=concepts', 'view'],
    ['/api/graph?views=full', 'views'],
  ])('%s → 400 naming %s', async (url, parameter) => {
    const { status, body } = await getJson(running, url);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(parameter);
  });
});

describe('concepts.json beside graph.json', () => {
  it('is served as written by the build', async () => {
    // Fewer links than the default, so the file's map differs from the one computed on the fly.
    const text = graphToJson(buildConceptMap(fixture.graph, { linksPerTerm: 1, minShared: 1 }));
    const graph = folderWithConcepts('with-concepts', text);
    const running = await start({ graph });
    const { body } = (await getJson(running, '/api/graph?view=concepts')) as { body: Exported };
    expect(body).toEqual(JSON.parse(text));
    const computed = JSON.parse(graphToJson(buildConceptMap(fixture.graph))) as Exported;
    expect(body.edges.length).not.toBe(computed.edges.length);
  });

  const valid = () => JSON.parse(graphToJson(buildConceptMap(fixture.graph))) as Exported;
  const broken = (mutate: (data: Exported) => void): string => {
    const data = valid();
    mutate(data);
    return JSON.stringify(data);
  };

  it.each([
    ['not JSON', () => '{"nodes": [', /not valid JSON/],
    ['not a concept map', () => JSON.stringify(fixture.graph.export()), /"view" is not "concepts"/],
    [
      'a paper node',
      () => broken((d) => (d.nodes[0].attributes.kind = 'paper')),
      /node 0 .*"kind" must be "term"/,
    ],
    [
      'a node without layout',
      () => broken((d) => delete d.nodes[1].attributes.x),
      /node 1 .*"x" must be a number/,
    ],
    ['a bad colour', () => broken((d) => (d.nodes[2].attributes.color = 'red')), /node 2 .*hex colour/],
    [
      'a term of another graph',
      () => broken((d) => (d.nodes[0].key = 'term:from another build')),
      /not a term of the served graph/,
    ],
    ['an edge to nowhere', () => broken((d) => (d.edges[0].target = 'term:nowhere')), /edge 0: unknown node/],
    [
      'an edge without weight',
      () => broken((d) => (d.edges[0].attributes = {})),
      /edge 0: attribute "weight"/,
    ],
  ])('%s → a startup error naming concepts.json', async (name, text, message) => {
    const graph = folderWithConcepts(`broken-${name.replace(/\W+/g, '-')}`, text());
    const error = await start({ graph }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    const described = (error as LitgraphError).describe();
    expect(described).toContain(path.join(path.dirname(graph), 'concepts.json'));
    expect(described).toMatch(message);
  });
});

describe('GET /api/health: counts and the default view', () => {
  const papers = () => fixture.graph.filterNodes((_n, a) => a.kind === 'paper').length;

  it.each([
    ['auto, under the limit', {}, 'full'],
    ['auto, at the limit', { fullViewMaxNodes: 60 }, 'full'],
    ['auto, over the limit', { fullViewMaxNodes: 59 }, 'concepts'],
    ['forced concepts', { view: 'concepts' as const }, 'concepts'],
    ['forced full over the limit', { view: 'full' as const, fullViewMaxNodes: 10 }, 'full'],
  ])('%s → %s', async (_name, options, defaultView) => {
    expect(fixture.graph.order).toBe(60);
    const running = await start(options);
    const { status, body } = await getJson(running, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      nodes: fixture.graph.order,
      edges: fixture.graph.size,
      papers: papers(),
      terms: termKeys().length,
      defaultView,
    });
  });

  it.each([
    [FULL_VIEW_MAX_NODES, 'full'],
    [FULL_VIEW_MAX_NODES + 1, 'concepts'],
    [90_000, 'concepts'],
  ])('defaultViewFor(%i nodes) → %s', (nodes, view) => {
    expect(FULL_VIEW_MAX_NODES).toBe(20_000);
    expect(defaultViewFor(nodes)).toBe(view);
  });
});

describe('GET /api/node/paper:…', () => {
  it('lists every term of the paper with its mention spans', async () => {
    const running = await start();
    const id = 'paper:p00001';
    const { body } = await getJson(running, `/api/node/${encodeURIComponent(id)}`);
    expect(body.attributes.abstract).toBe(
      (fixture.graph.getNodeAttributes(id) as { abstract: string }).abstract,
    );
    const expected = fixture.graph.mapEdges(id, (_e, a, source, target) => ({
      id: source === id ? target : source,
      spans: a.spans,
    }));
    const got = body.terms.map((t: { id: string; spans: unknown }) => ({ id: t.id, spans: t.spans }));
    expect(got.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
    const weights = body.terms.map((t: { weight: number }) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('a term has no such list', async () => {
    const running = await start();
    const { body } = await getJson(
      running,
      `/api/node/${encodeURIComponent('term:variational autoencoder')}`,
    );
    expect(body.terms).toBeUndefined();
  });
});
