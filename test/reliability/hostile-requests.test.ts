// Hostile requests over a real port: `createServer` on 127.0.0.1:0 serving the sample graph (with HTML/JS planted
// in titles, abstracts, authors and term labels) and a stand-in viewer folder with a secret beside it. Requests
// are written byte for byte on a raw socket (node:net), so no client normalises "/../" or escapes anything.
// Every answer must be the right 4xx (or 200 for the harmless ones), leak no file content, carry no stack trace,
// and have the security headers. The planted strings must come back exactly — as JSON data from the API (served
// as application/json with nosniff, so a browser never renders it) and from GEXF and GraphML parsed back.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerServeCommand } from '../../src/cli/serve-command';
import { writeGexfString, writeGraphml } from '../../src/export';
import type { LitgraphGraph } from '../../src/graph';
import { runBuild } from '../../src/pipeline';
import { MAX_DEPTH, MAX_LIMIT } from '../../src/query';
import { createServer, DEFAULT_HOST, type RunningServer } from '../../src/server';

const SECRET = 'TOP-SECRET-4f1e9a';
const INDEX_HTML =
  '<!doctype html><title>viewer</title><script type="module" src="/assets/app-1a2b.js"></script>';

/** Strings that would run as script if a page ever put them into HTML. */
const XSS = {
  title: '<img src=x onerror=alert(1)>',
  abstract:
    '"><script>alert(document.cookie)</script> and <svg/onload=alert(2)> in an abstract about graphs.',
  author: '<iframe src="javascript:alert(3)"></iframe>',
  venue: '</title><script>alert(4)</script>',
  term: '<svg onload=alert(5)>',
  alias: '"><img src=x onerror=alert(6)>',
};

let dir: string;
let graphFile: string;
let graph: LitgraphGraph;
let paperId: string;
let termId: string;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'litgraph-hostile-'));
  const built = await runBuild(
    { inputs: ['graph/samples/seed-papers.txt'], out: path.join(dir, 'build'), cache: false },
    { quiet: true, dryRun: true },
  );
  graph = built.graph;
  paperId = graph.findNode((_n, a) => a.kind === 'paper' && graph.degree(_n) > 2) as string;
  termId = graph.neighbors(paperId)[0];
  graph.mergeNodeAttributes(paperId, {
    label: XSS.title,
    abstract: XSS.abstract,
    authors: [XSS.author, 'Ada Lovelace'],
    venue: XSS.venue,
    sentences: [[0, XSS.abstract.length]],
  });
  graph.mergeNodeAttributes(termId, { label: XSS.term, aliases: [XSS.alias] });
  // Spans of the planted paper's edges would point past its new text: keep only title-free, in-range ones.
  graph.forEachEdge(paperId, (edge) => graph.setEdgeAttribute(edge, 'spans', []));
  graphFile = path.join(dir, 'graph.json');
  writeFileSync(graphFile, JSON.stringify(graph.export()));

  const webDist = path.join(dir, 'dist');
  mkdirSync(path.join(webDist, 'assets'), { recursive: true });
  writeFileSync(path.join(webDist, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js'), 'console.log("viewer");\n');
  writeFileSync(path.join(webDist, '.env'), `SECRET=${SECRET}\n`);
  writeFileSync(path.join(dir, 'secret.txt'), `${SECRET}\n`);
  symlinkSync(path.join(dir, 'secret.txt'), path.join(webDist, 'escape.txt'));
  server = await createServer({ graph: graphFile, port: 0, webDist, buildWeb: false, log: () => {} });
  port = Number(new URL(server.url).port);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The bytes as received (head and body). */
  raw: string;
}

/** Sends `request` (a whole HTTP request, or just a target for a GET) on a fresh socket; reads to the close. */
function send(request: string | Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  const bytes =
    typeof request === 'string' && !request.includes('\r\n')
      ? `GET ${request} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`
      : request;
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error('no answer in time')), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks).toString('latin1');
      const split = raw.indexOf('\r\n\r\n');
      const head = split < 0 ? raw : raw.slice(0, split);
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = split < 0 ? '' : Buffer.from(raw.slice(split + 4), 'latin1').toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body, raw });
    });
    socket.write(bytes);
  });
}

/** What must hold for every answer, whatever the request. */
function expectSafe(answer: RawAnswer): void {
  expect(answer.status, answer.raw.slice(0, 200)).toBeGreaterThanOrEqual(200);
  expect(answer.raw).not.toContain(SECRET);
  expect(answer.body).not.toMatch(/\n\s+at |node:internal|\/work\/|Error: /);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  const csp = answer.headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/(^|;\s*)script-src 'self'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  if (answer.body && answer.status !== 200) {
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(() => JSON.parse(answer.body)).not.toThrow();
  }
}

describe('path traversal and file access', () => {
  it.each([
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '//etc/passwd',
    '/etc/passwd',
    '/%2Ftmp%2Fsecret.txt',
    '/%2fetc%2fpasswd',
    '/C:/Windows/win.ini',
    '/%00',
    '/index.html%00.js',
    '/%c0%ae%c0%ae/secret.txt',
    '/%c0%af..%c0%afsecret.txt',
    '/%e0%80%ae%e0%80%ae/secret.txt',
    '/.env',
    '/%2eenv',
    '/escape.txt',
    '/assets/',
    '/assets',
    '/assets/.',
    '/dist/index.html',
    'http://127.0.0.1/../secret.txt',
    '*',
  ])('GET %s → 4xx, nothing leaked', async (target) => {
    const answer = await send(target);
    expectSafe(answer);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toMatch(/<title>|Index of|<a href/i); // no directory listing, no page
  });

  it.each([
    ['/', INDEX_HTML],
    ['/index.html', INDEX_HTML],
    ['/?x=../../secret.txt', INDEX_HTML],
    ['/assets/app-1a2b.js', 'console.log'],
  ])('GET %s still serves the viewer', async (target, content) => {
    const answer = await send(target);
    expectSafe(answer);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(content);
  });

  it('raw NUL, spaces and control bytes in the request line → 400 from the parser, with the headers too', async () => {
    for (const target of ['/a\u0000b', '/a b c', '/\u0007']) {
      const answer = await send(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 'latin1'));
      expect(answer.status).toBe(400);
      expectSafe(answer);
    }
  });
});

describe('parameters', () => {
  const term = () => encodeURIComponent(termId);
  it.each([
    ['oversized query string', 414, () => `/api/search?q=${'a'.repeat(5000)}`],
    ['q longer than 200', 400, () => `/api/search?q=${'a'.repeat(201)}`],
    ['huge limit', 400, () => '/api/search?q=graph&limit=999999999999999999999'],
    ['limit above the maximum', 400, () => `/api/search?q=graph&limit=${MAX_LIMIT + 1}`],
    ['negative limit', 400, () => '/api/search?q=graph&limit=-1'],
    ['zero limit', 400, () => '/api/search?q=graph&limit=0'],
    ['fractional limit', 400, () => '/api/search?q=graph&limit=1.5'],
    ['exponent limit', 400, () => '/api/search?q=graph&limit=1e3'],
    ['hex limit', 400, () => '/api/search?q=graph&limit=0x10'],
    ['non-numeric limit', 400, () => '/api/search?q=graph&limit=ten'],
    ['repeated limit', 400, () => '/api/search?q=graph&limit=1&limit=2'],
    ['empty q', 400, () => '/api/search?q='],
    ['NUL in q', 400, () => '/api/search?q=a%00b'],
    ['unknown parameter', 400, () => '/api/search?q=graph&callback=alert'],
    ['huge depth', 400, () => `/api/neighbours?id=${term()}&depth=99999`],
    ['depth above the maximum', 400, () => `/api/neighbours?id=${term()}&depth=${MAX_DEPTH + 1}`],
    ['negative depth', 400, () => `/api/neighbours?id=${term()}&depth=-2`],
    ['non-numeric depth', 400, () => `/api/neighbours?id=${term()}&depth=deep`],
    ['unknown type', 400, () => `/api/neighbours?id=${term()}&type=script`],
    ['unknown measure', 400, () => `/api/neighbours?id=${term()}&by=__proto__`],
    ['prototype parameter', 400, () => '/api/search?q=graph&__proto__=1'],
    ['repeated prototype parameter', 400, () => '/api/search?q=graph&__proto__=1&__proto__=2'],
    ['toString parameter', 400, () => '/api/query/search?text=graph&toString=1'],
    ['query verb limit', 400, () => '/api/query/search?text=graph&limit=100000000'],
    ['query verb unknown parameter', 400, () => '/api/query/path?from=a&to=b&x=1'],
    ['unknown verb', 404, () => '/api/query/__proto__'],
    ['unknown view', 400, () => '/api/graph?view=../../etc/passwd'],
  ])('%s → %i', async (_label, status, target) => {
    const answer = await send(target());
    expectSafe(answer);
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body).error).toEqual(expect.any(String));
  });

  it.each([
    ['/api/node/%', 400],
    ['/api/node/%E0%A4%A', 400],
    ['/api/node/%ZZ', 400],
    ['/api/node/term%3Ano-such-term', 404],
    ['/api/node/..%2f..%2fsecret.txt', 404],
    ['/api/node/%00', 404],
    ['/api/node/<script>alert(1)<%2Fscript>', 404],
    [`/api/node/${'x'.repeat(1900)}`, 404],
    ['/api/node/', 404],
    ['/api/neighbours?id=', 400],
    ['/api/neighbours?id=term%3Anope', 404],
    ['/api/neighbours?id=%00', 400],
    ['/api/../secret.txt', 404],
    ['/api/nope', 404],
    ['/api', 404],
  ])('malformed or unknown id %s → %i', async (target, status) => {
    const answer = await send(target);
    expectSafe(answer);
    expect(answer.status).toBe(status);
  });

  it('a 20 KB request line → 431 from the parser, and the server keeps answering', async () => {
    const answer = await send(`/api/search?q=graph&${'x'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expectSafe(answer);
    expect((await send('/api/health')).status).toBe(200);
  });
});

describe('methods and headers', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'POST', 'PROPFIND'])(
    '%s → 405 with Allow: GET, HEAD',
    async (method) => {
      const answer = await send(
        `${method} /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbody`,
      );
      expectSafe(answer);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    },
  );

  it('a method node does not know → 400 from the parser, with the headers', async () => {
    const answer = await send(`FOO /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expectSafe(answer);
    expect(answer.status).toBe(400);
  });

  it('CONNECT gets no tunnel', async () => {
    const answer = await send(`CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n`);
    expect(answer.status === 0 || (answer.status >= 400 && answer.status < 500)).toBe(true);
    expect(answer.raw).not.toMatch(/SSH-|200 Connection established/i);
  });

  it.each([
    ['evil.example', 403],
    ['127.0.0.1.evil.example', 403],
    ['localhost.evil.example:80', 403],
    ['evil.example#127.0.0.1', 403],
    ['[::2]', 403],
    ['127.0.0.1', 200],
    ['localhost:4173', 200],
    ['[::1]:8080', 200],
  ])('Host: %s → %i', async (host, status) => {
    const answer = await send(`GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expectSafe(answer);
    expect(answer.status).toBe(status);
  });

  it('two Host headers → 400', async () => {
    const answer = await send(
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
    expectSafe(answer);
  });

  it('HEAD answers with headers only', async () => {
    const answer = await send(`HEAD /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expectSafe(answer);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
  });

  it('binds to 127.0.0.1 unless a host is given, and the CLI default is 127.0.0.1', async () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    const program = new Command();
    registerServeCommand(program);
    const serve = program.commands.find((c) => c.name() === 'serve');
    expect(serve?.options.find((o) => o.long === '--host')?.defaultValue).toBe('127.0.0.1');
  });
});

describe('stored XSS stays inert data', () => {
  it('the API returns the planted strings exactly, as JSON with nosniff', async () => {
    const node = await send(`/api/node/${encodeURIComponent(paperId)}`);
    expectSafe(node);
    expect(node.headers['content-type']).toBe('application/json; charset=utf-8');
    const summary = JSON.parse(node.body);
    expect(summary.attributes).toMatchObject({
      label: XSS.title,
      abstract: XSS.abstract,
      authors: [XSS.author, 'Ada Lovelace'],
      venue: XSS.venue,
    });
    expect(summary.terms.map((t: { label: string }) => t.label)).toContain(XSS.term);

    const term = JSON.parse((await send(`/api/node/${encodeURIComponent(termId)}`)).body);
    expect(term.attributes).toMatchObject({ label: XSS.term, aliases: [XSS.alias] });

    const search = await send('/api/search?q=img%20src');
    expectSafe(search);
    expect(JSON.parse(search.body).results.map((r: { label: string }) => r.label)).toContain(XSS.title);

    const full = await send('/api/graph');
    expectSafe(full);
    const served = JSON.parse(full.body) as { nodes: { key: string; attributes: { label: string } }[] };
    expect(served.nodes.find((n) => n.key === paperId)?.attributes.label).toBe(XSS.title);

    const notFound = await send('/api/neighbours?id=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expectSafe(notFound);
    expect(notFound.headers['content-type']).toMatch(/^application\/json/);
  });

  it('GEXF from the API parses back to the exact strings', async () => {
    const answer = await send('/api/export.gexf');
    expectSafe(answer);
    expect(answer.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(answer.headers['content-disposition']).toMatch(/^attachment;/);
    const parsed = parseGexf(Graph, answer.body);
    expect(parsed.getNodeAttribute(paperId, 'label')).toBe(XSS.title);
    expect(parsed.getNodeAttribute(paperId, 'abstract')).toBe(XSS.abstract);
    expect(parsed.getNodeAttribute(paperId, 'venue')).toBe(XSS.venue);
    expect(String(parsed.getNodeAttribute(paperId, 'authors'))).toContain(XSS.author);
    expect(parsed.getNodeAttribute(termId, 'label')).toBe(XSS.term);
    expect(String(parsed.getNodeAttribute(termId, 'aliases'))).toContain(XSS.alias);
    expect(answer.body).not.toContain('<script>');
  });

  it('GEXF and GraphML written by the exporters parse back to the exact strings', () => {
    const gexf = parseGexf(Graph, writeGexfString(graph));
    const parts: string[] = [];
    writeGraphml(graph, (chunk) => parts.push(chunk));
    const graphml = parseGraphml(Graph, parts.join(''));
    for (const parsed of [gexf, graphml]) {
      expect(parsed.getNodeAttribute(paperId, 'label')).toBe(XSS.title);
      expect(parsed.getNodeAttribute(paperId, 'abstract')).toBe(XSS.abstract);
      expect(parsed.getNodeAttribute(termId, 'label')).toBe(XSS.term);
    }
    expect(parts.join('')).not.toContain('<script>');
  });
});
