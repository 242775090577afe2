// `litgraph export <graph.json> --to FORMAT`: a thin adapter from command-line options to exportGraph (see
// src/export/run-export.ts); prints what was written.
import type { Command } from 'commander';
import { usageError } from '../errors';
import {
  EXPORT_FORMATS,
  EXPORT_VIEWS,
  type ExportFormat,
  type ExportView,
  exportGraph,
  resolveExportView,
} from '../export';
import { loadGraphFile } from '../query';

interface ExportFlags {
  to: string;
  out?: string;
  view?: string;
  minShared?: string;
  quiet?: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'Write a built graph for other tools: Gephi, yEd, spreadsheets, VOSviewer, Cytoscape, Neo4j.',
    )
    .argument('<graph.json>', 'graph.json written by "litgraph build"')
    .requiredOption('-t, --to <format>', `output format: ${EXPORT_FORMATS.join(', ')}`)
    .option(
      '-o, --out <path>',
      'output file (gexf, graphml, cytoscape) or folder (csv, vosviewer, neo4j); default: beside the graph file',
    )
    .option(
      '--view <view>',
      `${EXPORT_VIEWS.join(', ')}: the paper–term graph, the term co-occurrence projection, or papers ` +
        'linked by shared terms (default: all; vosviewer: terms; neo4j: all only)',
    )
    .option(
      '--min-shared <n>',
      'minimum shared papers (terms view, default 1) or shared terms (papers view, default 2) for a link',
    )
    .option('-q, --quiet', 'print nothing')
    .addHelpText(
      'after',
      '\nDefault outputs, beside the graph file: graph.gexf, graph.graphml, graph.cyjs (graph-<view>.<ext> for\n' +
        'a projection); folders export-csv/, export-vosviewer/, export-neo4j/. Files are written atomically.\n' +
        'Formats and files are described in the README ("litgraph export").\n' +
        'Exit codes: 0 ok, 1 missing or bad graph file, 2 bad usage.',
    )
    .action((graphFile: string, flags: ExportFlags) => {
      // Check the options before reading a possibly large graph.
      const view: ExportView = resolveExportView(flags.to, flags.view);
      if (flags.minShared !== undefined && !/^\s*\d+\s*$/.test(flags.minShared)) {
        throw usageError(`--min-shared must be an integer from 1 to 1000000 (got "${flags.minShared}")`);
      }
      const minShared = flags.minShared === undefined ? undefined : Number(flags.minShared);
      const graph = loadGraphFile(graphFile);
      const result = exportGraph(graph, graphFile, {
        format: flags.to as ExportFormat,
        view,
        out: flags.out,
        minShared,
      });
      if (!flags.quiet) {
        process.stdout.write(
          `exported the ${result.view} view (${result.nodes} nodes, ${result.edges} edges) as ${result.format}:\n` +
            `  ${result.files.join('\n  ')}\n`,
        );
      }
    });
}
