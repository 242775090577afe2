// The build pipeline as one function: ingest → extract → select terms → graph → communities → layout → export.
// Stages hand each other plain records until the graph; from there on the graph is the model.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, loadVocabulary, resolveBuildOptions, type Vocabulary } from './build-options';
import { ExtractionCache } from './cache';
import { assignCommunities } from './communities';
import { badInput } from './errors';
import { writeFilesAtomic, writeGexf, writeGraphJson } from './export';
import { EXTRACTOR_VERSION, extractAll, selectTerms } from './extract';
import { buildConceptMap, buildGraph, buildProjection, type LitgraphGraph, projectionCost } from './graph';
import { readPapers } from './ingest';
import { assignLayout } from './layout';
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

/** Runs the whole build; writes graph.json, graph.gexf and summary.json into `out` atomically. */
export async function runBuild(
  partial: Partial<BuildOptions> & Pick<BuildOptions, 'inputs'>,
  run: RunOptions = {},
): Promise<BuildResult> {
  const options = resolveBuildOptions(partial);
  const vocabulary = loadVocabulary(options);
  const timings: Record<string, number> = {};
  const peakRssMb: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await f();
    timings[stage] = Math.round(performance.now() - t0);
    // maxRSS is the process's peak so far (worker threads included), in KiB.
    peakRssMb[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
    return r;
  };

  logStage(`litgraph: reading ${options.inputs.join(', ')}`, run.quiet);
  const ingest = await time('ingest', () => readPapers(options.inputs, { format: options.format }));
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

  const extracted = await time('extract', async () => {
    const progress = createProgress({
      label: 'extract',
      total: ingest.papers.length,
      unit: 'papers',
      quiet: run.quiet,
    });
    const cache = options.cache
      ? ExtractionCache.open(
          options.cacheFile ?? join(options.out, 'extraction-cache.sqlite'),
          EXTRACTOR_VERSION,
        )
      : undefined;
    if (cache?.report.rebuilt)
      logStage(`  warning: extraction cache ${cache.report.rebuilt}; rebuilt`, run.quiet);
    try {
      const workers = options.workers ?? (ingest.papers.length >= 400 ? availableParallelism() : 1);
      const r = await extractAll(ingest.papers, {
        workers,
        store: cache,
        onProgress: (n) => progress.tick(n),
      });
      progress.done(`${r.extracted} papers extracted, ${r.fromCache} from cache, ${r.workersUsed} worker(s)`);
      return r;
    } finally {
      cache?.close();
    }
  });
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
  // Options that change the graph; where files live and how many threads ran do not.
  const { inputs: _i, out: _o, cacheFile: _c, workers: _w, cache: _cache, ...graphOptions } = options;
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

  if (options.layout) {
    const report = await time('layout', () =>
      assignLayout(graph, { seed: options.seed, iterations: options.iterations }),
    );
    logStage(
      `layout: ForceAtlas2 ${report.iterations} iterations${report.barnesHut ? ' (Barnes–Hut)' : ''}`,
      run.quiet,
    );
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
