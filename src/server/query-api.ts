// The slice of `src/query` the server uses, as an interface so a test can hand in a stand-in (e.g. one that
// fails) while the server itself always runs over the real module.
import { createQueryIndex, type LitgraphGraph, loadGraphFile, type QueryDocument, runQuery } from '../query';

export type ServedGraph = LitgraphGraph;

export type QueryParams = Record<string, string | string[] | undefined>;

export interface QueryApi<Index = unknown> {
  loadGraphFile(path: string): ServedGraph;
  createQueryIndex(graph: ServedGraph): Index;
  runQuery(index: Index, verb: string, params: QueryParams): QueryDocument;
}

export const REAL_QUERY_API = { loadGraphFile, createQueryIndex, runQuery } as QueryApi;

export { isQueryVerb, MAX_DEPTH, MAX_LIMIT, NEIGHBOUR_MEASURES, QUERY_VERBS } from '../query';
