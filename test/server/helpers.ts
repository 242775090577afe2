// Shared setup for the server tests: a fixture graph and a stand-in viewer folder in a temp dir, a server on an
// ephemeral port, and a raw HTTP client that sends the request path exactly as written (fetch would normalise
// "/../" away before it leaves the process).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerInternals } from '../../src/server';
import { createServer, type RunningServer } from '../../src/server';
import { type FixtureGraph, writeFixtureGraph } from './fixture-graph';

export interface Fixture {
  dir: string;
  graphFile: string;
  webDist: string;
  graph: FixtureGraph;
  cleanup(): void;
}

export const INDEX_HTML =
  '<!doctype html><title>viewer</title><script type="module" src="/assets/app-1a2b.js"></script>';

/** Temp dir with graph.json, a stand-in web/dist, and a secret file beside (outside) it. */
export function makeFixture(): Fixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'litgraph-server-'));
  const graphFile = path.join(dir, 'graph.json');
  const graph = writeFixtureGraph(graphFile);
  const webDist = path.join(dir, 'dist');
  mkdirSync(path.join(webDist, 'assets'), { recursive: true });
  writeFileSync(path.join(webDist, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js'), 'console.log("viewer");\n');
  writeFileSync(path.join(webDist, 'assets', 'style-3c4d.css'), 'body { margin: 0; }\n');
  writeFileSync(path.join(webDist, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(webDist, '.env'), 'SECRET=1\n');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the web root\n');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(webDist, 'escape.txt'));
  return { dir, graphFile, webDist, graph, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startFixtureServer(
  fixture: Fixture,
  internals: ServerInternals = {},
  logs: string[] = [],
): Promise<RunningServer> {
  return createServer(
    {
      graph: fixture.graphFile,
      port: 0,
      webDist: fixture.webDist,
      buildWeb: false,
      log: (line) => logs.push(line),
    },
    internals,
  );
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with the path sent verbatim. */
export function rawRequest(
  baseUrl: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: rawPath,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
