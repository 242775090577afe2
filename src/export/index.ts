// The export stage: graph.json (graphology serialisation), GEXF 1.3, summary.json — all written atomically.
export { type FileContent, writeFileAtomic, writeFilesAtomic } from './atomic';
export { escapeXml, GEXF_ABSTRACTS_MAX_NODES, writeGexf, writeGexfString } from './gexf';
export { type ChunkWriter, graphToJson, writeGraphJson } from './json';
