// The request handler: method and size checks, then the API or the viewer's files. A pure function from a
// request to a complete response, so tests can call it without a socket; `http-adapter.ts` puts it on a port.
import { type ApiContext, handleApi } from './api-routes';
import { parseQueryString } from './params';
import { errorResponse, jsonError } from './responses';
import { serveStatic } from './static-files';
import { type HandlerRequest, type HandlerResponse, MAX_QUERY_LENGTH } from './types';

export interface HandlerContext extends Omit<ApiContext, 'acceptsGzip'> {
  webDist: string;
  /** Host names accepted in the Host header (guards a loopback server against DNS rebinding); null = any. */
  allowedHosts: ReadonlySet<string> | null;
  log: (line: string) => void;
}

export type RequestHandler = (request: HandlerRequest) => Promise<HandlerResponse>;

export function createRequestHandler(context: HandlerContext): RequestHandler {
  return async (request) => {
    const response = await answer(context, request);
    const headers = { ...response.headers, 'Content-Length': String(response.body.length) };
    return { ...response, headers, body: request.method === 'HEAD' ? Buffer.alloc(0) : response.body };
  };
}

async function answer(context: HandlerContext, request: HandlerRequest): Promise<HandlerResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const response = jsonError(405, `method ${request.method} not allowed`);
    response.headers.Allow = 'GET, HEAD';
    return response;
  }
  const host = hostName(header(request, 'host'));
  if (context.allowedHosts && host !== undefined && !context.allowedHosts.has(host)) {
    return jsonError(403, 'unexpected Host header');
  }
  const url = request.url;
  const mark = url.indexOf('?');
  const rawPath = mark < 0 ? url : url.slice(0, mark);
  const search = mark < 0 ? '' : url.slice(mark + 1);
  if (search.length > MAX_QUERY_LENGTH) return jsonError(414, 'query string too long');
  let knownParameters: string[] = [];
  try {
    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      const params = parseQueryString(search);
      knownParameters = Object.keys(params);
      const acceptsGzip = /\bgzip\b/.test(header(request, 'accept-encoding') ?? '');
      return handleApi({ ...context, acceptsGzip }, rawPath, params);
    }
    return await serveStatic(context.webDist, rawPath);
  } catch (error) {
    return errorResponse(error, knownParameters, context.log);
  }
}

function header(request: HandlerRequest, name: string): string | undefined {
  const value = request.headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** "127.0.0.1:4173" → "127.0.0.1", "[::1]:80" → "[::1]", lower case. */
function hostName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const host = value.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}
