// Crashes lose nothing: `litgraph build` is killed with SIGKILL at seeded random moments (and at chosen ones:
// while the outputs are being written, while the extraction cache is being filled), and after every kill the
// previous outputs are still whole — graph.json byte-identical to the reference and loadable, no partial file in
// its place, temp files only under hidden `.*.tmp` names — and the extraction cache either opens and works or is
// detected and rebuilt. A last normal build must succeed and give the reference output again. Also: the server
// refuses to start on a damaged graph.json with a clear error naming the file.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionCache } from '../../src/cache';
import { LitgraphError } from '../../src/errors';
import { EXTRACTOR_VERSION } from '../../src/extract';
import { loadGraphFile } from '../../src/query';
import { createServer } from '../../src/server';
import { seededRandom } from '../../src/util/rng';

const CLI = path.resolve('src/cli/litgraph.mjs');
const SAMPLE = path.resolve('graph/samples/seed-papers.txt');
const OUTPUTS = ['graph.json', 'concepts.json', 'graph.gexf', 'projection.gexf', 'summary.json'];
/** Outputs that must be byte-identical to the reference after any kill (summary.json holds timings). */
const STABLE = OUTPUTS.filter((name) => name !== 'summary.json');
const CACHE = 'extraction-cache.sqlite';

let root: string;
let out: string;
const reference = new Map<string, Buffer>();
let coldMs = 0;
let warmMs = 0;

interface Run {
  /** Exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/** Starts a build into `out`; `killWhen` decides when to SIGKILL it (or never). */
function build(killWhen?: (child: ChildProcess, started: number) => void): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'build', SAMPLE, '--out', out, '-q'], { stdio: 'ignore' });
  killWhen?.(child, started);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal, ms: performance.now() - started }));
  });
}

const killAfter = (ms: number) => (child: ChildProcess) => {
  setTimeout(() => child.kill('SIGKILL'), ms);
};

/** Kills as soon as a file whose name matches `pattern` appears in the output folder (polled every 2 ms). */
const killOnFile = (pattern: RegExp) => (child: ChildProcess) => {
  const timer = setInterval(() => {
    if (child.exitCode !== null || child.signalCode !== null) clearInterval(timer);
    else if (readdirSync(out).some((name) => pattern.test(name))) {
      child.kill('SIGKILL');
      clearInterval(timer);
    }
  }, 2);
};

/** Everything a killed build may leave must leave the outputs as they were. */
function expectOutputsIntact(): { tempFiles: string[] } {
  const names = readdirSync(out);
  for (const name of STABLE) {
    expect(readFileSync(path.join(out, name)).equals(reference.get(name) as Buffer), `${name} changed`).toBe(
      true,
    );
  }
  const graph = loadGraphFile(path.join(out, 'graph.json'));
  expect(graph.order).toBeGreaterThan(0);
  JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
  // Anything else is a hidden temp file (never read as an output) or the cache.
  const known = new Set([...OUTPUTS, CACHE, `${CACHE}-wal`, `${CACHE}-shm`, `${CACHE}-journal`]);
  const tempFiles = names.filter((name) => !known.has(name));
  for (const name of tempFiles) expect(name).toMatch(/^\.[\w.-]+\.\d+\.\d+\.tmp$/);
  return { tempFiles };
}

/** The cache opens and answers, or is found damaged and rebuilt (as the next build would do). */
function expectCacheUsable(): string {
  const file = path.join(out, CACHE);
  if (!existsSync(file)) return 'absent';
  const cache = ExtractionCache.open(file, EXTRACTOR_VERSION);
  try {
    const [hit] = cache.get([{ id: 'x', title: 'Some title', abstract: 'An abstract that is long enough.' }]);
    expect(hit === undefined || Array.isArray(hit.mentions)).toBe(true);
    return cache.report.rebuilt ? `rebuilt (${cache.report.rebuilt})` : `ok, ${cache.report.entries} entries`;
  } finally {
    cache.close();
  }
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'litgraph-kill-'));
  out = path.join(root, 'out');
  const cold = await build();
  expect(cold.code).toBe(0);
  coldMs = cold.ms;
  for (const name of OUTPUTS) reference.set(name, readFileSync(path.join(out, name)));
  const warm = await build(); // from the cache: the same bytes
  expect(warm.code).toBe(0);
  warmMs = warm.ms;
  for (const name of STABLE)
    expect(readFileSync(path.join(out, name)).equals(reference.get(name) as Buffer)).toBe(true);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('kill -9 during litgraph build', () => {
  const random = seededRandom(42);
  // [label, drop the cache first (so the killed build is filling it), when to kill]
  const runs: [string, boolean, () => (child: ChildProcess, started: number) => void][] = [
    ...[0, 1, 2, 3].map(
      (i) =>
        [
          `random moment ${i + 1}`,
          i % 2 === 1,
          () => killAfter((0.1 + 0.85 * random()) * (i % 2 === 1 ? coldMs : warmMs)),
        ] as [string, boolean, () => (child: ChildProcess, started: number) => void],
    ),
    ['while the cache is being written', true, () => killOnFile(new RegExp(`^${CACHE}-wal$`))],
    ['while graph.json is being written', false, () => killOnFile(/^\.graph\.json\.\d+\.\d+\.tmp$/)],
    ['while graph.gexf is being written', false, () => killOnFile(/^\.graph\.gexf\.\d+\.\d+\.tmp$/)],
  ];
  const log: string[] = [];

  it.each(runs)(
    '%s: outputs intact, cache usable',
    async (label, dropCache, when) => {
      if (dropCache)
        for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(out, CACHE + suffix), { force: true });
      const run = await build(when());
      const { tempFiles } = expectOutputsIntact();
      const cache = expectCacheUsable();
      const what =
        run.signal === 'SIGKILL' ? `killed after ${Math.round(run.ms)} ms` : `finished (exit ${run.code})`;
      log.push(`${label}: ${what}; temp files left: ${tempFiles.length}; cache: ${cache}`);
      // A finished build must have succeeded; a killed one must have been killed by us.
      expect(run.signal === 'SIGKILL' || run.code === 0).toBe(true);
    },
    120_000,
  );

  it('most runs were really killed mid-build, and a normal build afterwards gives the reference again', async () => {
    process.stderr.write(
      `kill -9 runs (cold build ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms):\n  ${log.join('\n  ')}\n`,
    );
    expect(log.filter((line) => line.includes('killed')).length).toBeGreaterThanOrEqual(5);
    const final = await build();
    expect(final.code).toBe(0);
    for (const name of STABLE) {
      expect(readFileSync(path.join(out, name)).equals(reference.get(name) as Buffer), name).toBe(true);
    }
    expect(expectCacheUsable()).toMatch(/^ok, \d+ entries$/);
  }, 120_000);
});

describe('the server refuses a damaged graph.json', () => {
  it.each([
    ['cut in half', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      'an edge to a missing node',
      (bytes: Buffer) => {
        const data = JSON.parse(bytes.toString('utf8'));
        data.edges[0].target = 'term:no-such-term';
        return Buffer.from(JSON.stringify(data));
      },
    ],
    [
      'a node without attributes',
      (bytes: Buffer) => {
        const data = JSON.parse(bytes.toString('utf8'));
        delete data.nodes[3].attributes;
        return Buffer.from(JSON.stringify(data));
      },
    ],
    ['zero bytes', () => Buffer.alloc(0)],
  ])('%s: a LitgraphError naming the file, no server', async (_label, damage) => {
    const file = path.join(root, `damaged-${_label.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, damage(reference.get('graph.json') as Buffer));
    const error = await createServer({
      graph: file,
      port: 0,
      buildWeb: false,
      webDist: root,
      log: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect((error as LitgraphError).describe()).toContain(file);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });
});
