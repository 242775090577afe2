// Query-string parsing and validation for the API: every parameter is checked, and a bad one is a 400 naming it.
import type { QueryParams } from './query-api';
import { ParameterError } from './responses';

/** Parameters of one request: repeated names become arrays. */
export function parseQueryString(search: string): QueryParams {
  // No prototype: "__proto__", "constructor" or "toString" are names like any other (unknown ones, a 400).
  const params: QueryParams = Object.create(null);
  for (const [name, value] of new URLSearchParams(search)) {
    if (value.includes('\0')) throw new ParameterError(name, `parameter "${name}" contains a NUL byte`);
    const previous = params[name];
    if (previous === undefined) params[name] = value;
    else params[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return params;
}

/** Reader over one request's parameters; each getter validates and names the parameter on failure. */
export class ParamReader {
  constructor(readonly params: QueryParams) {}

  /** Throws on any parameter not in `allowed`. */
  onlyAllow(allowed: readonly string[]): this {
    for (const name of Object.keys(this.params)) {
      if (!allowed.includes(name)) {
        const known = allowed.length ? `; known: ${allowed.join(', ')}` : '';
        throw new ParameterError(name, `unknown parameter "${name}"${known}`);
      }
    }
    return this;
  }

  /** A single value or undefined; repeated values are an error. */
  optional(name: string): string | undefined {
    const value = this.params[name];
    if (Array.isArray(value)) throw new ParameterError(name, `parameter "${name}" is given more than once`);
    return value;
  }

  required(name: string, maxLength = 500): string {
    const value = this.optional(name)?.trim();
    if (!value) throw new ParameterError(name, `parameter "${name}" is required`);
    if (value.length > maxLength) {
      throw new ParameterError(name, `parameter "${name}" is longer than ${maxLength} characters`);
    }
    return value;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw new ParameterError(name, `parameter "${name}" must be an integer from ${min} to ${max}`);
    }
    return Number(raw);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new ParameterError(name, `parameter "${name}" must be one of ${allowed.join(', ')}`);
    }
    return raw as T;
  }

  /** A comma-separated list whose every item is one of `allowed` (kept as the original text). */
  listOf(name: string, allowed: readonly string[]): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const items = raw.split(',').map((item) => item.trim());
    if (!items.length || items.some((item) => !allowed.includes(item))) {
      throw new ParameterError(
        name,
        `parameter "${name}" must be a comma-separated list of ${allowed.join(', ')}`,
      );
    }
    return items.join(',');
  }
}
