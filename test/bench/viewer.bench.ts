// Viewer benchmark (`npm run bench:viewer`): headless Chromium (Debian's, software WebGL) loading our viewer and a
// bare sigma page over the same seeded synthetic graphs of 5k, 20k and 50k nodes; reports the time to the first
// frame and the frame rate while the camera moves for 3 s (sigma 'afterRender' events counted). Writes a markdown
// and a JSON report to test/artifacts/bench/ and prints the table. Arguments: node counts, e.g. `-- 5000 20000`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildViewer, createServer, WEB_DIST } from '../../src/server';
import { writeFixtureGraph } from '../server/fixture-graph';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const NODE_COUNTS = SIZES.length ? SIZES : [5_000, 20_000, 50_000];
const COMMUNITIES = 20;
const MOVE_MS = 3_000;
const BARE_ROOT = fileURLToPath(new URL('./bare', import.meta.url));
const REPORTS = path.resolve('test/artifacts/bench');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

interface Row {
  nodes: number;
  edges: number;
  page: 'viewer' | 'bare sigma';
  firstFrameMs: number;
  fps: number;
  frames: number;
}

/** What the two pages expose under automation; typed here so this file needs no DOM library. */
interface PageGlobals {
  __litgraph?: {
    ready: boolean;
    firstFrameAt: number;
    sigma: {
      on(event: 'afterRender', listener: () => void): void;
      getCamera(): {
        animate(
          state: { x?: number; y?: number; ratio?: number },
          options: { duration: number; easing: string },
        ): Promise<void>;
      };
    };
  };
}

/** Opens `url`, waits for the first frame, then moves the camera for `ms` and counts rendered frames. */
async function measure(
  page: Page,
  url: string,
  ms: number,
): Promise<{ firstFrameMs: number; frames: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__litgraph?.ready === true, null, {
    timeout: 300_000,
  });
  return page.evaluate(async (duration) => {
    const app = (globalThis as unknown as PageGlobals).__litgraph!;
    let frames = 0;
    app.sigma.on('afterRender', () => {
      frames++;
    });
    const camera = app.sigma.getCamera();
    const start = performance.now();
    // One animation (sigma's own, so hideEdgesOnMove applies): pan across and zoom in; every frame is drawn.
    await camera.animate({ x: 0.7, y: 0.3, ratio: 0.35 }, { duration, easing: 'linear' });
    return { firstFrameMs: app.firstFrameAt, frames: (frames * 1000) / (performance.now() - start) };
  }, ms);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'litgraph-bench-'));
  const bareDist = path.join(work, 'bare-dist');
  process.stderr.write('building the viewer and the bare sigma page …\n');
  await buildViewer(WEB_DIST);
  const vite = await import('vite');
  await vite.build({
    root: BARE_ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: bareDist, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const rows: Row[] = [];
  try {
    for (const nodes of NODE_COUNTS) {
      const perCommunity = Math.round(nodes / COMMUNITIES);
      const termsPerCommunity = Math.round(perCommunity / 5);
      const file = path.join(work, `graph-${nodes}.json`);
      const graph = writeFixtureGraph(file, {
        communities: COMMUNITIES,
        papersPerCommunity: perCommunity - termsPerCommunity,
        termsPerCommunity,
        seed: nodes,
      });
      const servers = {
        viewer: await createServer({
          graph: file,
          port: 0,
          webDist: WEB_DIST,
          buildWeb: false,
          log: () => {},
        }),
        'bare sigma': await createServer({
          graph: file,
          port: 0,
          webDist: bareDist,
          buildWeb: false,
          log: () => {},
        }),
      };
      try {
        for (const [name, server] of Object.entries(servers) as [Row['page'], { url: string }][]) {
          const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
          const page = await context.newPage();
          // tsx (esbuild keepNames) wraps named functions in __name(); the in-page code needs it defined.
          await page.addInitScript('globalThis.__name = (fn) => fn;');
          process.stderr.write(`${name}: ${graph.order} nodes, ${graph.size} edges …\n`);
          const result = await measure(page, server.url, MOVE_MS);
          rows.push({
            nodes: graph.order,
            edges: graph.size,
            page: name,
            firstFrameMs: Math.round(result.firstFrameMs),
            fps: Math.round(result.frames * 10) / 10,
            frames: Math.round((result.frames * MOVE_MS) / 1000),
          });
          await context.close();
        }
      } finally {
        await servers.viewer.close();
        await servers['bare sigma'].close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }

  const table = [
    '| nodes | edges | page | first frame (ms) | fps while moving |',
    '| ---: | ---: | --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.nodes} | ${r.edges} | ${r.page} | ${r.firstFrameMs} | ${r.fps} |`),
  ].join('\n');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const about =
    `Headless Chromium (${browser.version()}, software WebGL, --disable-gpu), viewport 1400×900, camera moved for ` +
    `${MOVE_MS / 1000} s; first frame = navigation start to sigma's first render (graph.json fetch, parse and ` +
    'build included). "bare sigma" is sigma v3 with default settings on the same graph.';
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(path.join(REPORTS, `viewer-${stamp}.md`), `# Viewer benchmark\n\n${about}\n\n${table}\n`);
  writeFileSync(path.join(REPORTS, `viewer-${stamp}.json`), `${JSON.stringify({ about, rows }, null, 2)}\n`);
  process.stdout.write(`${table}\n\nreports: test/artifacts/bench/viewer-${stamp}.{md,json}\n`);
}

await main();
