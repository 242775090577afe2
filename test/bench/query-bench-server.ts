// Query benchmark helpers: the real `litgraph serve` in a child process on 127.0.0.1 (port picked by the OS), its
// memory read from /proc/<pid>/status, and a stop that ends only that child.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ServerChild {
  pid: number;
  /** Base URL without the trailing slash, e.g. http://127.0.0.1:41234 */
  base: string;
  /** From spawn to the "serving … at" line: graph loaded, index built, views serialised. */
  startupMs: number;
  stop(): Promise<void>;
}

/** VmRSS and VmHWM (peak) of a process in MB, from /proc/<pid>/status. */
export function procMemoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (clock ticks of 1/100 s on Linux). */
export function procCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts `node src/cli/litgraph.mjs serve --graph FILE --host 127.0.0.1 --port 0` and waits for its URL. */
export async function startServerChild(graphFile: string, timeoutMs = 600_000): Promise<ServerChild> {
  const cli = path.resolve('src/cli/litgraph.mjs');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--graph', graphFile, '--host', '127.0.0.1', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
  try {
    const base = await waitForUrl(child, timeoutMs);
    return {
      pid: child.pid!,
      base,
      startupMs: Math.round(performance.now() - started),
      stop: async () => {
        await stop();
        process.off('exit', onExit);
      },
    };
  } catch (error) {
    await stop();
    process.off('exit', onExit);
    throw error;
  }
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = / at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening (code ${code}, signal ${signal})`));
    });
  });
}
