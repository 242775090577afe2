// `litgraph build <file...>`: a thin adapter from command-line options to runBuild, and the summary table.
import type { Command } from 'commander';
import { parseNumberOption } from '../build-options';
import type { CommunitiesOn } from '../communities';
import type { InputFormat } from '../ingest';
import { type BuildSummary, runBuild } from '../pipeline';
import { formatTable } from './table';

interface BuildFlags {
  out?: string;
  format?: string;
  minDf?: string;
  maxTerms?: string;
  seed?: string;
  resolution?: string;
  communitiesOn?: string;
  louvainRuns?: string;
  iterations?: string;
  layout: boolean;
  quiet?: boolean;
  json?: boolean;
  workers?: string;
  cache: boolean;
  cacheFile?: string;
  freshLayout?: boolean;
  thesaurus?: string;
  stoplist?: string;
}

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('Build the paper–concept graph, its communities, layout and GEXF from files of papers.')
    .argument(
      '<file...>',
      'input files: papers-page text, JSON/JSONL (OpenAlex, Semantic Scholar…), CSV/TSV (Scopus, WoS…), BibTeX, RIS, arXiv Atom, PubMed XML, WoS text (optionally .gz)',
    )
    .option('-o, --out <dir>', 'output folder', 'graph/out')
    .option(
      '-f, --format <format>',
      'input format instead of detecting it: papers-text, json, jsonl, csv, tsv, bibtex, ris, arxiv-atom, pubmed-xml, wos',
    )
    .option(
      '--min-df <n>',
      'minimum number of papers a term must appear in (default: 2 above 100 papers, else 1)',
    )
    .option(
      '--max-terms <n>',
      'keep at most N terms, by termhood (0 = all; default: all up to 10k papers, else 20000)',
    )
    .option('--seed <n>', 'random seed of Louvain and the layout', '42')
    .option('--resolution <r>', 'Louvain resolution (higher = more, smaller communities)', '1')
    .option('--communities-on <graph>', 'cluster the "bipartite" graph or the term "projection"', 'bipartite')
    .option('--louvain-runs <n>', 'Louvain runs from consecutive seeds; the best modularity is kept', '3')
    .option('--iterations <n>', 'ForceAtlas2 iterations (0 = scaled to the graph size)', '0')
    .option('--no-layout', 'skip the layout (nodes keep random seeded positions)')
    .option('--workers <n>', 'extraction worker threads (default: all cores for 400+ papers, else 1)')
    .option('--no-cache', 'do not reuse or store per-paper extraction results and the last layout')
    .option(
      '--cache-file <file>',
      'cache of extraction results and the last layout (default: <out>/extraction-cache.sqlite)',
    )
    .option(
      '--fresh-layout',
      'lay out from random positions, not from the previous build’s (kept in the cache)',
    )
    .option(
      '--thesaurus <file>',
      'VOSviewer-style thesaurus: "label<TAB>replace by" lines rename, merge or drop terms',
    )
    .option('--stoplist <file>', 'phrases to drop as terms, one per line ("#" starts a comment line)')
    .option('-q, --quiet', 'no progress output')
    .option('--json', 'print the build summary as JSON on stdout instead of a table')
    .addHelpText(
      'after',
      '\nOutputs (written atomically): graph.json (graphology), graph.gexf (GEXF 1.3), summary.json.\n' +
        'Exit codes: 0 ok, 1 bad input, 2 bad usage.',
    )
    .action(async (files: string[], flags: BuildFlags) => {
      const num = (name: string, v: string | undefined) =>
        v === undefined ? undefined : parseNumberOption(name, v);
      const { summary } = await runBuild(
        {
          inputs: files,
          out: flags.out,
          format: flags.format as InputFormat | undefined,
          minDf: num('--min-df', flags.minDf),
          maxTerms: num('--max-terms', flags.maxTerms),
          seed: num('--seed', flags.seed),
          resolution: num('--resolution', flags.resolution),
          communitiesOn: flags.communitiesOn as CommunitiesOn | undefined,
          louvainRuns: num('--louvain-runs', flags.louvainRuns),
          iterations: num('--iterations', flags.iterations),
          layout: flags.layout,
          workers: num('--workers', flags.workers),
          cache: flags.cache,
          cacheFile: flags.cacheFile,
          freshLayout: flags.freshLayout,
          thesaurus: flags.thesaurus,
          stoplist: flags.stoplist,
        },
        { quiet: flags.quiet },
      );
      process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    });
}

/** The short summary table printed at the end of a build. */
export function formatSummary(s: BuildSummary): string {
  const rows = [
    ['papers read', s.papers.read],
    ['papers kept', s.papers.kept],
    ['malformed (skipped)', s.papers.skipped],
    ['duplicates merged', s.papers.duplicates],
    ['papers without terms', s.papers.withoutTerms],
    ['extracted / from cache', `${s.extraction.extracted} / ${s.extraction.fromCache}`],
    ['not English (no terms)', s.extraction.notEnglish],
    ['candidate terms', s.terms.candidates],
    ['terms kept', s.terms.kept],
    ...Object.entries(s.terms.byType).map(([t, n]) => [`  ${t}`, n]),
    ...(s.vocabulary?.thesaurus
      ? [
          ['thesaurus: mentions changed', s.vocabulary.thesaurus.mentionsChanged],
          [
            'thesaurus: terms renamed / dropped',
            `${s.vocabulary.thesaurus.termsRenamed} / ${s.vocabulary.thesaurus.termsDropped}`,
          ],
        ]
      : []),
    ...(s.vocabulary?.stoplist ? [['stoplist: terms dropped', s.vocabulary.stoplist.termsDropped]] : []),
    ['nodes', s.graph.nodes],
    ['edges', s.graph.edges],
    ['communities', s.communities.count],
    ['modularity', s.communities.modularity.toFixed(3)],
    ...(s.layout
      ? ([
          [
            'layout',
            s.layout.start === 'fresh' ? 'fresh' : `${s.layout.start} (${s.layout.reusedNodes} nodes)`,
          ],
        ] as const)
      : []),
    ['warnings', s.warnings.count],
    ['time (s)', (Object.values(s.timingsMs).reduce((a, b) => a + b, 0) / 1000).toFixed(1)],
  ].map(([k, v]) => ({ what: String(k), value: String(v) }));
  const files = Object.values(s.outputs).join('\n  ');
  return `${formatTable(rows, [
    { key: 'what', title: 'build' },
    { key: 'value', title: '', align: 'right' },
  ])}\nwrote:\n  ${files}\n`;
}
