// `npm run bench`: the scale benchmark of issue 6 on the ACL corpus (../shared/data/acl-abstracts.jsonl.gz).
// Builds 5k, 20k and all abstracts in fresh processes (wall time, per-stage time and peak RSS), extraction
// against bare compromise parsing on one thread, 1 vs 2 workers, and an incremental rebuild after adding 1,000
// papers. Writes test/artifacts/bench/build.{md,json}. Usage: npm run bench [-- --sizes 5000,20000,all]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractPaper, isProbablyEnglish } from '../../src/extract';
import type { BuildSummary } from '../../src/pipeline';
import { ACL_CORPUS, writeAclSubset } from '../helpers/acl-subset';

const REPORT_DIR = 'test/artifacts/bench';
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '5000,20000,all').split(',');
const work = mkdtempSync(join(tmpdir(), 'litgraph-bench-'));

interface BuildRun {
  label: string;
  papers: number;
  wallS: number;
  peakRssMb: number;
  summary: BuildSummary;
}

function build(
  label: string,
  input: string,
  out: string,
  extra: string[] = [],
  nodeFlags: string[] = [],
): BuildRun {
  const t0 = performance.now();
  const r = spawnSync(
    'node',
    [...nodeFlags, 'src/cli/litgraph.mjs', 'build', input, '--out', out, '--json', '-q', ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build ${label} failed: ${r.stderr}`);
  const summary = JSON.parse(r.stdout) as BuildSummary;
  const peak = Math.max(...Object.values(summary.peakRssMb));
  process.stderr.write(`  ${label}: ${wallS.toFixed(1)} s, peak RSS ${peak} MiB\n`);
  return { label, papers: summary.papers.kept, wallS, peakRssMb: peak, summary };
}

async function subset(n: number): Promise<string> {
  const file = join(work, `acl-${n}.jsonl`);
  await writeAclSubset(n, file);
  return file;
}

function bareVsOurs(abstracts: string[]): { bare: number; ours: number; ratio: number } {
  const rate = (f: (t: string) => void) => {
    for (const t of abstracts.slice(0, 50)) f(t); // warm-up
    const t0 = performance.now();
    for (const t of abstracts) f(t);
    return abstracts.length / ((performance.now() - t0) / 1000);
  };
  const bare = rate((t) => nlp(t));
  const ours = rate((t) => extractPaper({ id: 'x', title: '', abstract: t }));
  return { bare, ours, ratio: ours / bare };
}

async function main() {
  process.stderr.write(`bench: corpus ${ACL_CORPUS}, work dir ${work}\n`);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    cores: (await import('node:os')).availableParallelism(),
  };

  // 1. Extraction against bare compromise, one thread, same 1,000 abstracts.
  const thousand = await subset(1000);
  const abstracts = (await import('node:fs'))
    .readFileSync(thousand, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).abstract as string);
  // English abstracts only: the extractor skips others (a language check), which would flatter the ratio.
  const ratio = bareVsOurs(abstracts.filter(isProbablyEnglish));
  results.extractVsBare = ratio;
  process.stderr.write(
    `  extraction ${ratio.ours.toFixed(0)}/s vs bare nlp ${ratio.bare.toFixed(0)}/s: ${(ratio.ratio * 100).toFixed(0)}%\n`,
  );

  // 2. Builds at growing sizes, no cache.
  const runs: BuildRun[] = [];
  for (const s of sizes) {
    const input = s === 'all' ? ACL_CORPUS : await subset(Number(s));
    runs.push(build(`build ${s}`, input, join(work, `out-${s}`), ['--no-cache']));
  }
  results.builds = runs.map((r) => ({
    label: r.label,
    papers: r.papers,
    wallS: r.wallS,
    peakRssMb: r.peakRssMb,
    timingsMs: r.summary.timingsMs,
    peakRssByStage: r.summary.peakRssMb,
    nodes: r.summary.graph.nodes,
    edges: r.summary.graph.edges,
    terms: r.summary.terms.kept,
    communities: r.summary.communities.count,
  }));

  // 3. Speed-up from 1 to 2 workers on the extraction stage (5k papers): 3 alternating runs each, medians (single
  // runs on this VM vary by ±10%). Ingest is reported with it: the workers start while the input is read. Then the
  // same with V8's background threads off (`node --single-threaded`): one worker otherwise also gets the idle
  // core's garbage collection and compilation for free, which two busy workers do not.
  const five = await subset(5000);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const speedupOf = (nodeFlags: string[], tag: string) => {
    const stageRuns: Record<'1' | '2', { extract: number; ingest: number }[]> = { '1': [], '2': [] };
    for (let round = 1; round <= 3; round++) {
      for (const w of ['1', '2'] as const) {
        const r = build(
          `5k, ${w} worker(s)${tag}, run ${round}`,
          five,
          join(work, `w${w}`),
          ['--no-cache', '--workers', w, '--no-layout'],
          nodeFlags,
        );
        stageRuns[w].push({ extract: r.summary.timingsMs.extract, ingest: r.summary.timingsMs.ingest });
      }
    }
    const oneWorkerMs = median(stageRuns['1'].map((r) => r.extract));
    const twoWorkersMs = median(stageRuns['2'].map((r) => r.extract));
    const oneWithIngestMs = median(stageRuns['1'].map((r) => r.extract + r.ingest));
    const twoWithIngestMs = median(stageRuns['2'].map((r) => r.extract + r.ingest));
    return {
      runs: stageRuns,
      oneWorkerMs,
      twoWorkersMs,
      speedup: oneWorkerMs / twoWorkersMs,
      oneWithIngestMs,
      twoWithIngestMs,
      speedupWithIngest: oneWithIngestMs / twoWithIngestMs,
    };
  };
  results.speedup = speedupOf([], '');
  results.speedupSingleThreadedV8 = speedupOf(['--single-threaded'], ', V8 single-threaded');

  // 4. Incremental rebuild: cache filled by a 20k build, then 21k papers (1,000 new) against a full 21k build.
  const base = await subset(20000);
  const grown = await subset(21000);
  const cacheOut = join(work, 'incremental');
  build('20k, fill cache', base, cacheOut);
  const inc = build('21k, incremental', grown, cacheOut);
  const full = build('21k, full', grown, join(work, 'full-21k'), ['--no-cache']);
  results.incremental = {
    incrementalS: inc.wallS,
    fullS: full.wallS,
    fraction: inc.wallS / full.wallS,
    extracted: inc.summary.extraction.extracted,
    fromCache: inc.summary.extraction.fromCache,
    layout: inc.summary.layout,
    incrementalTimingsMs: inc.summary.timingsMs,
    fullTimingsMs: full.summary.timingsMs,
  };

  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(join(REPORT_DIR, 'build.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(REPORT_DIR, 'build.md'), markdown(results, runs));
  process.stdout.write(markdown(results, runs));
  rmSync(work, { recursive: true, force: true });
}

function markdown(r: Record<string, unknown>, runs: BuildRun[]): string {
  const x = r.extractVsBare as { bare: number; ours: number; ratio: number };
  type Speedup = {
    oneWorkerMs: number;
    twoWorkersMs: number;
    speedup: number;
    oneWithIngestMs: number;
    twoWithIngestMs: number;
    speedupWithIngest: number;
  };
  const sp = r.speedup as Speedup;
  const st = r.speedupSingleThreadedV8 as Speedup;
  const inc = r.incremental as {
    incrementalS: number;
    fullS: number;
    fraction: number;
    extracted: number;
    fromCache: number;
    layout?: { start: string; iterations: number; reusedNodes: number };
    incrementalTimingsMs: Record<string, number>;
    fullTimingsMs: Record<string, number>;
  };
  const stages = (t: Record<string, number>) =>
    Object.entries(t)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(', ');
  const lines = [
    `# litgraph build benchmark (${r.date}, ${r.cores} cores)`,
    '',
    '| corpus | papers | wall s | papers/s | peak RSS MiB | ingest s | extract s | select s | graph s | Louvain s | FA2 s | export s | nodes | edges |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map((b) => {
      const t = b.summary.timingsMs;
      const s = (k: string) => ((t[k] ?? 0) / 1000).toFixed(1);
      return `| ${b.label} | ${b.papers} | ${b.wallS.toFixed(1)} | ${(b.papers / b.wallS).toFixed(0)} | ${b.peakRssMb} | ${s('ingest')} | ${s('extract')} | ${s('select')} | ${s('graph')} | ${s('communities')} | ${s('layout')} | ${s('export')} | ${b.summary.graph.nodes} | ${b.summary.graph.edges} |`;
    }),
    '',
    `- Extraction vs bare \`nlp(text)\`, one thread, same 1,000 abstracts: ${x.ours.toFixed(0)} vs ${x.bare.toFixed(0)} abstracts/s = **${(x.ratio * 100).toFixed(0)}%**`,
    `- Extraction stage, 5k papers (median of 3): 1 worker ${(sp.oneWorkerMs / 1000).toFixed(1)} s, 2 workers ${(sp.twoWorkersMs / 1000).toFixed(1)} s = **${sp.speedup.toFixed(2)}×**; ingest + extraction ${(sp.oneWithIngestMs / 1000).toFixed(1)} s vs ${(sp.twoWithIngestMs / 1000).toFixed(1)} s = ${sp.speedupWithIngest.toFixed(2)}×`,
    `- The same with V8's background threads off in both (\`node --single-threaded\`: no garbage collection or compilation on the idle core for the one-worker run): 1 worker ${(st.oneWorkerMs / 1000).toFixed(1)} s, 2 workers ${(st.twoWorkersMs / 1000).toFixed(1)} s = **${st.speedup.toFixed(2)}×**; with ingest ${st.speedupWithIngest.toFixed(2)}×`,
    `- Incremental rebuild after adding 1,000 papers to 20k: ${inc.incrementalS.toFixed(1)} s vs full ${inc.fullS.toFixed(1)} s = **${(inc.fraction * 100).toFixed(0)}%** (${inc.extracted} extracted, ${inc.fromCache} from cache; layout ${inc.layout?.start ?? '—'} from ${inc.layout?.reusedNodes ?? 0} previous positions, ${inc.layout?.iterations ?? 0} iterations)`,
    `  - stages, s: incremental ${stages(inc.incrementalTimingsMs)}; full ${stages(inc.fullTimingsMs)}`,
    '',
  ];
  return lines.join('\n');
}

await main();
