// The export stage: graph.json (graphology serialisation), GEXF 1.3, summary.json — all written atomically —
// and `litgraph export` to GraphML, CSV, VOSviewer, Cytoscape.js and Neo4j (see run-export.ts).
export { type FileContent, writeFileAtomic, writeFilesAtomic } from './atomic';
export { csvField } from './csv';
export { writeEdgesCsv, writeNodesCsv } from './csv-tables';
export { writeCytoscapeJson } from './cytoscape';
export { escapeXml, GEXF_ABSTRACTS_MAX_NODES, writeGexf, writeGexfString } from './gexf';
export { writeGraphml } from './graphml';
export { type ChunkWriter, graphToJson, writeGraphJson } from './json';
export { neo4jLoadScript, writeNeo4jMentions, writeNeo4jPapers, writeNeo4jTerms } from './neo4j';
export { buildPaperLinks, type PaperLinksGraph, paperLinksCost } from './paper-links';
export { exportGraph, exportTarget, isExportFormat, resolveExportView } from './run-export';
export * from './types';
export { buildView, DEFAULT_MIN_SHARED } from './views';
export { clusterOf, vosField, vosviewerFiles } from './vosviewer';
