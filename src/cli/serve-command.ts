// `litgraph serve`: the JSON API and the sigma viewer over a built graph.json, on 127.0.0.1 unless told otherwise.
import type { Command } from 'commander';
import { usageError } from '../errors';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  FULL_VIEW_MAX_NODES,
  startServer,
  VIEW_CHOICES,
  type ViewChoice,
} from '../server';

export const DEFAULT_GRAPH = 'graph/out/graph.json';

interface ServeFlags {
  graph: string;
  host: string;
  port: string;
  view: string;
}

export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw usageError(`--port must be an integer from 0 to 65535, got "${value}"`);
  }
  return Number(value);
}

export function parseViewChoice(value: string): ViewChoice {
  if (!(VIEW_CHOICES as readonly string[]).includes(value)) {
    throw usageError(`--view must be one of ${VIEW_CHOICES.join(', ')}, got "${value}"`);
  }
  return value as ViewChoice;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the interactive viewer and the JSON API for a built graph.')
    .option('--graph <file>', 'graph.json written by `litgraph build`', DEFAULT_GRAPH)
    .option('--host <host>', 'interface to listen on', DEFAULT_HOST)
    .option('--port <port>', 'TCP port (0 picks a free one)', String(DEFAULT_PORT))
    .option(
      '--view <view>',
      `what the viewer opens: auto (the full graph up to ${FULL_VIEW_MAX_NODES} nodes, else the concept map of ` +
        'the terms), full, or concepts',
      'auto',
    )
    .action(async (flags: ServeFlags) => {
      const host = flags.host.trim();
      if (!host) throw usageError('--host must not be empty');
      const view = parseViewChoice(flags.view);
      await startServer({ graph: flags.graph, host, port: parsePort(flags.port), view });
    });
}
