// `litgraph export`: picks the view, builds it, and writes the chosen format — one file, or a folder of files
// written together atomically (none replaced unless all could be written).
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { usageError } from '../errors';
import type { LitgraphGraph } from '../graph';
import { type FileContent, writeFilesAtomic } from './atomic';
import { writeEdgesCsv, writeNodesCsv } from './csv-tables';
import { writeCytoscapeJson } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { neo4jLoadScript, writeNeo4jMentions, writeNeo4jPapers, writeNeo4jTerms } from './neo4j';
import {
  EXPORT_FORMATS,
  EXPORT_VIEWS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ExportView,
  FORMAT_VIEWS,
  SINGLE_FILE_EXTENSION,
} from './types';
import { buildView } from './views';
import { vosviewerFiles } from './vosviewer';

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

/** Checks format and view; returns the view to use. USAGE errors name the option. */
export function resolveExportView(format: string, view?: string): ExportView {
  if (!isExportFormat(format)) {
    throw usageError(`--to must be one of ${EXPORT_FORMATS.join(', ')} (got "${format}")`);
  }
  if (view === undefined) return FORMAT_VIEWS[format][0];
  if (!(EXPORT_VIEWS as readonly string[]).includes(view)) {
    throw usageError(`--view must be one of ${EXPORT_VIEWS.join(', ')} (got "${view}")`);
  }
  if (!FORMAT_VIEWS[format].includes(view as ExportView)) {
    throw usageError(`--to ${format} supports --view ${FORMAT_VIEWS[format].join(' or ')} (got "${view}")`);
  }
  return view as ExportView;
}

/**
 * Where the export goes when --out is not given: beside the graph file, `graph.<ext>` (`graph-<view>.<ext>`
 * for a projection) for single-file formats, `export-<format>/` (`export-<format>-<view>/`) for the others.
 * A single-file --out that is an existing folder gets the default name inside it.
 */
export function exportTarget(
  format: ExportFormat,
  view: ExportView,
  graphFile: string,
  out?: string,
): string {
  const ext = SINGLE_FILE_EXTENSION[format];
  const suffix = view === FORMAT_VIEWS[format][0] ? '' : `-${view}`;
  const name = ext ? `graph${view === 'all' ? '' : `-${view}`}.${ext}` : `export-${format}${suffix}`;
  if (out === undefined) return join(dirname(graphFile), name);
  if (ext && isDirectory(out)) return join(out, name);
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Exports `graph` (read from `graphFile`, which places the default output) in the chosen format and view. */
export function exportGraph(graph: LitgraphGraph, graphFile: string, options: ExportOptions): ExportResult {
  const view = resolveExportView(options.format, options.view);
  const format = options.format;
  const target = exportTarget(format, view, graphFile, options.out);
  const viewGraph = buildView(graph, view, options.minShared);
  const files: [string, FileContent][] = [];
  switch (format) {
    case 'gexf':
      files.push([target, (write) => writeGexf(viewGraph, write)]);
      break;
    case 'graphml':
      files.push([target, (write) => writeGraphml(viewGraph, write)]);
      break;
    case 'cytoscape':
      files.push([target, (write) => writeCytoscapeJson(viewGraph, write)]);
      break;
    case 'csv':
      files.push([join(target, 'nodes.csv'), (write) => writeNodesCsv(viewGraph, write)]);
      files.push([join(target, 'edges.csv'), (write) => writeEdgesCsv(viewGraph, write)]);
      break;
    case 'vosviewer': {
      const vos = vosviewerFiles(viewGraph, view);
      files.push([join(target, 'map.txt'), vos.map]);
      files.push([join(target, 'network.txt'), vos.network]);
      files.push([join(target, 'vosviewer.json'), vos.json]);
      break;
    }
    case 'neo4j':
      files.push([join(target, 'papers.csv'), (write) => writeNeo4jPapers(graph, write)]);
      files.push([join(target, 'terms.csv'), (write) => writeNeo4jTerms(graph, write)]);
      files.push([join(target, 'mentions.csv'), (write) => writeNeo4jMentions(graph, write)]);
      files.push([join(target, 'load.cypher'), neo4jLoadScript()]);
      break;
  }
  writeFilesAtomic(files);
  return { format, view, files: files.map(([file]) => file), nodes: viewGraph.order, edges: viewGraph.size };
}
