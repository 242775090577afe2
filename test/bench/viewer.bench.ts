// Viewer benchmark (`npm run bench:viewer`): headless Chromium (Debian's, software WebGL) loading our viewer and a
// bare sigma page over the same seeded synthetic graphs of 5k, 20k and 50k nodes; reports the time to the first
// frame and the frame rate while the camera moves for 3 s (sigma 'afterRender' events counted). Writes a markdown
// and a JSON report to test/artifacts/bench/ and prints the table. Arguments: node counts, e.g. `-- 5000 20000`,
// and `--repeat N` to load each page N times, alternating, and keep the medians (default 3: the machine is shared
// and single loads are noisy).
//
// Fairness: both pages are timed from navigation start (performance.now()) and include fetching and parsing the
// same /api/graph JSON (the viewer is served with `view: 'full'`, so it draws the same full graph and not the
// concept map above 20k nodes); the first frame is the end of sigma's first render (sigma renders synchronously in
// its constructor, then emits afterRender), the first paint is when that frame has been handed to the compositor
// (a task posted from the next animation frame: with software WebGL the GPU work lands here); the bare page uses
// the viewer's drawing settings (node programs, labels, hideEdgesOnMove, zIndex) and a canvas of the size of the
// viewer's graph area.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildViewer, createServer, WEB_DIST } from '../../src/server';
import { writeFixtureGraph } from '../server/fixture-graph';

const ARGV = process.argv.slice(2);
const REPEAT_AT = ARGV.indexOf('--repeat');
const REPEAT = REPEAT_AT >= 0 ? Math.max(1, Number(ARGV[REPEAT_AT + 1]) || 1) : 3;
const SIZES = ARGV.filter((_arg, i) => REPEAT_AT < 0 || (i !== REPEAT_AT && i !== REPEAT_AT + 1))
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
  /** Navigation start to the end of sigma's first render (afterRender). */
  firstFrameMs: number;
  /** Navigation start to that frame handed to the compositor. */
  firstPaintMs: number;
  fps: number;
  frames: number;
  /** Canvas (graph container) size in CSS pixels. */
  canvas: string;
  /** Every load's first frame, first paint (ms) and fps, in order. */
  samples: [number, number, number][];
}

interface Measure {
  firstFrameMs: number;
  firstPaintMs: number;
  frames: number;
  width: number;
  height: number;
}

/** What the two pages expose under automation; typed here so this file needs no DOM library. */
interface PageGlobals {
  __litgraph?: {
    ready: boolean;
    firstFrameAt: number;
    firstPaintAt: number;
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
async function measure(page: Page, url: string, ms: number): Promise<Measure> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const app = (globalThis as unknown as PageGlobals).__litgraph;
      return app?.ready === true && app.firstPaintAt > 0;
    },
    null,
    { timeout: 300_000 },
  );
  return page.evaluate(async (duration) => {
    const app = (globalThis as unknown as PageGlobals).__litgraph!;
    // Typed loosely: this file has no DOM library.
    const doc = (globalThis as unknown as { document: { getElementById(id: string): unknown } }).document;
    const box = (
      doc.getElementById('graph') as { getBoundingClientRect(): { width: number; height: number } }
    ).getBoundingClientRect();
    let frames = 0;
    app.sigma.on('afterRender', () => {
      frames++;
    });
    const camera = app.sigma.getCamera();
    const start = performance.now();
    // One animation (sigma's own, so hideEdgesOnMove applies): pan across and zoom in; every frame is drawn.
    await camera.animate({ x: 0.7, y: 0.3, ratio: 0.35 }, { duration, easing: 'linear' });
    return {
      firstFrameMs: app.firstFrameAt,
      firstPaintMs: app.firstPaintAt,
      frames: (frames * 1000) / (performance.now() - start),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  }, ms);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  const startLoad = load();
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
      // Both servers serve the full graph: above 20k nodes the viewer would otherwise open the concept map.
      const serve = (webDist: string) =>
        createServer({ graph: file, port: 0, webDist, buildWeb: false, view: 'full', log: () => {} });
      const servers = { viewer: await serve(WEB_DIST), 'bare sigma': await serve(bareDist) };
      try {
        // The bare page's window is the viewer's graph area (set after the viewer's first load), so both draw the
        // same number of pixels.
        let viewport = { width: 1400, height: 900 };
        const runs: Record<Row['page'], Measure[]> = { viewer: [], 'bare sigma': [] };
        for (let run = 0; run < REPEAT; run++) {
          for (const name of ['viewer', 'bare sigma'] as const) {
            const context = await browser.newContext({
              viewport: name === 'viewer' ? { width: 1400, height: 900 } : viewport,
            });
            const page = await context.newPage();
            // tsx (esbuild keepNames) wraps named functions in __name(); the in-page code needs it defined.
            await page.addInitScript('globalThis.__name = (fn) => fn;');
            process.stderr.write(`${name}: ${graph.order} nodes, ${graph.size} edges (load ${load()}) …\n`);
            const result = await measure(page, servers[name].url, MOVE_MS);
            if (name === 'viewer') viewport = { width: result.width, height: result.height };
            runs[name].push(result);
            await context.close();
          }
        }
        for (const name of ['viewer', 'bare sigma'] as const) {
          const results = runs[name];
          const fps = median(results.map((r) => r.frames));
          rows.push({
            nodes: graph.order,
            edges: graph.size,
            page: name,
            firstFrameMs: Math.round(median(results.map((r) => r.firstFrameMs))),
            firstPaintMs: Math.round(median(results.map((r) => r.firstPaintMs))),
            fps: Math.round(fps * 10) / 10,
            frames: Math.round((fps * MOVE_MS) / 1000),
            canvas: `${results[0].width}×${results[0].height}`,
            samples: results.map((r) => [
              Math.round(r.firstFrameMs),
              Math.round(r.firstPaintMs),
              Math.round(r.frames * 10) / 10,
            ]),
          });
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
    '| nodes | edges | page | canvas | first frame (ms) | first paint (ms) | fps while moving |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.nodes} | ${r.edges} | ${r.page} | ${r.canvas} | ${r.firstFrameMs} | ${r.firstPaintMs} | ${r.fps} |`,
    ),
  ].join('\n');
  // Target (issue 3): first frame within 1.25× bare sigma's, frame rate at least 0.8× bare sigma's.
  const verdicts = NODE_COUNTS.flatMap((_n, i) => {
    const viewer = rows[2 * i];
    const bare = rows[2 * i + 1];
    if (!viewer || !bare) return [];
    const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : '–');
    const ok = (pass: boolean): string => (pass ? 'yes' : 'NO');
    return [
      `| ${viewer.nodes} | ${ratio(viewer.firstFrameMs, bare.firstFrameMs)} | ` +
        `${ratio(viewer.firstPaintMs, bare.firstPaintMs)} | ${ratio(viewer.fps, bare.fps)} | ` +
        `${ok(viewer.firstFrameMs <= 1.25 * bare.firstFrameMs)} | ` +
        `${ok(viewer.firstPaintMs <= 1.25 * bare.firstPaintMs)} | ${ok(viewer.fps >= 0.8 * bare.fps)} |`,
    ];
  });
  const summary = [
    '| nodes | first frame viewer/bare | first paint viewer/bare | fps viewer/bare | frame ≤ 1.25× | paint ≤ 1.25× | fps ≥ 0.8× |',
    '| ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...verdicts,
  ].join('\n');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const about =
    `Headless Chromium (${browser.version()}, software WebGL, --disable-gpu), viewer viewport 1400×900, camera ` +
    `moved for ${MOVE_MS / 1000} s; median of ${REPEAT} load(s) per page; load average (1, 5, 15 min) ` +
    `${startLoad} at the start, ${load()} at the end. ` +
    "First frame = navigation start to the end of sigma's first render (afterRender; graph.json fetch and parse " +
    'included, and for the viewer validation and graph building); first paint = to that frame handed to the ' +
    'compositor. "bare sigma" is sigma v3 with the viewer\'s drawing settings, no reducers or panels, on the same ' +
    "full graph, in a window the size of the viewer's graph area.";
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(
    path.join(REPORTS, `viewer-${stamp}.md`),
    `# Viewer benchmark\n\n${about}\n\n${table}\n\n${summary}\n`,
  );
  writeFileSync(path.join(REPORTS, `viewer-${stamp}.json`), `${JSON.stringify({ about, rows }, null, 2)}\n`);
  process.stdout.write(
    `${about}\n\n${table}\n\n${summary}\n\nreports: test/artifacts/bench/viewer-${stamp}.{md,json}\n`,
  );
}

await main();
