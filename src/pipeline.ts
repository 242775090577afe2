// The build pipeline as one function: ingest → extract → select terms → graph → communities → layout → export.
// Stages hand each other plain records until the graph; from there on the graph is the model.

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, loadVocabulary, resolveBuildOptions, type Vocabulary } from './build-options';
import { ExtractionCache } from './cache';
import { assignCommunities } from './communities';
import { badInput } from './errors';
import { writeFilesAtomic, writeGexf, writeGraphJson } from './export';
import { EXTRACTOR_VERSION, ExtractionPool, extractAll, selectTerms } from './extract';
import { buildConceptMap, buildGraph, buildProjection, type LitgraphGraph, projectionCost } from './graph';
import { readPapers } from './ingest';
import { assignLayout, type LayoutReport, layoutStamp, previousLayout } from './layout';
import type { IngestIssue, TermType } from './types';
import { TERM_TYPES } from './types';
import { createProgress, logStage } from './util/progress';

export const LITGRAPH_VERSION = '0.1.0';
const MAX_WARNINGS_LISTED = 1000;
/** Above this many papers the terms kept default to the LARGE_CORPUS_MAX_TERMS best by termhood. */
export const LARGE_CORPUS_PAPERS = 10_000;
export const LARGE_CORPUS_MAX_TERMS = 20_000;
/** projection.gexf is written when counting its pairs costs at most this many increments (Σ C(deg, 2)). */
export const PROJECTION_MAX_PAIRS = 500_000;

export interface BuildSummary {
  litgraphVersion: string;
  extractorVersion: string;
  inputs: string[];
  papers: {
    files: number;
    read: number;
    kept: number;
    skipped: number;
    duplicates: number;
    withoutTerms: number;
  };
  extraction: { extracted: number; fromCache: number; workers: number; notEnglish: number };
  terms: { candidates: number; kept: number; byType: Record<TermType, number> };
  graph: { nodes: number; edges: number };
  communities: { count: number; modularity: number; list: unknown[] };
  /** How the layout was computed: fresh, warm (from the previous build's positions) or reused; absent without one. */
  layout?: LayoutReport;
  options: Record<string, unknown>;
  timingsMs: Record<string, number>;
  /** Peak resident memory of the process at the end of each stage, MiB. */
  peakRssMb: Record<string, number>;
  warnings: { count: number; listed: IngestIssue[] };
  outputs: Record<string, string>;
  /** What --thesaurus and --stoplist changed, when given. */
  vocabulary?: VocabularySummary;
}

export interface VocabularySummary {
  thesaurus?: {
    file: string;
    entries: number;
    /** Mentions renamed, merged into another term or dropped. */
    mentionsChanged: number;
    /** Entries that matched the corpus, renaming or merging a term / dropping one. */
    termsRenamed: number;
    termsDropped: number;
  };
  /** Candidate terms dropped by the user's stoplist (phrases the built-in stoplist drops anyway not counted). */
  stoplist?: { file: string; phrases: number; termsDropped: number };
}

export interface BuildResult {
  graph: LitgraphGraph;
  summary: BuildSummary;
}

export interface RunOptions {
  readonly quiet?: boolean;
  /** Compute everything but write nothing (tests). */
  readonly dryRun?: boolean;
}

/** Papers from which extraction runs on all cores when `--workers` is not given. */
export const PARALLEL_FROM_PAPERS = 400;
/** Input size from which the workers are started before the input is read (~1 KB per paper; gzip ~3×). */
const EARLY_POOL_BYTES = PARALLEL_FROM_PAPERS * 1024;

/** Workers to start while the input is read: asked for, or likely (a large input on a multi-core machine). */
function earlyWorkers(inputs: readonly string[], requested: number | undefined): number {
  if (requested !== undefined) return requested > 1 ? requested : 0;
  const cores = availableParallelism();
  if (cores < 2) return 0;
  let bytes = 0;
  for (const file of inputs) {
    try {
      bytes += statSync(file).size * (file.endsWith('.gz') ? 3 : 1);
    } catch {
      // Unreadable inputs are reported by ingest.
    }
  }
  return bytes >= EARLY_POOL_BYTES ? cores : 0;
}

/** Stage timings and the process's peak RSS after each stage, as summary.json reports them. */
interface StageClock {
  readonly timings: Record<string, number>;
  readonly peakRssMb: Record<string, number>;
  time<T>(stage: string, f: () => T | Promise<T>): Promise<T>;
}

function createStageClock(): StageClock {
  const timings: Record<string, number> = {};
  const peakRssMb: Record<string, number> = {};
  return {
    timings,
    peakRssMb,
    async time(stage, f) {
      const t0 = performance.now();
      const r = await f();
      timings[stage] = Math.round(performance.now() - t0);
      // maxRSS is the process's peak so far (worker threads included), in KiB.
      peakRssMb[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
      return r;
    },
  };
}

type Ingested = Awaited<ReturnType<typeof readPapers>>;
type Extracted = Awaited<ReturnType<typeof extractAll>>;

/** Runs the whole build; writes graph.json, graph.gexf and summary.json into `out` atomically. */
export async function runBuild(
  partial: Partial<BuildOptions> & Pick<BuildOptions, 'inputs'>,
  run: RunOptions = {},
): Promise<BuildResult> {
  const options = resolveBuildOptions(partial);
  const vocabulary = loadVocabulary(options);
  const clock = createStageClock();

  logStage(`litgraph: reading ${options.inputs.join(', ')}`, run.quiet);
  // The extraction workers load compromise (~0.5 s) while the input is read.
  const early = earlyWorkers(options.inputs, options.workers);
  const pool = early > 1 ? ExtractionPool.start(early) : undefined;
  let cache: ExtractionCache | undefined;
  try {
    const ingest = await clock.time('ingest', () => readPapers(options.inputs, { format: options.format }));
    reportIngest(ingest, options, run);
    // The cache stays open until the layout, which starts from the positions it keeps.
    cache = options.cache ? openCache(options, run) : undefined;
    const extracted = await clock.time('extract', () => extractStage(ingest, options, run, pool, cache));
    await pool?.close();
    return await buildFromExtractions({ options, vocabulary, run, clock, ingest, extracted, cache });
  } finally {
    await pool?.close();
    cache?.close();
  }
}

/** Fails when ingest found no usable paper; lists its first warnings. */
function reportIngest(ingest: Ingested, options: BuildOptions, run: RunOptions): void {
  if (ingest.papers.length === 0) {
    throw badInput(
      `no usable papers in ${options.inputs.join(', ')} (${ingest.stats.skipped} malformed records skipped)`,
    );
  }
  for (const issue of ingest.issues.slice(0, 20)) {
    logStage(`  warning: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`, run.quiet);
  }
  if (ingest.issues.length > 20)
    logStage(`  … and ${ingest.issues.length - 20} more warnings (see summary.json)`, run.quiet);
}

function openCache(options: BuildOptions, run: RunOptions): ExtractionCache {
  const cache = ExtractionCache.open(
    options.cacheFile ?? join(options.out, 'extraction-cache.sqlite'),
    EXTRACTOR_VERSION,
  );
  if (cache.report.rebuilt)
    logStage(`  warning: extraction cache ${cache.report.rebuilt}; rebuilt`, run.quiet);
  return cache;
}

/** Extracts every paper: from the cache when it has it, else on the early pool or new workers (or this thread). */
async function extractStage(
  ingest: Ingested,
  options: BuildOptions,
  run: RunOptions,
  pool: ExtractionPool | undefined,
  cache: ExtractionCache | undefined,
): Promise<Extracted> {
  const progress = createProgress({
    label: 'extract',
    total: ingest.papers.length,
    unit: 'papers',
    quiet: run.quiet,
  });
  const workers =
    options.workers ?? (ingest.papers.length >= PARALLEL_FROM_PAPERS ? availableParallelism() : 1);
  const r = await extractAll(ingest.papers, {
    workers,
    pool: workers > 1 ? pool : undefined,
    store: cache,
    onProgress: (n) => progress.tick(n),
  });
  progress.done(`${r.extracted} papers extracted, ${r.fromCache} from cache, ${r.workersUsed} worker(s)`);
  return r;
}

interface BuildContext {
  readonly options: BuildOptions;
  readonly vocabulary: Vocabulary;
  readonly run: RunOptions;
  readonly clock: StageClock;
  readonly ingest: Ingested;
  readonly extracted: Extracted;
  readonly cache: ExtractionCache | undefined;
}

/** From the extractions on: terms, graph, communities, layout, outputs. */
async function buildFromExtractions(context: BuildContext): Promise<BuildResult> {
  const { options, vocabulary, run, clock, ingest, extracted, cache } = context;
  const { time, timings, peakRssMb } = clock;
  const extractions = extracted.extractions;

  const minDf = options.minDf ?? (ingest.papers.length > 100 ? 2 : 1);
  const maxTerms =
    options.maxTerms ?? (ingest.papers.length > LARGE_CORPUS_PAPERS ? LARGE_CORPUS_MAX_TERMS : 0);
  const selection = await time('select', () =>
    selectTerms(extractions, {
      minDf,
      maxTerms,
      thesaurus: vocabulary.thesaurus,
      stopKeys: vocabulary.stopKeys,
    }),
  );

  const graph = await time('graph', () =>
    buildGraph({
      papers: ingest.papers,
      extractions: new Map(extractions.map((e) => [e.paperId, e])),
      terms: selection.terms,
      paperTerms: selection.paperTerms,
      name: options.name,
      version: LITGRAPH_VERSION,
    }),
  );
  // Options that change the graph; where files live, how many threads ran and the cache's use do not.
  const {
    inputs: _i,
    out: _o,
    cacheFile: _c,
    workers: _w,
    cache: _cache,
    freshLayout: _f,
    ...graphOptions
  } = options;
  const optionsRecord: Record<string, unknown> = { ...graphOptions, minDf, maxTerms };
  graph.setAttribute('options', optionsRecord);

  const detected = await time('communities', () =>
    assignCommunities(graph, {
      on: options.communitiesOn,
      resolution: options.resolution,
      seed: options.seed,
      runs: options.louvainRuns,
    }),
  );
  logStage(`communities: ${detected.count}, modularity ${detected.modularity.toFixed(3)}`, run.quiet);

  let layout: LayoutReport | undefined;
  if (options.layout) {
    layout = await time('layout', () => layoutStage(graph, options, cache, run));
    const how =
      layout.start === 'reused'
        ? 'the previous positions (same graph)'
        : `ForceAtlas2 ${layout.iterations} iterations${layout.barnesHut ? ' (Barnes–Hut)' : ''}${
            layout.start === 'warm' ? `, from the previous positions of ${layout.reusedNodes} nodes` : ''
          }`;
    logStage(`layout: ${how}`, run.quiet);
  }

  const byType = Object.fromEntries(TERM_TYPES.map((t) => [t, 0])) as Record<TermType, number>;
  for (const t of selection.terms) byType[t.type]++;
  let withoutTerms = 0;
  graph.forEachNode((_n, a) => {
    if (a.kind === 'paper' && a.degree === 0) withoutTerms++;
  });
  // The term projection grows with the square of terms per paper: written for graphs of moderate size only.
  const writeProjection = projectionCost(graph) <= PROJECTION_MAX_PAIRS;
  const outputs: { graph: string; concepts: string; gexf: string; summary: string; projection?: string } = {
    graph: join(options.out, 'graph.json'),
    concepts: join(options.out, 'concepts.json'),
    gexf: join(options.out, 'graph.gexf'),
    ...(writeProjection ? { projection: join(options.out, 'projection.gexf') } : {}),
    summary: join(options.out, 'summary.json'),
  };
  const summary: BuildSummary = {
    litgraphVersion: LITGRAPH_VERSION,
    extractorVersion: EXTRACTOR_VERSION,
    inputs: options.inputs,
    papers: { ...ingest.stats, withoutTerms },
    extraction: {
      extracted: extracted.extracted,
      fromCache: extracted.fromCache,
      workers: extracted.workersUsed,
      notEnglish: extractions.filter((e) => e.notEnglish).length,
    },
    terms: { candidates: selection.candidates, kept: selection.terms.length, byType },
    graph: { nodes: graph.order, edges: graph.size },
    communities: {
      count: detected.count,
      modularity: graph.getAttribute('modularity'),
      list: graph.getAttribute('communities'),
    },
    ...(layout ? { layout } : {}),
    options: optionsRecord,
    timingsMs: timings,
    peakRssMb,
    warnings: { count: ingest.issues.length, listed: ingest.issues.slice(0, MAX_WARNINGS_LISTED) },
    outputs,
    ...vocabularySummary(options, vocabulary, selection.thesaurusChanges),
  };
  if (!run.dryRun) {
    await time('export', () => {
      writeFilesAtomic([
        [outputs.graph, (write) => writeGraphJson(graph, write)],
        [outputs.concepts, (write) => writeGraphJson(buildConceptMap(graph), write)],
        [outputs.gexf, (write) => writeGexf(graph, write)],
        ...(outputs.projection
          ? ([
              [outputs.projection, (write: (c: string) => void) => writeGexf(buildProjection(graph), write)],
            ] as const)
          : []),
      ]);
    });
    summary.timingsMs = timings;
    writeFilesAtomic([[outputs.summary, `${JSON.stringify(summary, null, 2)}\n`]]);
  }
  return { graph, summary };
}

/**
 * Lays the graph out, starting from the positions the cache kept from the previous build (unless --fresh-layout),
 * and keeps the new ones there for the next build (not in a dry run).
 */
function layoutStage(
  graph: LitgraphGraph,
  options: BuildOptions,
  cache: ExtractionCache | undefined,
  run: RunOptions,
): LayoutReport {
  const layoutOptions = { seed: options.seed, iterations: options.iterations };
  const stamp = layoutStamp(graph, layoutOptions);
  const previous = cache && !options.freshLayout ? previousLayout(cache.readLayout(), stamp) : undefined;
  const report = assignLayout(graph, { ...layoutOptions, ...(previous ? { previous } : {}) });
  if (cache && !run.dryRun && report.start !== 'reused') {
    cache.writeLayout(
      stamp,
      graph.mapNodes((node, a) => [node, a.x, a.y] as const),
    );
  }
  return report;
}

/** The summary's account of the thesaurus and stoplist, from what the recorders saw during term selection. */
function vocabularySummary(
  options: BuildOptions,
  vocabulary: Vocabulary,
  mentionsChanged: number,
): { vocabulary?: VocabularySummary } {
  const { thesaurus, stopKeys } = vocabulary;
  if (!thesaurus && !stopKeys) return {};
  const out: VocabularySummary = {};
  if (thesaurus && options.thesaurus) {
    let dropped = 0;
    for (const key of thesaurus.matched) if (thesaurus.get(key) === '') dropped++;
    out.thesaurus = {
      file: options.thesaurus,
      entries: thesaurus.size,
      mentionsChanged,
      termsRenamed: thesaurus.matched.size - dropped,
      termsDropped: dropped,
    };
  }
  if (stopKeys && options.stoplist) {
    out.stoplist = { file: options.stoplist, phrases: stopKeys.size, termsDropped: stopKeys.matched.size };
  }
  return { vocabulary: out };
}
