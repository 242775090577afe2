// Worker thread body: extracts batches of papers sent by the parallel driver and posts the results back.
import { parentPort } from 'node:worker_threads';
import type { PaperExtraction } from '../types';
import { extractPaper, type PaperText } from './extract-paper';

export interface WorkerRequest {
  readonly batch: number;
  readonly papers: readonly PaperText[];
}

export interface WorkerResponse {
  readonly batch: number;
  readonly results?: PaperExtraction[];
  readonly error?: string;
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const results = request.papers.map((p) => extractPaper(p));
    parentPort!.postMessage({ batch: request.batch, results } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({
      batch: request.batch,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
