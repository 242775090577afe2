// runQuery: one entry point for the CLI and the HTTP API — checks the verb and its string parameters
// (every failure a USAGE error naming the parameter), then calls the verb's function.
import { usageError } from '../errors';
import type { TermType } from '../types';
import { communities, community } from './communities';
import { neighbours } from './neighbours';
import { papersOf, termsOf } from './papers';
import { path } from './path';
import { search } from './search';
import { similar } from './similar';
import { MAX_YEAR, MIN_YEAR, trends } from './trends';
import {
  MAX_DEPTH,
  MAX_LIMIT,
  QUERY_VERBS,
  type QueryDocument,
  type QueryIndex,
  type QueryVerb,
} from './types';

export type QueryParams = Record<string, string | string[] | undefined>;

/** The parameters each verb accepts; the required ones first. */
export const VERB_PARAMETERS: Readonly<
  Record<QueryVerb, { required: readonly string[]; optional: readonly string[] }>
> = {
  neighbours: { required: ['term'], optional: ['depth', 'limit', 'type', 'by'] },
  papers: { required: ['term'], optional: ['limit', 'sort'] },
  terms: { required: ['paper'], optional: [] },
  path: { required: ['from', 'to'], optional: [] },
  similar: { required: ['term'], optional: ['limit'] },
  community: { required: ['community'], optional: ['limit'] },
  search: { required: ['text'], optional: ['limit'] },
  communities: { required: [], optional: [] },
  trends: { required: [], optional: ['from', 'to', 'limit'] },
};

export function isQueryVerb(verb: string): verb is QueryVerb {
  return (QUERY_VERBS as readonly string[]).includes(verb);
}

/** Runs one verb on string parameters (as from a URL or a command line). Unset (undefined) parameters are absent. */
export function runQuery(index: QueryIndex, verb: string, params: QueryParams): QueryDocument {
  if (!isQueryVerb(verb)) {
    throw usageError(`unknown query verb "${verb}"; expected one of ${QUERY_VERBS.join(', ')}`);
  }
  const { required, optional } = VERB_PARAMETERS[verb];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (!required.includes(name) && !optional.includes(name)) {
      const expected = [...required, ...optional];
      throw usageError(
        `unknown parameter "${name}" for ${verb}${expected.length > 0 ? ` (expected: ${expected.join(', ')})` : ' (it takes none)'}`,
      );
    }
  }
  const one = (name: string): string | undefined => {
    const value = params[name];
    if (Array.isArray(value)) {
      if (value.length > 1) throw usageError(`${name} must be given once`);
      return value[0];
    }
    return value;
  };
  const need = (name: string): string => {
    const value = one(name);
    if (value === undefined || value.trim() === '') throw usageError(`${name} is required`);
    return value;
  };
  const integer = (name: string, min: number, max: number): number | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    if (!/^\s*\d+\s*$/.test(value) || Number(value) < min || Number(value) > max) {
      throw usageError(`${name} must be an integer from ${min} to ${max}`);
    }
    return Number(value);
  };
  const limit = () => integer('limit', 1, MAX_LIMIT);

  switch (verb) {
    case 'neighbours': {
      const raw = params.type;
      const types =
        raw === undefined
          ? undefined
          : (Array.isArray(raw) ? raw : [raw])
              .flatMap((value) => value.split(','))
              .map((value) => value.trim());
      return neighbours(index, need('term'), {
        depth: integer('depth', 1, MAX_DEPTH),
        limit: limit(),
        types: types as TermType[] | undefined,
        by: one('by') as never,
      });
    }
    case 'papers':
      return papersOf(index, need('term'), { limit: limit(), sort: one('sort') as never });
    case 'terms':
      return termsOf(index, need('paper'));
    case 'path':
      return path(index, need('from'), need('to'));
    case 'similar':
      return similar(index, need('term'), { limit: limit() });
    case 'community':
      return community(index, need('community'), { limit: limit() });
    case 'search':
      return search(index, need('text'), { limit: limit() });
    case 'communities':
      return communities(index);
    case 'trends':
      return trends(index, {
        from: integer('from', MIN_YEAR, MAX_YEAR),
        to: integer('to', MIN_YEAR, MAX_YEAR),
        limit: limit(),
      });
  }
}
