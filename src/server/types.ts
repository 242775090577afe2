// Options and results of the HTTP server (`litgraph serve`): what callers pass in and what they get back.
import type { Server } from 'node:http';

export interface ServerOptions {
  /** Path of the graph.json written by `litgraph build`. */
  graph: string;
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** TCP port; 0 picks a free one. */
  port?: number;
  /** Folder of the built viewer; defaults to `web/dist` of this checkout. */
  webDist?: string;
  /** Build the viewer with vite when `webDist` has no index.html (default true). */
  buildWeb?: boolean;
  /** Where progress lines go (default: stderr). */
  log?: (line: string) => void;
}

export interface RunningServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:4173/ */
  url: string;
  close(): Promise<void>;
}

/** A request as the handler sees it: enough of node's IncomingMessage to call it directly in tests. */
export interface HandlerRequest {
  method: string;
  /** The raw request target (path and query string), as received. */
  url: string;
  headers?: Record<string, string | string[] | undefined>;
}

/** A complete response; the node:http adapter writes it, tests read it. */
export interface HandlerResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;
/** Longest query string accepted before answering 414. */
export const MAX_QUERY_LENGTH = 2048;
