// Checks of verb options, shared by the pure verb functions and by runQuery's parsing of string
// parameters: each failure is a USAGE error naming the parameter and what it accepts.
import { usageError } from '../errors';
import { TERM_TYPES, type TermType } from '../types';
import { DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT } from './types';

/** An integer in [min, max], or the default when undefined. */
export function checkInteger(
  name: string,
  value: number | undefined,
  min: number,
  max: number,
  fallback: number,
) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw usageError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export const checkLimit = (limit: number | undefined): number =>
  checkInteger('limit', limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
export const checkDepth = (depth: number | undefined): number =>
  checkInteger('depth', depth, 1, MAX_DEPTH, 1);

/** One of the allowed words, or the default when undefined. */
export function checkChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw usageError(`${name} must be one of ${choices.join(', ')}`);
  return value as T;
}

export function checkTypes(types: readonly string[] | undefined): TermType[] | undefined {
  if (types === undefined) return undefined;
  if (types.length === 0 || types.some((type) => !TERM_TYPES.includes(type as TermType))) {
    throw usageError(`type must be one of ${TERM_TYPES.join(', ')} (several may be given, comma-separated)`);
  }
  return [...new Set(types as TermType[])];
}
