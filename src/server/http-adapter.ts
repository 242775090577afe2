// Puts a RequestHandler on node:http: copies the request in, writes the response out, never leaks a stack.
// Requests node's parser refuses (malformed, headers too large) and requests with several Host headers (RFC 9112
// §3.2: answer 400) get a JSON error with the same security headers as every other answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from './handler';
import { jsonError } from './responses';
import type { HandlerResponse } from './types';

export function toNodeListener(handler: RequestHandler, log: (line: string) => void) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const write = (answer: HandlerResponse) => {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    };
    if (hostHeaders(request.rawHeaders) > 1) {
      write(withLength(jsonError(400, 'more than one Host header')));
      return;
    }
    handler({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers })
      .catch((error: unknown) => {
        log(`litgraph serve: internal error: ${error instanceof Error ? error.stack : String(error)}`);
        return withLength(jsonError(500, 'internal error'));
      })
      .then(write);
  };
}

function hostHeaders(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i].toLowerCase() === 'host') count++;
  return count;
}

const withLength = (answer: HandlerResponse): HandlerResponse => ({
  ...answer,
  headers: { ...answer.headers, 'Content-Length': String(answer.body.length) },
});

/** The bytes answering a request node's HTTP parser refused (`clientError`), closing the connection. */
export function parserErrorResponse(code: string | undefined): string {
  const [status, reason, message] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'request line or headers too large']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request timeout']
        : [400, 'Bad Request', 'malformed request'];
  const answer = withLength(jsonError(status, message));
  const head = Object.entries({ ...answer.headers, Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return `HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${answer.body.toString('utf8')}`;
}
