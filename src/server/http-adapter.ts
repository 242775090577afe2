// Puts a RequestHandler on node:http: copies the request in, writes the response out, never leaks a stack.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from './handler';
import { jsonError } from './responses';

export function toNodeListener(handler: RequestHandler, log: (line: string) => void) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handler({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers })
      .catch((error: unknown) => {
        log(`litgraph serve: internal error: ${error instanceof Error ? error.stack : String(error)}`);
        return jsonError(500, 'internal error');
      })
      .then((answer) => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      });
  };
}
