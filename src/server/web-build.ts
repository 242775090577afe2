// Finds the built viewer and builds it with vite when it is missing, so `litgraph serve` works on a fresh clone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LitgraphError } from '../errors';

export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const hasBuiltViewer = (dist: string): boolean => existsSync(`${dist}/index.html`);

/** Runs `vite build` with web/vite.config.ts into `outDir`. */
export async function buildViewer(outDir = WEB_DIST): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new LitgraphError('IO', `the viewer is not built (${outDir} is missing) and vite is not installed`);
  }
  try {
    await vite.build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LitgraphError('IO', `could not build the viewer into ${outDir}: ${message}`);
  }
}

/** Makes sure `dist` holds a built viewer, building it when allowed. */
export async function ensureViewer(dist: string, build: boolean, log: (line: string) => void): Promise<void> {
  if (hasBuiltViewer(dist)) return;
  if (!build) {
    log(`litgraph serve: no viewer in ${dist} (run: npm run build:web); serving the API only`);
    return;
  }
  log(`litgraph serve: building the viewer into ${dist} …`);
  await buildViewer(dist);
}
