// The evaluation stage: score the extractor's mentions against a labelled corpus (SciERC, DyGIE format).
export { detokenize, spaceBetween, untokenize } from './detokenize';
export { parseDygie, readDygieFile } from './dygie-reader';
export { buildReport, type EvalOptions, type Extractor, evaluate, evaluateDocument } from './run-eval';
export {
  type CharSpan,
  charSpanToTokens,
  macroF1,
  matchExact,
  matchPartial,
  prf,
  scoreDocument,
  sumCounts,
  toPredictedSpans,
} from './score';
export * from './types';
