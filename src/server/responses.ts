// Response builders: JSON bodies, security headers on every answer, and the one place errors become statuses.
import { LitgraphError } from '../errors';
import type { HandlerResponse } from './types';

/** Restrictive policy: the viewer is one same-origin module script and a stylesheet; WebGL needs nothing more. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function respond(
  status: number,
  body: Buffer | string,
  contentType: string,
  extra: Record<string, string> = {},
): HandlerResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache', ...extra },
    body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  };
}

export function json(status: number, value: unknown, extra: Record<string, string> = {}): HandlerResponse {
  return respond(status, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8', extra);
}

/** An error answer: `{"error": message, "parameter"?: name}`. */
export function jsonError(status: number, message: string, parameter?: string): HandlerResponse {
  return json(status, parameter ? { error: message, parameter } : { error: message });
}

/** A client error that names the parameter at fault; thrown by validators, turned into 400 by `errorResponse`. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'ParameterError';
  }
}

/**
 * Maps anything thrown while answering to a response: parameter problems and usage errors → 400, unknown
 * ids → 404, anything else → 500 with no detail (the detail goes to `log`).
 */
export function errorResponse(
  error: unknown,
  knownParameters: readonly string[],
  log: (line: string) => void,
): HandlerResponse {
  if (error instanceof ParameterError) return jsonError(error.status, error.message, error.parameter);
  if (error instanceof LitgraphError) {
    if (error.code === 'NOT_FOUND') return jsonError(404, error.message);
    if (error.code === 'USAGE' || error.code === 'BAD_INPUT') {
      return jsonError(400, error.message, parameterOf(error, knownParameters));
    }
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`litgraph serve: internal error: ${detail}`);
  return jsonError(500, 'internal error');
}

/** The parameter a usage error is about: its own `parameter` field, else the one known name it mentions. */
function parameterOf(error: LitgraphError, knownParameters: readonly string[]): string | undefined {
  const own = (error as { parameter?: unknown }).parameter;
  if (typeof own === 'string' && own) return own;
  const mentioned = knownParameters.filter((name) =>
    new RegExp(`(^|[^\\w-])(--)?${escapeRegExp(name)}([^\\w-]|$)`).test(error.message),
  );
  return mentioned.length === 1 ? mentioned[0] : undefined;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
