// The litgraph command line: one commander program, one sub-command per file, errors mapped to exit codes here.
import { Command, CommanderError } from 'commander';
import { exitCodeOf, LitgraphError } from '../errors';
import { registerBuildCommand } from './build-command';
import { registerEvalCommand } from './eval-command';
import { registerExportCommand } from './export-command';
import { registerQueryCommand } from './query-command';
import { registerServeCommand } from './serve-command';
import { registerStartCommand } from './start-command';

export const VERSION = '0.1.0';

export function createProgram(): Command {
  const program = new Command('litgraph')
    .description('Turn paper abstracts into a navigable map of a research field.')
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerBuildCommand(program);
  registerStartCommand(program);
  registerServeCommand(program);
  registerEvalCommand(program);
  registerQueryCommand(program);
  registerExportCommand(program);
  return program;
}

/**
 * A reader that stops early (`litgraph query … | head`) closes the pipe: the rest of the output has nowhere to go,
 * which is not an error — exit quietly instead of with a stack trace.
 */
let pipeHandlersInstalled = false;
function exitQuietlyOnClosedPipe(): void {
  if (pipeHandlersInstalled) return;
  pipeHandlersInstalled = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

/** Runs the CLI with the given arguments and returns the exit code (0 ok, 1 bad input, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof LitgraphError) {
      process.stderr.write(`litgraph: ${error.describe()}\n`);
      return exitCodeOf(error);
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`litgraph: internal error (please report it): ${message}\n`);
    return exitCodeOf(error);
  }
}
