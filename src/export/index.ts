// The export stage: graph.json (graphology serialisation), GEXF 1.3, summary.json — all written atomically.
export { writeFileAtomic, writeFilesAtomic } from './atomic';
export { writeGexfString } from './gexf';
export { graphToJson } from './json';
