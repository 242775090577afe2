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
  /**
   * The view the viewer opens by default (`GET /api/health` → `defaultView`): `auto` (the default) picks the
   * full graph up to `fullViewMaxNodes` nodes and the concept map above.
   */
  view?: ViewChoice;
  /** Largest graph (in nodes) the `auto` view still opens in full; default FULL_VIEW_MAX_NODES. */
  fullViewMaxNodes?: number;
}

/** What `GET /api/graph?view=` serves: the whole paper–term graph, or the terms-only concept map. */
export const GRAPH_VIEWS = ['full', 'concepts'] as const;
export type GraphView = (typeof GRAPH_VIEWS)[number];
export const VIEW_CHOICES = ['auto', ...GRAPH_VIEWS] as const;
export type ViewChoice = (typeof VIEW_CHOICES)[number];

/**
 * Above this many nodes the viewer opens the concept map instead of the full graph: software WebGL draws ~20k
 * nodes at interactive rates, 100k at under 1 fps, and graph.json grows to ~100 MB.
 */
export const FULL_VIEW_MAX_NODES = 20_000;

/** `GET /api/health`: what the viewer needs to choose its view. */
export interface HealthInfo {
  status: 'ok';
  /** Nodes and edges of the full graph. */
  nodes: number;
  edges: number;
  papers: number;
  terms: number;
  defaultView: GraphView;
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
