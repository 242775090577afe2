// The request handler called directly, without a socket: the same answers as over a port, and the 500 path
// (a failing query layer) that must never leak a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { createQueryIndex, loadGraphFile, runQuery } from '../../src/query';
import { prepareHandler, type RequestHandler } from '../../src/server';
import { type Fixture, makeFixture } from './helpers';

let fixture: Fixture;
let handler: RequestHandler;
const logs: string[] = [];

beforeAll(async () => {
  fixture = makeFixture();
  handler = await prepareHandler(
    { graph: fixture.graphFile, webDist: fixture.webDist, buildWeb: false, log: (line) => logs.push(line) },
    {
      queryApi: {
        loadGraphFile,
        createQueryIndex,
        runQuery: (index, verb, params) => {
          if (params.text === 'explode') throw new TypeError('secret internal detail');
          if (params.text === 'io') throw new LitgraphError('IO', 'disk on fire');
          return runQuery(index as ReturnType<typeof createQueryIndex>, verb, params);
        },
      },
    },
  );
});

afterAll(() => fixture?.cleanup());

const body = (response: { body: Buffer }) => JSON.parse(response.body.toString('utf8'));

describe('handler called directly', () => {
  it('answers the API', async () => {
    const response = await handler({ method: 'GET', url: '/api/health' });
    expect(response.status).toBe(200);
    expect(body(response)).toMatchObject({ status: 'ok', nodes: fixture.graph.order });
    expect(response.headers['Content-Length']).toBe(String(response.body.length));
  });

  it('serves the viewer and refuses traversal', async () => {
    expect((await handler({ method: 'GET', url: '/' })).status).toBe(200);
    expect((await handler({ method: 'GET', url: '/../secret.txt' })).status).toBe(404);
    expect((await handler({ method: 'GET', url: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('405 for other methods', async () => {
    const response = await handler({ method: 'POST', url: '/api/health' });
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe('GET, HEAD');
  });

  it.each(['explode', 'io'])('an unexpected failure (%s) is a bare 500', async (text) => {
    logs.length = 0;
    const response = await handler({ method: 'GET', url: `/api/search?q=${text}` });
    expect(response.status).toBe(500);
    expect(body(response)).toEqual({ error: 'internal error' });
    expect(response.body.toString()).not.toMatch(/secret internal detail|disk on fire|\.ts:\d+/);
    expect(logs.join('\n')).toMatch(/secret internal detail|disk on fire/);
  });

  it('accepts any Host when none is sent, refuses a foreign one', async () => {
    expect((await handler({ method: 'GET', url: '/api/health', headers: {} })).status).toBe(200);
    const foreign = await handler({ method: 'GET', url: '/api/health', headers: { host: 'attacker.test' } });
    expect(foreign.status).toBe(403);
  });
});
