// Serves the built viewer from one folder and nothing outside it: the request path is decoded once, checked
// segment by segment, resolved, and its real path must still lie inside the folder. No directory listings.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { jsonError, respond } from './responses';
import type { HandlerResponse } from './types';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const notFound = (): HandlerResponse => jsonError(404, 'not found');

/**
 * The path segments a raw request path names inside the served folder, or undefined when the path is not
 * acceptable: encoded slashes or backslashes, NUL, `.`/`..`, empty or hidden segments, bad escapes.
 */
export function safeSegments(rawPath: string): string[] | undefined {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return undefined;
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.slice(1).split('/');
  if (segments.length === 1 && segments[0] === '') return ['index.html'];
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.')) return undefined;
  }
  return segments;
}

/** Answers a GET for a file of the viewer; `/` is index.html. */
export async function serveStatic(root: string, rawPath: string): Promise<HandlerResponse> {
  const segments = safeSegments(rawPath);
  if (!segments) return notFound();
  const base = await realpath(root).catch(() => undefined);
  if (!base) return jsonError(503, 'the viewer is not built (run: npm run build:web)');
  const file = path.resolve(base, ...segments);
  if (!file.startsWith(base + path.sep)) return notFound();
  const real = await realpath(file).catch(() => undefined);
  if (!real?.startsWith(base + path.sep)) return notFound();
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return notFound();
  const body = await readFile(real);
  // Vite fingerprints everything under assets/, so those never change; the page itself is revalidated.
  const immutable = segments[0] === 'assets' && segments.length > 1;
  return respond(200, body, contentTypeOf(real), {
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}
