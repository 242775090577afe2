// The viewer's files over a real port: content types, caching, `/` → index.html, and every way out of the web
// root (dot segments raw and encoded, encoded slashes, absolute paths, NUL, symlinks, hidden files) → 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { safeSegments } from '../../src/server/static-files';
import { type Fixture, INDEX_HTML, makeFixture, rawRequest, startFixtureServer } from './helpers';

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

describe('serving the viewer', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/style-3c4d.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/logo.svg', 'image/svg+xml', 'no-cache'],
  ])('%s → 200 %s', async (path, type, cache) => {
    const response = await rawRequest(running.url, path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('/ is index.html, with a query string too', async () => {
    expect((await rawRequest(running.url, '/')).body).toBe(INDEX_HTML);
    expect((await rawRequest(running.url, '/?from=share')).body).toBe(INDEX_HTML);
  });
});

describe('path traversal and other escapes → 404', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/..%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '//etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
    '/index.html%00.js',
    '/%00',
    '/escape.txt',
    '/.env',
    '/assets',
    '/assets/',
    '/assets//app-1a2b.js',
    '/missing.js',
    '/%E0%A4%A',
  ])('%s', async (path) => {
    const response = await rawRequest(running.url, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the web root');
    expect(response.body).not.toContain('"name": "litgraph"');
    expect(response.body).not.toContain('root:');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('safeSegments', () => {
  it.each([
    ['/', ['index.html']],
    ['/assets/a.js', ['assets', 'a.js']],
    ['/a%20b.txt', ['a b.txt']],
    ['/../x', undefined],
    ['/a/./b', undefined],
    ['/%2e%2e/x', undefined],
    ['/a%2fb', undefined],
    ['relative', undefined],
    ['//host/x', undefined],
  ])('%s → %j', (raw, expected) => {
    expect(safeSegments(raw)).toEqual(expected);
  });
});
