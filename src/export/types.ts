// Types of `litgraph export`: the formats, the views of the graph they can carry, and what an export wrote.

/** Output formats: single-file ones write one file, the others a folder of files. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'vosviewer', 'cytoscape', 'neo4j'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Which graph is exported: `all` the paper–term bipartite graph, `terms` the term co-occurrence projection,
 * `papers` papers linked by the terms they share.
 */
export const EXPORT_VIEWS = ['all', 'terms', 'papers'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

/** The extension of single-file formats; multi-file formats have none (they write a folder). */
export const SINGLE_FILE_EXTENSION: Partial<Record<ExportFormat, string>> = {
  gexf: 'gexf',
  graphml: 'graphml',
  cytoscape: 'cyjs',
};

/** The views each format can carry, the default first. */
export const FORMAT_VIEWS: Record<ExportFormat, readonly ExportView[]> = {
  gexf: ['all', 'terms', 'papers'],
  graphml: ['all', 'terms', 'papers'],
  csv: ['all', 'terms', 'papers'],
  cytoscape: ['all', 'terms', 'papers'],
  // VOSviewer maps one kind of item: the term co-occurrence map, or papers linked by shared terms.
  vosviewer: ['terms', 'papers'],
  // The property graph (Paper)-[:MENTIONS]->(Term); co-occurrence is a query away in Cypher.
  neo4j: ['all'],
};

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Default: the first of FORMAT_VIEWS[format]. */
  readonly view?: ExportView;
  /** A file for single-file formats, a folder for the others; default beside the graph file (see exportGraph). */
  readonly out?: string;
  /**
   * Minimum shared papers (terms view) or shared terms (papers view) for a link; default 1 for terms,
   * 2 for papers.
   */
  readonly minShared?: number;
}

export interface ExportResult {
  readonly format: ExportFormat;
  readonly view: ExportView;
  /** Files written, in the order written. */
  readonly files: string[];
  readonly nodes: number;
  readonly edges: number;
}
