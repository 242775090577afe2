// `litgraph serve`: the JSON API over src/query and the built sigma viewer, on node:http. The only file other
// folders import from src/server.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badInput, LitgraphError } from '../errors';
import { createGraphViews } from './graph-views';
import { createRequestHandler, type HandlerContext, type RequestHandler } from './handler';
import { parserErrorResponse, toNodeListener } from './http-adapter';
import { type QueryApi, REAL_QUERY_API, type ServedGraph } from './query-api';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServerOptions } from './types';
import { ensureViewer, WEB_DIST } from './web-build';

export { defaultViewFor } from './graph-views';
export type { RequestHandler } from './handler';
export type {
  GraphView,
  HandlerRequest,
  HandlerResponse,
  HealthInfo,
  RunningServer,
  ServerOptions,
  ViewChoice,
} from './types';
export { DEFAULT_HOST, DEFAULT_PORT, FULL_VIEW_MAX_NODES, GRAPH_VIEWS, VIEW_CHOICES } from './types';
export { buildViewer, WEB_DIST } from './web-build';

export interface ServerInternals {
  /** The query functions; the real `src/query` unless a test hands in a stand-in. */
  queryApi?: QueryApi;
}

const stderrLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Loads the graph (a clear LitgraphError naming the file when it is missing or corrupt). */
function loadGraph(api: QueryApi, file: string): ServedGraph {
  try {
    return api.loadGraphFile(file);
  } catch (error) {
    if (error instanceof LitgraphError) {
      if (error.describe().includes(file)) throw error;
      throw new LitgraphError(error.code, error.message, { file });
    }
    throw badInput(`cannot load the graph: ${error instanceof Error ? error.message : String(error)}`, file);
  }
}

/** Everything the handler needs, prepared once: graph, query index, serialised views, viewer folder. */
export async function prepareHandler(
  options: ServerOptions,
  internals: ServerInternals = {},
): Promise<RequestHandler> {
  const log = options.log ?? stderrLog;
  const api = internals.queryApi ?? REAL_QUERY_API;
  const graph = loadGraph(api, options.graph);
  const index = api.createQueryIndex(graph);
  const views = createGraphViews(graph, {
    graphFile: options.graph,
    view: options.view,
    fullViewMaxNodes: options.fullViewMaxNodes,
  });
  const webDist = options.webDist ?? WEB_DIST;
  await ensureViewer(webDist, options.buildWeb ?? true, log);
  const context: HandlerContext = {
    graph,
    index,
    api,
    views,
    webDist,
    allowedHosts: allowedHostsFor(options.host ?? DEFAULT_HOST),
    log,
  };
  return createRequestHandler(context);
}

/** Loads everything, then listens; resolves once the port is bound. */
export async function createServer(
  options: ServerOptions,
  internals: ServerInternals = {},
): Promise<RunningServer> {
  const log = options.log ?? stderrLog;
  const handler = await prepareHandler(options, internals);
  const host = options.host ?? DEFAULT_HOST;
  const server = createHttpServer(toNodeListener(handler, log));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end(parserErrorResponse(error.code));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${host}:${options.port ?? DEFAULT_PORT}`;
      const reason =
        error.code === 'EADDRINUSE' ? 'is already in use (pick another with --port)' : error.message;
      reject(new LitgraphError('IO', `cannot listen on ${where}: ${reason}`));
    });
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** `litgraph serve` / `npm start`: starts the server, prints its URL, stops cleanly on SIGINT/SIGTERM. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const running = await createServer(options);
  process.stdout.write(`litgraph: serving ${options.graph} at ${running.url}\n`);
  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/** A loopback server answers only to loopback host names; one bound elsewhere accepts any Host. */
function allowedHostsFor(host: string): ReadonlySet<string> | null {
  if (!LOOPBACK.test(host)) return null;
  return new Set(['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host]);
}
