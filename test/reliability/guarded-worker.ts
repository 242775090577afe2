// Body of the guarded worker thread (see guard.ts): runs one risky call per message — read files, extract
// papers, build a graph — and posts back its value or what it threw, so that the test's main thread can stop
// it when it hangs (a timer cannot interrupt a synchronous loop; Worker.terminate() can).
import { parentPort } from 'node:worker_threads';
import { LitgraphError } from '../../src/errors';
import { extractPaper } from '../../src/extract';
import { readPapers } from '../../src/ingest';
import { runBuild } from '../../src/pipeline';
import type { GuardedOutcome, GuardedRequest, GuardedTask, ThrownError } from './guard';

async function perform(task: GuardedTask): Promise<unknown> {
  switch (task.kind) {
    case 'read':
      return readPapers(task.files, task.format ? { format: task.format } : {});
    case 'extract':
      return task.papers.map((paper) => extractPaper(paper));
    case 'build': {
      const { graph, summary } = await runBuild(
        { inputs: task.inputs, out: task.out, cache: false, layout: false, workers: 1 },
        { quiet: true, dryRun: true },
      );
      return { graph: graph.export(), summary };
    }
  }
}

export function describeThrown(error: unknown): ThrownError {
  if (error instanceof LitgraphError) {
    return {
      litgraph: true,
      name: error.name,
      code: error.code,
      message: error.message,
      file: error.file,
      line: error.line,
      described: error.describe(),
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { litgraph: false, name: e.name, message: e.message, described: e.message, stack: e.stack };
}

parentPort?.on('message', async (request: GuardedRequest) => {
  const started = performance.now();
  let outcome: GuardedOutcome;
  try {
    const value = await perform(request.task);
    outcome = { status: 'ok', value, ms: performance.now() - started };
  } catch (error) {
    outcome = { status: 'threw', error: describeThrown(error), ms: performance.now() - started };
  }
  parentPort?.postMessage({ id: request.id, outcome });
});
