// Runs risky calls (reading hostile files, extracting odd abstracts, building graphs) on a worker thread with a
// hard time limit: a case that hangs is reported as `hung` and its worker is terminated and replaced, instead of
// blocking the whole test run. One worker is reused across calls (starting one costs about a second).
import { Worker } from 'node:worker_threads';
import type { PaperText } from '../../src/extract';
import type { InputFormat } from '../../src/ingest';

export type GuardedTask =
  | { kind: 'read'; files: string[]; format?: InputFormat }
  | { kind: 'extract'; papers: PaperText[] }
  | { kind: 'build'; inputs: string[]; out: string };

/** What a thrown value looked like (classes do not cross threads). */
export interface ThrownError {
  /** True for a LitgraphError. */
  litgraph: boolean;
  name: string;
  code?: string;
  message: string;
  file?: string;
  line?: number;
  /** `describe()` of a LitgraphError ("file:line: message"), else the message. */
  described: string;
  stack?: string;
}

export type GuardedOutcome =
  | { status: 'ok'; value: unknown; ms: number }
  | { status: 'threw'; error: ThrownError; ms: number }
  | { status: 'hung'; ms: number };

export interface GuardedRequest {
  id: number;
  task: GuardedTask;
}

export class Guard {
  private worker: Worker | undefined;
  private nextId = 0;

  private start(): Worker {
    this.worker ??= new Worker(new URL('./guarded-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    return this.worker;
  }

  /** Runs `task`; after `timeoutMs` the worker is terminated and the outcome is `hung`. */
  run(task: GuardedTask, timeoutMs: number): Promise<GuardedOutcome> {
    const worker = this.start();
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (message: { id: number; outcome: GuardedOutcome }) => {
        if (message.id !== id) return;
        done();
        resolve(message.outcome);
      };
      const onError = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = undefined;
        void worker.terminate();
        resolve({ status: 'hung', ms: performance.now() - started });
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.postMessage({ id, task } satisfies GuardedRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
