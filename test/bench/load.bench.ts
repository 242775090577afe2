// Bounded load test of `litgraph serve` (issue 8; `npm run bench:load`, not part of `npm test`): the server runs in
// a child process on 127.0.0.1 (loopback only) over the sample graph, and autocannon sends a fixed mix of API
// queries — search, neighbours at depth 1 and 2, node, papers, path, communities — for a fixed time per round with
// a fixed number of connections, three rounds. Reported per round: requests/s, p50/p99 latency, errors (must be
// 0), non-2xx answers, and the server's RSS before and after (idle 2 s), to see whether memory grows round after
// round. Writes test/artifacts/bench/load.{md,json} and prints the table. Exit code 1 on errors or non-2xx.
// Arguments: --duration S (30), --connections N (100), --rounds N (3), --graph FILE (default: build the sample).
// Internal: `--serve-child FILE` runs the server itself and prints its URL (the parent spawns that).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../../src/pipeline';
import { loadGraphFile } from '../../src/query';
import { createServer } from '../../src/server';
import { seededRandom } from '../../src/util/rng';

const THIS_FILE = fileURLToPath(import.meta.url);
const REPORTS = path.resolve('test/artifacts/bench');
const SAMPLE = path.resolve('graph/samples/seed-papers.txt');
/** RSS growth from the end of the first round to the end of the last one that still counts as noise. */
const RSS_NOISE = 0.15;

/** The part of autocannon's API used here (it ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: 'GET'; path: string }[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Args {
  duration: number;
  connections: number;
  rounds: number;
  graph?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { duration: 30, connections: 100, rounds: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--graph') args.graph = path.resolve(value);
    else if (flag === '--duration' || flag === '--connections' || flag === '--rounds') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 1000)
        throw new Error(`${flag} must be an integer from 1 to 1000`);
      args[flag.slice(2) as 'duration' | 'connections' | 'rounds'] = n;
    } else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

/** Child mode: serve `graph` on 127.0.0.1:0 with an empty viewer folder; print the URL. */
async function serveChild(graph: string): Promise<void> {
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'litgraph-load-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>load</title>');
  const running = await createServer({
    graph,
    host: '127.0.0.1',
    port: 0,
    webDist,
    buildWeb: false,
    log: () => {},
  });
  process.stdout.write(`${running.url}\n`);
  process.on('SIGTERM', () => {
    void running.close().finally(() => process.exit(0));
  });
}

function startServer(graph: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE, '--serve-child', graph], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** Resident memory of a process, MiB (Linux /proc). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 102.4) / 10 : Number.NaN;
}

/** The request mix: each kind of query on seeded random terms and papers of the graph, in a fixed order. */
function requestMix(graphFile: string): { method: 'GET'; path: string }[] {
  const graph = loadGraphFile(graphFile);
  const random = seededRandom(42);
  const terms = graph.filterNodes((_n, a) => a.kind === 'term').sort();
  const papers = graph.filterNodes((_n, a) => a.kind === 'paper').sort();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const enc = encodeURIComponent;
  const requests: string[] = [];
  for (let i = 0; i < 20; i++) {
    const term = pick(terms);
    const label = graph.getNodeAttribute(term, 'label');
    const other = pick(graph.neighbors(pick(graph.neighbors(term))));
    requests.push(
      `/api/search?q=${enc(label.slice(0, 1 + Math.floor(random() * label.length)))}&limit=20`,
      `/api/neighbours?id=${enc(term)}&depth=1&limit=20`,
      `/api/neighbours?id=${enc(term)}&depth=2&limit=20`,
      `/api/node/${enc(term)}`,
      `/api/node/${enc(pick(papers))}`,
      `/api/query/papers?term=${enc(term)}&limit=20`,
      `/api/query/path?from=${enc(term)}&to=${enc(other)}`,
    );
    if (i % 4 === 0) requests.push('/api/communities');
  }
  return requests.map((p) => ({ method: 'GET' as const, path: p }));
}

interface Round {
  round: number;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve-child') return serveChild(argv[1]);
  const args = parseArgs(argv);
  const work = mkdtempSync(path.join(os.tmpdir(), 'litgraph-load-'));
  let graphFile = args.graph;
  if (!graphFile) {
    process.stderr.write('load: building the sample graph …\n');
    await runBuild({ inputs: [SAMPLE], out: work, cache: false }, { quiet: true });
    graphFile = path.join(work, 'graph.json');
  }
  const graph = loadGraphFile(graphFile);
  const requests = requestMix(graphFile);
  const { child, url } = await startServer(graphFile);
  const pid = child.pid as number;
  const rounds: Round[] = [];
  try {
    // Warm-up: every request once.
    await autocannon({ url, connections: 4, duration: 2, requests });
    for (let round = 1; round <= args.rounds; round++) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const rssBeforeMb = rssMb(pid);
      process.stderr.write(
        `load: round ${round}/${args.rounds}: ${args.duration} s, ${args.connections} connections\n`,
      );
      const result = await autocannon({
        url,
        connections: args.connections,
        duration: args.duration,
        requests,
      });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      rounds.push({
        round,
        requestsPerSecond: Math.round(result.requests.average),
        requests: result.requests.total,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        rssBeforeMb,
        rssAfterMb: rssMb(pid),
      });
    }
  } finally {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }

  const first = rounds[0].rssAfterMb;
  const last = rounds[rounds.length - 1].rssAfterMb;
  const growth = (last - first) / first;
  const failed = rounds.some((r) => r.errors > 0 || r.timeouts > 0 || r.non2xx > 0);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}` },
    graph: {
      file: args.graph ?? 'sample (graph/samples/seed-papers.txt, built fresh)',
      nodes: graph.order,
      edges: graph.size,
    },
    settings: {
      duration: args.duration,
      connections: args.connections,
      rounds: args.rounds,
      distinctRequests: requests.length,
    },
    rounds,
    rssGrowthFirstToLast: Math.round(growth * 1000) / 1000,
    verdict: {
      errorsFree: !failed,
      rssStable: growth <= RSS_NOISE,
    },
  };
  const rows = rounds.map(
    (r) =>
      `| ${r.round} | ${r.requestsPerSecond} | ${r.requests} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.rssBeforeMb} | ${r.rssAfterMb} |`,
  );
  const markdown = [
    '# Load test: litgraph serve',
    '',
    `${report.date} · ${report.machine.cpus} CPUs (shared) · Node ${report.machine.node} · graph ${graph.order} nodes, ${graph.size} edges (${report.graph.file})`,
    '',
    `autocannon on 127.0.0.1, ${args.connections} connections, ${args.duration} s per round, ${requests.length} distinct API requests in a fixed mix (search, neighbours depth 1 and 2, node, papers, path, communities); server in its own process.`,
    '',
    '| round | req/s | requests | p50 ms | p99 ms | max ms | errors | timeouts | non-2xx | RSS before MiB | RSS after MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `RSS growth from the end of round 1 to the end of round ${rounds.length}: ${(growth * 100).toFixed(1)}% (noise threshold ${RSS_NOISE * 100}%). Errors, timeouts and non-2xx: ${failed ? 'SOME — see the table' : 'none'}.`,
    '',
  ].join('\n');
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(path.join(REPORTS, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(REPORTS, 'load.md'), markdown);
  process.stdout.write(`${markdown}\nwrote ${path.join(REPORTS, 'load.md')} and load.json\n`);
  if (failed) process.exitCode = 1;
}

await main();
