// The JSON API over a real port: every route with good and bad parameters, status codes, error bodies, headers.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { XSS_TITLE } from './fixture-graph';
import { type Fixture, makeFixture, rawRequest, startFixtureServer } from './helpers';

let fixture: Fixture;
let running: RunningServer;

beforeAll(async () => {
  fixture = makeFixture();
  running = await startFixtureServer(fixture);
});

afterAll(async () => {
  await running?.close();
  fixture?.cleanup();
});

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(new URL(path, running.url), init);
  const text = await response.text();
  return {
    response,
    text,
    body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  };
};

describe('GET /api/health and /api/graph', () => {
  it('reports the graph size', async () => {
    const { response, body } = await get('/api/health');
    expect(response.status).toBe(200);
    const papers = fixture.graph.filterNodes((_n, a) => a.kind === 'paper').length;
    expect(body).toEqual({
      status: 'ok',
      nodes: fixture.graph.order,
      edges: fixture.graph.size,
      papers,
      terms: fixture.graph.order - papers,
      defaultView: 'full',
    });
  });

  it('serves the whole graph as graphology JSON', async () => {
    const { response, body } = await get('/api/graph');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.nodes).toHaveLength(fixture.graph.order);
    expect(body.edges).toHaveLength(fixture.graph.size);
    expect(body.attributes.communities.map((c: { label: string }) => c.label)).toContain('generative models');
    expect(body.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toContain(XSS_TITLE);
  });

  it('gzips the graph for clients that accept it', async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get: httpGet }) => {
        httpGet(new URL('/api/graph', running.url), { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', reject);
      }, reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8')).nodes).toHaveLength(fixture.graph.order);
  });
});

describe('GET /api/search', () => {
  it('finds a term by an alias', async () => {
    const { response, body } = await get('/api/search?q=autoencoder&limit=5');
    expect(response.status).toBe(200);
    expect(body.query.verb).toBe('search');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    expect(body.results.map((r: { id: string }) => r.id)).toContain('term:variational autoencoder');
  });

  it.each([
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    ['/api/search?q=%20%20', 'q'],
    ['/api/search?q=vae&limit=0', 'limit'],
    ['/api/search?q=vae&limit=-1', 'limit'],
    ['/api/search?q=vae&limit=abc', 'limit'],
    ['/api/search?q=vae&limit=1.5', 'limit'],
    ['/api/search?q=vae&limit=100000', 'limit'],
    ['/api/search?q=vae&limit=1&limit=2', 'limit'],
    ['/api/search?q=vae&q=gan', 'q'],
    ['/api/search?q=vae&sort=year', 'sort'],
    [`/api/search?q=${'a'.repeat(201)}`, 'q'],
    ['/api/search?q=a%00b', 'q'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(typeof body.error).toBe('string');
    expect(body.error).not.toMatch(/at .*\.ts/);
  });
});

describe('GET /api/node/:id', () => {
  it('summarises a term: attributes, counts by kind, top neighbours by weight', async () => {
    const id = 'term:variational autoencoder';
    const { response, body } = await get(`/api/node/${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    expect(body.id).toBe(id);
    expect(body.attributes.aliases).toEqual(['VAE', 'autoencoder']);
    expect(body.community.label).toBe('generative models');
    const degree = fixture.graph.degree(id);
    expect(body.neighbours.total).toBe(degree);
    expect(body.neighbours.byKind).toEqual({ paper: degree });
    expect(body.neighbours.top.length).toBe(Math.min(10, degree));
    const weights = body.neighbours.top.map((n: { weight: number }) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const strongest = Math.max(...fixture.graph.mapEdges(id, (_e, a) => a.weight));
    expect(weights[0]).toBe(strongest);
  });

  it('counts a paper’s terms by type', async () => {
    const id = 'paper:p00000';
    const { body } = await get(`/api/node/${encodeURIComponent(id)}`);
    const types: Record<string, number> = {};
    fixture.graph.forEachNeighbor(id, (_n, a) => {
      if (a.kind === 'term') types[a.type] = (types[a.type] ?? 0) + 1;
    });
    expect(body.neighbours.byType).toEqual(types);
    expect(body.neighbours.byKind.term).toBe(fixture.graph.degree(id));
  });

  it.each(['term:nothing-like-this', 'paper:missing', 'x'])('unknown id %s → 404', async (id) => {
    const { response, body } = await get(`/api/node/${encodeURIComponent(id)}`);
    expect(response.status).toBe(404);
    expect(body.error).toContain(id);
  });

  it('malformed percent-encoding → 400', async () => {
    const response = await rawRequest(running.url, '/api/node/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).parameter).toBe('id');
  });
});

describe('GET /api/neighbours and /api/communities', () => {
  it('runs the neighbours query for a term', async () => {
    const { response, body } = await get('/api/neighbours?id=VAE&depth=2&limit=3&type=method,task');
    expect(response.status).toBe(200);
    expect(body.query.verb).toBe('neighbours');
    expect(body.query.resolved.id).toBe('term:variational autoencoder');
    for (const row of body.results) expect(['method', 'task']).toContain(row.type);
  });

  it.each([
    ['/api/neighbours', 'id'],
    ['/api/neighbours?id=vae&depth=0', 'depth'],
    ['/api/neighbours?id=vae&depth=4', 'depth'],
    ['/api/neighbours?id=vae&limit=x', 'limit'],
    ['/api/neighbours?id=vae&type=paper', 'type'],
    ['/api/neighbours?id=vae&type=method,bogus', 'type'],
    ['/api/neighbours?id=vae&by=magic', 'by'],
    ['/api/neighbours?id=vae&colour=red', 'colour'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(400);
    expect(body.parameter).toBe(parameter);
  });

  it('unknown term → 404', async () => {
    const { response, body } = await get('/api/neighbours?id=no%20such%20term%20at%20all');
    expect(response.status).toBe(404);
    expect(body.error).toMatch(/unknown term/);
  });

  it('lists the communities', async () => {
    const { response, body } = await get('/api/communities');
    expect(response.status).toBe(200);
    expect(body.results).toHaveLength(fixture.graph.getAttribute('communities').length);
    expect(await get('/api/communities?x=1').then((r) => r.response.status)).toBe(400);
  });
});

describe('GET /api/query/<verb>', () => {
  it.each([
    ['neighbours', 'term=VAE&depth=1'],
    ['papers', 'term=VAE&limit=3'],
    ['terms', 'paper=paper%3Ap00000'],
    ['path', 'from=VAE&to=GAN'],
    ['similar', 'term=VAE&limit=3'],
    ['community', 'community=0&limit=5'],
    ['search', 'text=autoencoder'],
    ['communities', ''],
  ])('%s answers the query document', async (verb, query) => {
    const { response, body } = await get(`/api/query/${verb}?${query}`);
    expect(response.status).toBe(200);
    expect(body.query.verb).toBe(verb);
    expect(Array.isArray(body.results)).toBe(true);
  });

  it.each([
    ['/api/query/papers', 400],
    ['/api/query/papers?term=VAE&limit=zero', 400],
    ['/api/query/papers?term=VAE&bogus=1', 400],
    ['/api/query/papers?term=not%20a%20term%20anywhere', 404],
    ['/api/query/terms?paper=paper%3Anope', 404],
    ['/api/query/explode', 404],
    ['/api/query/', 404],
  ])('%s → %i', async (path, status) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(status);
    expect(typeof body.error).toBe('string');
  });

  it('names the parameter of a usage error from the query layer', async () => {
    const { body } = await get('/api/query/papers?term=VAE&limit=zero');
    expect(body.parameter).toBe('limit');
  });
});

describe('protocol', () => {
  it.each(['/api/nope', '/api', '/api/health/extra', '/api/node/'])(
    'unknown API route %s → 404 JSON',
    async (path) => {
      const { response, body } = await get(path);
      expect(response.status).toBe(404);
      expect(body.error).toBeTruthy();
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    const response = await fetch(new URL('/api/health', running.url), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('HEAD has the headers of GET and no body', async () => {
    const head = await rawRequest(running.url, '/api/health', { method: 'HEAD' });
    const getResponse = await rawRequest(running.url, '/api/health');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(getResponse.body)));
  });

  it('a query string over 2 KB → 414', async () => {
    const { response } = await get(`/api/search?q=${'a'.repeat(2100)}`);
    expect(response.status).toBe(414);
  });

  it('rejects a foreign Host header (DNS rebinding)', async () => {
    const response = await rawRequest(running.url, '/api/health', { headers: { Host: 'evil.example:80' } });
    expect(response.status).toBe(403);
    const local = await rawRequest(running.url, '/api/health', { headers: { Host: 'localhost:4173' } });
    expect(local.status).toBe(200);
  });

  it.each(['/api/health', '/api/nope', '/', '/missing.js'])('security headers on %s', async (path) => {
    const { response } = await get(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
