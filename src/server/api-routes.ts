// The JSON API: a small table of GET routes over `src/query`, each validating its parameters before calling it.
import { writeGexfString } from '../export';
import { TERM_TYPES } from '../types';
import type { GraphViews } from './graph-views';
import { summariseNode } from './node-summary';
import { ParamReader } from './params';
import {
  isQueryVerb,
  MAX_DEPTH,
  MAX_LIMIT,
  NEIGHBOUR_MEASURES,
  QUERY_VERBS,
  type QueryApi,
  type QueryParams,
  type ServedGraph,
} from './query-api';
import { json, jsonError, ParameterError, respond } from './responses';
import { GRAPH_VIEWS, type HandlerResponse } from './types';

export interface ApiContext {
  graph: ServedGraph;
  index: unknown;
  api: QueryApi;
  /** The full graph and the concept map, serialised and gzipped, and the health record. */
  views: GraphViews;
  acceptsGzip: boolean;
}

type Route = (context: ApiContext, params: ParamReader, match: RegExpExecArray) => HandlerResponse;

/** GEXF is written once per graph, on first request. */
const gexfCache = new WeakMap<ServedGraph, Buffer>();

const ROUTES: readonly [RegExp, Route][] = [
  [
    /^\/api\/health$/,
    ({ views }, params) => {
      params.onlyAllow([]);
      return json(200, views.health);
    },
  ],
  [
    /^\/api\/graph$/,
    ({ views, acceptsGzip }, params) => {
      params.onlyAllow(['view']);
      const body = views.body(params.oneOf('view', GRAPH_VIEWS) ?? 'full');
      const type = 'application/json; charset=utf-8';
      return acceptsGzip
        ? respond(200, body.gzip, type, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
        : respond(200, body.json, type, { Vary: 'Accept-Encoding' });
    },
  ],
  [
    /^\/api\/search$/,
    ({ api, index }, params) => {
      params.onlyAllow(['q', 'limit']);
      const text = params.required('q', 200);
      const limit = params.integer('limit', 1, MAX_LIMIT);
      return json(200, api.runQuery(index, 'search', compact({ text, limit })));
    },
  ],
  [
    /^\/api\/node\/([^/]+)$/,
    ({ graph }, params, match) => {
      params.onlyAllow([]);
      return json(200, summariseNode(graph, decodeSegment(match[1], 'id')));
    },
  ],
  [
    /^\/api\/neighbours$/,
    ({ api, index }, params) => {
      params.onlyAllow(['id', 'depth', 'limit', 'type', 'by']);
      const term = params.required('id');
      const depth = params.integer('depth', 1, MAX_DEPTH);
      const limit = params.integer('limit', 1, MAX_LIMIT);
      const type = params.listOf('type', TERM_TYPES);
      const by = params.oneOf('by', NEIGHBOUR_MEASURES);
      return json(200, api.runQuery(index, 'neighbours', compact({ term, depth, limit, type, by })));
    },
  ],
  [
    /^\/api\/communities$/,
    ({ api, index }, params) => {
      params.onlyAllow([]);
      return json(200, api.runQuery(index, 'communities', {}));
    },
  ],
  [
    /^\/api\/query\/([^/]+)$/,
    ({ api, index }, params, match) => {
      const verb = decodeSegment(match[1], 'verb');
      if (!isQueryVerb(verb)) {
        return jsonError(404, `unknown query verb "${verb}"; known: ${QUERY_VERBS.join(', ')}`);
      }
      return json(200, api.runQuery(index, verb, params.params));
    },
  ],
  [
    /^\/api\/export\.gexf$/,
    ({ graph }, params) => {
      params.onlyAllow([]);
      let body = gexfCache.get(graph);
      if (!body) {
        body = Buffer.from(writeGexfString(graph), 'utf8');
        gexfCache.set(graph, body);
      }
      return respond(200, body, 'application/gexf+xml; charset=utf-8', {
        'Content-Disposition': 'attachment; filename="litgraph.gexf"',
      });
    },
  ],
];

/** Answers a GET under /api/; `rawPath` is undecoded, parameters already parsed. */
export function handleApi(context: ApiContext, rawPath: string, params: QueryParams): HandlerResponse {
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(rawPath);
    if (match) return route(context, new ParamReader(params), match);
  }
  return jsonError(404, `unknown API route ${rawPath}`);
}

/** Drops undefined values and turns numbers into the strings the query layer parses. */
function compact(values: Record<string, string | number | undefined>): QueryParams {
  const out: QueryParams = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = String(value);
  return out;
}

function decodeSegment(segment: string, name: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ParameterError(name, `malformed percent-encoding in ${name}`);
  }
}
