// Concept-map benchmark (`npm run bench:concepts`): builds the first N records of the ACL corpus (default 20,000,
// layout included) with runBuild, serves it, and loads the viewer in headless Chromium (Debian's, software WebGL)
// once in the concept view and once in the full view; reports each view's size (nodes, edges, gzipped bytes sent),
// the time to the first frame and the frame rate while the camera moves for 3 s. Writes a markdown and a JSON
// report to test/artifacts/bench/ and prints the table. Arguments: paper counts, e.g. `-- 5000 20000`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { runBuild } from '../../src/pipeline';
import { buildViewer, createServer, WEB_DIST } from '../../src/server';
import { writeAclSubset } from '../helpers/acl-subset';

const COUNTS = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const PAPER_COUNTS = COUNTS.length ? COUNTS : [20_000];
const VIEWS = ['concepts', 'full'] as const;
const MOVE_MS = 3_000;
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
  papers: number;
  view: (typeof VIEWS)[number];
  nodes: number;
  edges: number;
  gzipKb: number;
  firstFrameMs: number;
  fps: number;
}

/** What the viewer exposes under automation; typed here so this file needs no DOM library. */
interface PageGlobals {
  __litgraph?: {
    ready: boolean;
    view: string;
    firstFrameAt: number;
    sigma: {
      getGraph(): { order: number; size: number };
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
async function measure(page: Page, url: string, ms: number) {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__litgraph?.ready === true, null, {
    timeout: 600_000,
  });
  return page.evaluate(async (duration) => {
    const app = (globalThis as unknown as PageGlobals).__litgraph!;
    let frames = 0;
    app.sigma.on('afterRender', () => {
      frames++;
    });
    const start = performance.now();
    await app.sigma.getCamera().animate({ x: 0.7, y: 0.3, ratio: 0.35 }, { duration, easing: 'linear' });
    const graph = app.sigma.getGraph();
    return {
      view: app.view,
      nodes: graph.order,
      edges: graph.size,
      firstFrameMs: app.firstFrameAt,
      fps: (frames * 1000) / (performance.now() - start),
    };
  }, ms);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'litgraph-bench-concepts-'));
  process.stderr.write('building the viewer …\n');
  await buildViewer(WEB_DIST);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const rows: Row[] = [];
  const builds: { papers: number; buildMs: number }[] = [];
  try {
    for (const papers of PAPER_COUNTS) {
      const input = path.join(work, `acl-${papers}.jsonl`);
      const out = path.join(work, `out-${papers}`);
      await writeAclSubset(papers, input);
      process.stderr.write(`building the first ${papers} ACL records (layout included) …\n`);
      const t0 = performance.now();
      await runBuild({ inputs: [input], out, cache: false }, { quiet: true });
      builds.push({ papers, buildMs: Math.round(performance.now() - t0) });
      const server = await createServer({
        graph: path.join(out, 'graph.json'),
        port: 0,
        webDist: WEB_DIST,
        buildWeb: false,
        log: () => {},
      });
      try {
        for (const view of VIEWS) {
          const body = Buffer.from(
            await fetch(new URL(`/api/graph?view=${view}`, server.url)).then((r) => r.text()),
          );
          const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
          const page = await context.newPage();
          // tsx (esbuild keepNames) wraps named functions in __name(); the in-page code needs it defined.
          await page.addInitScript('globalThis.__name = (fn) => fn;');
          process.stderr.write(`${papers} papers, ${view} view …\n`);
          const result = await measure(page, `${server.url}#view=${view}`, MOVE_MS);
          if (result.view !== view)
            throw new Error(`asked for the ${view} view, the viewer drew ${result.view}`);
          rows.push({
            papers,
            view,
            nodes: result.nodes,
            edges: result.edges,
            gzipKb: Math.round(gzipSync(body).length / 1024),
            firstFrameMs: Math.round(result.firstFrameMs),
            fps: Math.round(result.fps * 10) / 10,
          });
          await context.close();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }

  const table = [
    '| papers | view | nodes | edges | graph sent (gzip, KB) | first frame (ms) | fps while moving |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.papers} | ${r.view} | ${r.nodes} | ${r.edges} | ${r.gzipKb} | ${r.firstFrameMs} | ${r.fps} |`,
    ),
  ].join('\n');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const about =
    `Headless Chromium (${browser.version()}, software WebGL, --disable-gpu), viewport 1400×900, camera moved for ` +
    `${MOVE_MS / 1000} s; first frame = navigation start to sigma's first render (health, graph fetch, parse and ` +
    `build included). Builds: ${builds.map((b) => `${b.papers} papers in ${Math.round(b.buildMs / 1000)} s`).join(', ')}.`;
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(
    path.join(REPORTS, `concept-map-${stamp}.md`),
    `# Concept map vs full view\n\n${about}\n\n${table}\n`,
  );
  writeFileSync(
    path.join(REPORTS, `concept-map-${stamp}.json`),
    `${JSON.stringify({ about, builds, rows }, null, 2)}\n`,
  );
  process.stdout.write(`${table}\n\nreports: test/artifacts/bench/concept-map-${stamp}.{md,json}\n`);
}

await main();
