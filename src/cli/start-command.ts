// `litgraph start` (what `npm start` runs): build the bundled sample corpus if its graph is missing or older than
// the input, then serve it in the viewer.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parseNumberOption } from '../build-options';
import { runBuild } from '../pipeline';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server';
import { formatSummary } from './build-command';

export const SAMPLE_INPUT = 'graph/samples/seed-papers.txt';
export const SAMPLE_OUT = 'graph/out';

/** True when the graph must be (re)built: missing, or older than its input. */
export function isStale(input: string, graphFile: string): boolean {
  if (!existsSync(graphFile)) return true;
  return statSync(graphFile).mtimeMs < statSync(input).mtimeMs;
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Build the bundled sample corpus if needed, then serve it in the viewer.')
    .option('--input <file>', 'corpus to build', SAMPLE_INPUT)
    .option('-o, --out <dir>', 'output folder', SAMPLE_OUT)
    .option('--host <host>', 'interface to bind', DEFAULT_HOST)
    .option('--port <port>', 'port to listen on', String(DEFAULT_PORT))
    .option('--rebuild', 'build even when the graph is up to date')
    .option('--no-serve', 'only build, print where the files are')
    .action(
      async (flags: {
        input: string;
        out: string;
        host: string;
        port: string;
        rebuild?: boolean;
        serve: boolean;
      }) => {
        const graphFile = join(flags.out, 'graph.json');
        if (flags.rebuild || isStale(flags.input, graphFile)) {
          const { summary } = await runBuild({ inputs: [flags.input], out: flags.out });
          process.stdout.write(formatSummary(summary));
        } else {
          process.stdout.write(`litgraph: ${graphFile} is up to date with ${flags.input}\n`);
        }
        if (!flags.serve) return;
        await startServer({
          graph: graphFile,
          host: flags.host,
          port: parseNumberOption('--port', flags.port),
        });
      },
    );
}
