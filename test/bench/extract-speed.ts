// Speed of the extractor against compromise alone: abstracts per second of `extractPaper` and of bare
// `nlp(text)` on the same 300 SciERC abstracts (one thread, after a warm-up pass), and their ratio.
// Run: npm run bench:extract  (or npx tsx test/bench/extract-speed.ts [file.json])
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { detokenize, readDygieFile } from '../../src/eval';
import { extractPaper } from '../../src/extract';

const COUNT = 300;
const ROUNDS = 5;

const file = process.argv[2] ?? '../shared/data/scierc/train.json';
const abstracts = readDygieFile(file)
  .slice(0, COUNT)
  .map((document, i) => ({ id: `bench-${i}`, title: '', abstract: detokenize(document.tokens).text }));

const runExtract = () => {
  for (const paper of abstracts) extractPaper(paper);
};
const runNlp = () => {
  for (const paper of abstracts) nlp(paper.abstract);
};

/** Milliseconds of one pass over all abstracts. */
function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// Warm-up: JIT and compromise's lazy lexicon set-up, for both.
runNlp();
runExtract();

// Alternate the two so that drift in machine load affects both alike; keep the best pass of each.
let bestNlp = Number.POSITIVE_INFINITY;
let bestExtract = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) {
  bestNlp = Math.min(bestNlp, time(runNlp));
  bestExtract = Math.min(bestExtract, time(runExtract));
}
const nlpRate = (abstracts.length * 1000) / bestNlp;
const extractRate = (abstracts.length * 1000) / bestExtract;
const characters = abstracts.reduce((sum, paper) => sum + paper.abstract.length, 0);
console.log(
  `${abstracts.length} abstracts from ${file}, ${Math.round(characters / abstracts.length)} characters on average`,
);
console.log(`nlp(text)       ${nlpRate.toFixed(1)} abstracts/s`);
console.log(`extractPaper    ${extractRate.toFixed(1)} abstracts/s`);
console.log(
  `ratio           extractPaper takes ${(nlpRate / extractRate).toFixed(2)}x the time of nlp(text)`,
);
