// Query benchmark (`npm run bench:query`, issue 4): on a built graph, the load time of graph.json and of the query
// index, then median/p95 latency of each query verb in-process (`runQuery`) and over HTTP against the real server
// (`litgraph serve` in a child process, sequential fetches to 127.0.0.1), then a bounded autocannon load on the API
// (loopback only, fixed duration). Queries are on seeded random terms drawn by document frequency, the most
// frequent always included. Writes test/artifacts/bench/query.{md,json} and prints the markdown.
// Arguments: --graph FILE (default /tmp/acl/out/graph.json, waited for up to 20 min, else a 20k-record ACL build),
// --queries N (200), --duration S (20), --connections N (50), --seed N (42).
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../../src/pipeline';
import { createQueryIndex, loadGraphFile, type QueryIndex, resolveTerm, runQuery } from '../../src/query';
import { writeAclSubset } from '../helpers/acl-subset';
import {
  buildCases,
  dfOf,
  type LatencyStats,
  latencyStats,
  type QueryCase,
  queryUrl,
} from './query-bench-cases';
import { type LoadResult, runLoad } from './query-bench-load';
import { procCpuSeconds, procMemoryMb, startServerChild } from './query-bench-server';

const DEFAULT_GRAPH = '/tmp/acl/out/graph.json';
const WAIT_FOR_GRAPH_MS = 20 * 60_000;
const FALLBACK_RECORDS = 20_000;
const WARMUP = 10;
const REPORTS = path.resolve('test/artifacts/bench');
const TARGET_DEPTH2_P95_MS = 50;

interface Args {
  graph?: string;
  queries: number;
  duration: number;
  connections: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { queries: 200, duration: 20, connections: 50, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--graph') args.graph = value;
    else if (flag === '--queries' || flag === '--duration' || flag === '--connections' || flag === '--seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`${flag} must be a positive integer, got "${value}"`);
      args[flag.slice(2) as 'queries' | 'duration' | 'connections' | 'seed'] = n;
    } else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** The graph to measure: --graph, else the 52k ACL build (waited for), else a build of the first 20k records. */
async function resolveGraph(given: string | undefined): Promise<{ file: string; source: string }> {
  if (given) {
    if (!existsSync(given)) throw new Error(`--graph ${given}: no such file`);
    return { file: given, source: 'given with --graph' };
  }
  const deadline = Date.now() + WAIT_FOR_GRAPH_MS;
  while (!existsSync(DEFAULT_GRAPH) && Date.now() < deadline) {
    log(`waiting for ${DEFAULT_GRAPH} (being built) …`);
    await sleep(15_000);
  }
  if (existsSync(DEFAULT_GRAPH)) return { file: DEFAULT_GRAPH, source: 'the ACL build in /tmp/acl/out' };
  const work = mkdtempSync(path.join(os.tmpdir(), 'litgraph-bench-query-'));
  const input = path.join(work, `acl-${FALLBACK_RECORDS}.jsonl`);
  log(`${DEFAULT_GRAPH} did not appear; building the first ${FALLBACK_RECORDS} ACL records …`);
  await writeAclSubset(FALLBACK_RECORDS, input);
  await runBuild({ inputs: [input], out: path.join(work, 'out'), cache: false }, { quiet: true });
  return {
    file: path.join(work, 'out', 'graph.json'),
    source: `fallback: first ${FALLBACK_RECORDS} ACL records`,
  };
}

/** Runs each query once untimed on its first WARMUP queries, then times all of them. */
function timeInProcess(index: QueryIndex, c: QueryCase): number[] {
  for (const params of c.queries.slice(0, WARMUP)) runQuery(index, c.verb, params);
  return c.queries.map((params) => {
    const start = performance.now();
    runQuery(index, c.verb, params);
    return performance.now() - start;
  });
}

interface HttpTiming {
  times: number[];
  non2xx: number;
}

/** Sequential GETs (keep-alive), body read fully; warm-up on the first WARMUP. */
async function timeHttp(base: string, paths: readonly string[]): Promise<HttpTiming> {
  for (const p of paths.slice(0, WARMUP)) await (await fetch(base + p)).arrayBuffer();
  const times: number[] = [];
  let non2xx = 0;
  for (const p of paths) {
    const start = performance.now();
    const response = await fetch(base + p);
    await response.arrayBuffer();
    times.push(performance.now() - start);
    if (!response.ok) non2xx++;
  }
  return { times, non2xx };
}

interface Row {
  query: string;
  route: string;
  inProcess: LatencyStats | null;
  http: LatencyStats;
  httpNon2xx: number;
  slowestInProcess: { subject: string; df: number | null; ms: number } | null;
}

interface ViewerRoute {
  name: string;
  route: string;
  paths: string[];
}

/**
 * Loads the graph and times every case in-process. The graph and index stay local to this function, so they
 * can be collected before the HTTP part (the load generator then runs on a small heap).
 */
function measureInProcess(file: string, args: Args) {
  const rssBefore = mb(process.memoryUsage().rss);
  let t0 = performance.now();
  const graph = loadGraphFile(file);
  const loadMs = Math.round(performance.now() - t0);
  t0 = performance.now();
  const index = createQueryIndex(graph);
  const indexMs = Math.round(performance.now() - t0);
  const memory = process.memoryUsage();
  const stats = {
    nodes: graph.order,
    edges: graph.size,
    papers: index.paperCount,
    terms: index.termIds.length,
    maxDf: Math.max(...index.termPapers.map((papers) => papers.length)),
  };
  log(`loaded in ${loadMs} ms, index in ${indexMs} ms; ${stats.nodes} nodes, ${stats.edges} edges`);

  const cases = buildCases(index, args.queries, args.seed);
  const rows: Row[] = [];
  for (const c of cases) {
    log(`in-process: ${c.name} (${c.queries.length} queries) …`);
    const times = timeInProcess(index, c);
    const s = latencyStats(times);
    rows.push({
      query: c.name,
      route: `/api/query/${c.verb}`,
      inProcess: s,
      http: s,
      httpNon2xx: 0,
      slowestInProcess: {
        subject: c.subjects[s.slowest],
        df: c.verb === 'path' || c.verb === 'search' ? null : dfOf(index, c.subjects[s.slowest]),
        ms: s.max,
      },
    });
  }

  // The routes the viewer calls, on the same terms: HTTP only (they wrap the same query functions).
  const ids = cases[0].subjects.map((name) => resolveTerm(index, name).id);
  const searchCase = cases.find((c) => c.verb === 'search')!;
  const viewerRoutes: ViewerRoute[] = [
    {
      name: 'viewer neighbours depth 2',
      route: '/api/neighbours',
      paths: ids.map((id) => `/api/neighbours?${new URLSearchParams({ id, depth: '2' })}`),
    },
    {
      name: 'viewer search',
      route: '/api/search',
      paths: searchCase.subjects.map((q) => `/api/search?${new URLSearchParams({ q })}`),
    },
    {
      name: 'node summary',
      route: '/api/node/:id',
      paths: ids.map((id) => `/api/node/${encodeURIComponent(id)}`),
    },
  ];
  const inProcessLoad = {
    loadGraphMs: loadMs,
    createQueryIndexMs: indexMs,
    rssBeforeMb: rssBefore,
    rssAfterMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
  };
  return { inProcessLoad, stats, cases, rows, viewerRoutes };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadAtStart = load();
  const { file, source } = await resolveGraph(args.graph);
  log(`graph: ${file} (${source})`);

  const { inProcessLoad, stats, cases, rows, viewerRoutes } = measureInProcess(file, args);

  log('starting the server (node src/cli/litgraph.mjs serve) …');
  const server = await startServerChild(file);
  let loadResult: LoadResult;
  const serverMemory: Record<string, { rss: number; peak: number }> = {};
  const loadAround: Record<string, number[]> = {};
  let serverCpuShare = 0;
  try {
    serverMemory.afterStartup = procMemoryMb(server.pid);
    const queryPaths = cases.map((c) => c.queries.map((params) => queryUrl(c.verb, params)));
    for (const [i, c] of cases.entries()) {
      log(`HTTP: ${c.name} …`);
      const timing = await timeHttp(server.base, queryPaths[i]);
      rows[i].http = latencyStats(timing.times);
      rows[i].httpNon2xx = timing.non2xx;
    }
    for (const v of viewerRoutes) {
      log(`HTTP: ${v.name} …`);
      const timing = await timeHttp(server.base, v.paths);
      rows.push({
        query: v.name,
        route: v.route,
        inProcess: null,
        http: latencyStats(timing.times),
        httpNon2xx: timing.non2xx,
        slowestInProcess: null,
      });
    }
    // The load mix: every query above, interleaved so each kind comes round equally often.
    const all = [...queryPaths, ...viewerRoutes.map((v) => v.paths)];
    const mix: string[] = [];
    for (let k = 0; k < Math.max(...all.map((paths) => paths.length)); k++) {
      for (const paths of all) if (k < paths.length) mix.push(paths[k]);
    }
    serverMemory.beforeLoad = procMemoryMb(server.pid);
    loadAround.before = load();
    log(`load: ${args.connections} connections for ${args.duration} s on ${mix.length} URLs …`);
    const cpuBefore = procCpuSeconds(server.pid);
    const wallBefore = performance.now();
    loadResult = await runLoad(server.base, mix, args.duration, args.connections);
    serverCpuShare =
      Math.round(
        ((procCpuSeconds(server.pid) - cpuBefore) / ((performance.now() - wallBefore) / 1000)) * 100,
      ) / 100;
    loadAround.after = load();
    serverMemory.afterLoad = procMemoryMb(server.pid);
  } finally {
    await server.stop();
  }

  const depth2 = rows.filter((r) => r.query.startsWith('neighbours depth 2'));
  const targets = {
    depth2P95UnderMs: TARGET_DEPTH2_P95_MS,
    depth2P95Ok: depth2.every((r) => (r.inProcess?.p95 ?? Number.POSITIVE_INFINITY) < TARGET_DEPTH2_P95_MS),
    zeroErrorsUnderLoad: loadResult.errors === 0 && loadResult.non2xx === 0 && loadResult.timeouts === 0,
    zeroNon2xxSequential: rows.every((r) => r.httpNon2xx === 0),
  };
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { atStart: loadAtStart, beforeLoad: loadAround.before, afterLoad: loadAround.after },
    graph: { file, source, ...stats },
    inProcessLoad,
    server: {
      command: 'node src/cli/litgraph.mjs serve --graph FILE --host 127.0.0.1 --port 0',
      pid: server.pid,
      startupMs: server.startupMs,
      memoryMb: serverMemory,
      memorySource: '/proc/<pid>/status VmRSS (peak: VmHWM) of the child process',
      cpuCoresUsedDuringLoad: serverCpuShare,
    },
    queriesPerCase: args.queries,
    warmup: WARMUP,
    seed: args.seed,
    rows,
    load: loadResult,
    targets,
  };
  const markdown = toMarkdown(report);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(path.join(REPORTS, 'query.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(REPORTS, 'query.md'), markdown);
  process.stdout.write(markdown);
  if (!targets.depth2P95Ok || !targets.zeroErrorsUnderLoad || !targets.zeroNon2xxSequential)
    process.exitCode = 1;
}

type Report = {
  date: string;
  node: string;
  cpus: number;
  loadAverage: Record<string, number[] | undefined>;
  graph: {
    file: string;
    source: string;
    nodes: number;
    edges: number;
    papers: number;
    terms: number;
    maxDf: number;
  };
  inProcessLoad: Record<string, number>;
  server: {
    startupMs: number;
    memoryMb: Record<string, { rss: number; peak: number }>;
    memorySource: string;
    cpuCoresUsedDuringLoad: number;
  };
  queriesPerCase: number;
  warmup: number;
  seed: number;
  rows: Row[];
  load: LoadResult;
  targets: Record<string, boolean | number>;
};

function toMarkdown(r: Report): string {
  const ms = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(2));
  const mem = r.server.memoryMb;
  const l = r.load;
  const lines = [
    '# Query benchmark',
    '',
    `${r.date}, node ${r.node}, ${r.cpus} cores shared with other work; load average (1/5/15 min) at start ` +
      `${r.loadAverage.atStart?.join(' / ')}, before the load test ${r.loadAverage.beforeLoad?.join(' / ')}, ` +
      `after it ${r.loadAverage.afterLoad?.join(' / ')}.`,
    '',
    `Graph: \`${r.graph.file}\` (${r.graph.source}): ${r.graph.nodes} nodes (${r.graph.papers} papers, ` +
      `${r.graph.terms} terms), ${r.graph.edges} edges; most frequent term in ${r.graph.maxDf} papers.`,
    '',
    '## Loading (in-process)',
    '',
    '| step | value |',
    '| --- | --- |',
    `| loadGraphFile (read + parse + validate) | ${r.inProcessLoad.loadGraphMs} ms |`,
    `| createQueryIndex | ${r.inProcessLoad.createQueryIndexMs} ms |`,
    `| RSS before → after | ${r.inProcessLoad.rssBeforeMb} → ${r.inProcessLoad.rssAfterMb} MB ` +
      `(heap used ${r.inProcessLoad.heapUsedMb} MB) |`,
    `| server start (spawn → listening, incl. serialising the views) | ${r.server.startupMs} ms |`,
    '',
    '## Latency (ms)',
    '',
    `${r.queriesPerCase} queries per row (after ${r.warmup} warm-up queries), seed ${r.seed}: terms drawn by ` +
      'document frequency, the 20 most frequent always included; default limit 20. In-process = `runQuery`; ' +
      'HTTP = sequential `fetch` to the server on 127.0.0.1 (keep-alive), body read.',
    '',
    '| query | route | in-process p50 | p95 | max | HTTP p50 | p95 | max | HTTP non-2xx | slowest in-process |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.rows.map((row) => {
      const slow = row.slowestInProcess;
      const slowText = slow ? `${slow.subject}${slow.df === null ? '' : ` (df ${slow.df})`}` : '—';
      return (
        `| ${row.query} | \`${row.route}\` | ${ms(row.inProcess?.p50)} | ${ms(row.inProcess?.p95)} | ` +
        `${ms(row.inProcess?.max)} | ${ms(row.http.p50)} | ${ms(row.http.p95)} | ${ms(row.http.max)} | ` +
        `${row.httpNon2xx} | ${slowText.replaceAll('|', '\\|')} |`
      );
    }),
    '',
    '## Load (autocannon, 127.0.0.1)',
    '',
    `${l.connections} connections for ${l.durationS} s over a mix of ${l.urls} URLs (every query above, ` +
      'interleaved; each connection starts at a different point of the mix). Server: `node src/cli/litgraph.mjs ' +
      `serve\` in a child process; memory from ${r.server.memorySource}.`,
    '',
    '| metric | value |',
    '| --- | --- |',
    `| requests/s (mean) | ${l.requestsPerSecond} |`,
    `| requests (2xx) | ${l.requests} (${l.ok2xx}) |`,
    `| latency p50 / p90 / p99 / max | ${l.latencyMs.p50} / ${l.latencyMs.p90} / ${l.latencyMs.p99} / ` +
      `${l.latencyMs.max} ms |`,
    `| errors / timeouts / non-2xx | ${l.errors} / ${l.timeouts} / ${l.non2xx} |`,
    `| throughput | ${l.throughputMBps} MB/s |`,
    `| server CPU during the load (cores used, of 1 for its one JS thread) | ${r.server.cpuCoresUsedDuringLoad} |`,
    `| server RSS after start / before load / after load | ${mem.afterStartup?.rss} / ${mem.beforeLoad?.rss} / ` +
      `${mem.afterLoad?.rss} MB (peak ${mem.afterLoad?.peak} MB) |`,
    '',
    '## Targets',
    '',
    `- neighbours depth 2 p95 under ${r.targets.depth2P95UnderMs} ms in-process: ` +
      `${r.targets.depth2P95Ok ? 'met' : 'NOT met'}`,
    `- zero errors and non-2xx under load: ${r.targets.zeroErrorsUnderLoad ? 'met' : 'NOT met'}` +
      `; sequential HTTP all 2xx: ${r.targets.zeroNon2xxSequential ? 'yes' : 'NO'}`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
