// Query benchmark helper: a bounded load on the loopback API with autocannon's programmatic API — fixed duration
// and connections, each connection walking the URL mix from its own seeded starting point, plus a hard stop.
import { createRequire } from 'node:module';

/** The part of autocannon's result the report uses (autocannon ships no types). */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  '2xx': number;
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  throughput: { average: number };
}

interface AutocannonClient {
  setRequests(requests: { method: string; path: string }[]): void;
}

interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  stop(): void;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { method: string; path: string }[];
  setupClient: (client: AutocannonClient) => void;
}) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  durationS: number;
  connections: number;
  urls: number;
  requestsPerSecond: number;
  requests: number;
  ok2xx: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  throughputMBps: number;
}

/** Runs the load against `base` (must be a 127.0.0.1 URL) for `durationS` seconds; stops by itself. */
export async function runLoad(
  base: string,
  paths: readonly string[],
  durationS: number,
  connections: number,
): Promise<LoadResult> {
  if (new URL(base).hostname !== '127.0.0.1') throw new Error(`load only targets 127.0.0.1, not ${base}`);
  const all = paths.map((path) => ({ method: 'GET', path }));
  let client = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: durationS,
    timeout: 10,
    requests: all,
    // Each connection starts at a different point of the mix, so the server sees every kind at once.
    setupClient: (c) => {
      const start = Math.floor((client++ * all.length) / connections);
      c.setRequests([...all.slice(start), ...all.slice(0, start)]);
    },
  });
  const guard = setTimeout(() => instance.stop(), (durationS + 60) * 1000);
  try {
    const r = await instance;
    return {
      durationS: r.duration,
      connections,
      urls: paths.length,
      requestsPerSecond: Math.round(r.requests.average * 10) / 10,
      requests: r.requests.total,
      ok2xx: r['2xx'],
      latencyMs: {
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        mean: Math.round(r.latency.average * 100) / 100,
        max: r.latency.max,
      },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      throughputMBps: Math.round((r.throughput.average / 1e6) * 100) / 100,
    };
  } finally {
    clearTimeout(guard);
  }
}
