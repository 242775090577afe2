// Startup: a missing or corrupt graph is a clear error naming the file (exit 1 from the CLI), a busy port is a
// clear error, bad flags are usage errors (exit 2), and `litgraph serve` prints its URL and answers on it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { createServer } from '../../src/server';
import { type Fixture, makeFixture, startFixtureServer } from './helpers';

const CLI = path.resolve('src/cli/litgraph.mjs');
let fixture: Fixture;

beforeAll(() => {
  fixture = makeFixture();
});
afterAll(() => fixture?.cleanup());

const options = (graph: string) => ({
  graph,
  port: 0,
  webDist: fixture.webDist,
  buildWeb: false,
  log: () => {},
});

describe('createServer startup errors', () => {
  it.each([
    ['missing', () => path.join(fixture.dir, 'nope.json')],
    ['not JSON', () => write('corrupt.json', '{"nodes": [')],
    ['not a graph', () => write('wrong.json', '{"hello": "world"}')],
    ['a directory', () => fixture.dir],
  ])('%s graph file → LitgraphError naming the file', async (_name, make) => {
    const file = make();
    const error = await createServer(options(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect((error as LitgraphError).describe()).toContain(file);
  });

  it('a busy port is a clear error', async () => {
    const first = await startFixtureServer(fixture);
    try {
      const port = Number(new URL(first.url).port);
      const error = await createServer({ ...options(fixture.graphFile), port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LitgraphError);
      expect((error as Error).message).toMatch(new RegExp(`${port}.*already in use`));
    } finally {
      await first.close();
    }
  });
});

describe('a missing viewer build', () => {
  it('is built with vite before serving', async () => {
    const webDist = path.join(fixture.dir, 'fresh-dist');
    const running = await createServer({
      graph: fixture.graphFile,
      port: 0,
      webDist,
      buildWeb: true,
      log: () => {},
    });
    try {
      expect(existsSync(path.join(webDist, 'index.html'))).toBe(true);
      const page = await fetch(running.url).then((r) => r.text());
      expect(page).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
      expect(page).not.toMatch(/<script>(?!<)/);
    } finally {
      await running.close();
    }
  });

  it('without building, the API still answers and the page is a clear 503', async () => {
    const running = await createServer({
      graph: fixture.graphFile,
      port: 0,
      webDist: path.join(fixture.dir, 'never-built'),
      buildWeb: false,
      log: () => {},
    });
    try {
      expect((await fetch(new URL('/api/health', running.url))).status).toBe(200);
      const page = await fetch(running.url);
      expect(page.status).toBe(503);
      expect(((await page.json()) as { error: string }).error).toMatch(/not built/);
    } finally {
      await running.close();
    }
  });
});

function write(name: string, text: string): string {
  const file = path.join(fixture.dir, name);
  writeFileSync(file, text);
  return file;
}

describe('litgraph serve (CLI)', () => {
  it.each([
    [['--graph', 'does/not/exist.json'], 1, /does\/not\/exist\.json/],
    [['--port', 'eighty'], 2, /--port must be an integer/],
    [['--port', '70000'], 2, /--port must be an integer/],
    [['--view', 'papers'], 2, /--view must be one of auto, full, concepts/],
  ])('serve %j exits %i', (args, code, message) => {
    const result = spawnSync(process.execPath, [CLI, 'serve', ...args], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the URL on 127.0.0.1 and answers on it, in the --view asked for', async () => {
    let child: ChildProcess | undefined;
    try {
      const args = [CLI, 'serve', '--graph', fixture.graphFile, '--port', '0', '--view', 'concepts'];
      child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
        child?.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child?.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const health = (await fetch(new URL('/api/health', url)).then((r) => r.json())) as {
        defaultView: string;
      };
      expect(health).toMatchObject({ status: 'ok', nodes: fixture.graph.order, edges: fixture.graph.size });
      // The fixture is far below FULL_VIEW_MAX_NODES: only --view makes the concept map the default.
      expect(health.defaultView).toBe('concepts');
    } finally {
      child?.kill('SIGTERM');
    }
  });
});
