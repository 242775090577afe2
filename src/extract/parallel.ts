// Extraction of a whole corpus: cached results reused, the rest extracted in batches on worker threads
// (worker_threads), results in input order so they are identical to a single-threaded run.
import { Worker } from 'node:worker_threads';
import type { PaperExtraction } from '../types';
import { extractPaper, type PaperText } from './extract-paper';
import type { WorkerRequest, WorkerResponse } from './worker';

/** A store of extraction results keyed by paper text (see src/cache). */
export interface ExtractionStore {
  get(papers: readonly PaperText[]): (PaperExtraction | undefined)[];
  put(entries: ReadonlyArray<readonly [PaperText, PaperExtraction]>): void;
}

export interface ExtractAllOptions {
  /** Worker threads; 1 = extract in this thread. */
  readonly workers: number;
  readonly batchSize?: number;
  readonly store?: ExtractionStore;
  readonly onProgress?: (done: number) => void;
}

export interface ExtractAllResult {
  readonly extractions: PaperExtraction[];
  readonly fromCache: number;
  readonly extracted: number;
  readonly workersUsed: number;
}

const DEFAULT_BATCH = 50;

/** Extracts every paper; deterministic whatever the number of workers. */
export async function extractAll(
  papers: readonly PaperText[],
  options: ExtractAllOptions,
): Promise<ExtractAllResult> {
  const cached = options.store ? options.store.get(papers) : papers.map(() => undefined);
  const out: (PaperExtraction | undefined)[] = cached.map((c, i) =>
    c ? { ...c, paperId: papers[i].id } : undefined,
  );
  const todo = out.flatMap((c, i) => (c ? [] : [i]));
  let done = papers.length - todo.length;
  options.onProgress?.(done);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const batches: number[][] = [];
  for (let i = 0; i < todo.length; i += batchSize) batches.push(todo.slice(i, i + batchSize));
  const workers = Math.max(1, Math.min(options.workers, batches.length));

  const finish = (indices: readonly number[], results: readonly PaperExtraction[]) => {
    indices.forEach((index, k) => {
      out[index] = results[k];
    });
    options.store?.put(indices.map((index, k) => [papers[index], results[k]] as const));
    done += indices.length;
    options.onProgress?.(done);
  };

  if (workers <= 1) {
    for (const batch of batches)
      finish(
        batch,
        batch.map((i) => extractPaper(papers[i])),
      );
  } else {
    await runOnWorkers(papers, batches, workers, finish);
  }
  return {
    extractions: out as PaperExtraction[],
    fromCache: papers.length - todo.length,
    extracted: todo.length,
    workersUsed: workers,
  };
}

async function runOnWorkers(
  papers: readonly PaperText[],
  batches: readonly number[][],
  count: number,
  finish: (indices: readonly number[], results: readonly PaperExtraction[]) => void,
): Promise<void> {
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  let next = 0;
  const pool = Array.from({ length: count }, () => new Worker(entry));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              const request: WorkerRequest = {
                batch,
                papers: batches[batch].map((i) => ({
                  id: papers[i].id,
                  title: papers[i].title,
                  abstract: papers[i].abstract,
                })),
              };
              worker.postMessage(request);
            };
            worker.on('message', (response: WorkerResponse) => {
              if (response.error || !response.results) {
                reject(new Error(`extraction worker failed: ${response.error ?? 'no results'}`));
                return;
              }
              finish(batches[response.batch], response.results);
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
