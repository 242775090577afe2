// The viewer in real Chromium over the seeded fixture graph: it loads without console errors and draws, search
// selects a term and lists its papers, the legend hides a community, filters and neighbourhood mode hide nodes,
// the year overlay colours by year, the URL hash restores the view, hostile text stays text, exports download
// valid files, load errors are shown.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type RunningServer, WEB_DIST } from '../../src/server';
import type { NodeAttributes } from '../../src/types';
import { luminance } from '../helpers/luminance';
import { buildFixtureGraph, XSS_TITLE } from '../server/fixture-graph';
import { inkRatio, openBrowser, openViewer, type Session, settle } from './browser';

interface Exported {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { source: string; target: string }[];
}

const VAE = 'term:variational autoencoder';
const XSS_PAPER = 'paper:p00003';
const JS_URL_PAPER = 'paper:p00005';

let running: RunningServer;
let session: Session;
let page: Page;
let graph: Exported;

const byKey = (key: string) => graph.nodes.find((n) => n.key === key)?.attributes as NodeAttributes;
const neighboursOf = (key: string) =>
  graph.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : []));
const nodesWhere = (predicate: (a: NodeAttributes) => boolean) =>
  graph.nodes.filter((n) => predicate(n.attributes)).map((n) => n.key);

/** sigma's display data `hidden` flag of every node, read in the page. */
const hiddenFlags = (): Promise<Record<string, boolean>> =>
  page.evaluate(() => {
    const app = window.__litgraph!;
    const out: Record<string, boolean> = {};
    for (const node of app.model.graph.nodes()) out[node] = app.sigma.getNodeDisplayData(node).hidden;
    return out;
  });

const hiddenSet = async (): Promise<string[]> =>
  Object.entries(await hiddenFlags())
    .filter(([, hidden]) => hidden)
    .map(([node]) => node)
    .sort();

/** sigma's display colour of every node, read in the page. */
const displayColours = (): Promise<Record<string, string>> =>
  page.evaluate(() => {
    const app = window.__litgraph!;
    const out: Record<string, string> = {};
    for (const node of app.model.graph.nodes()) out[node] = app.sigma.getNodeDisplayData(node).color;
    return out;
  });

const gotoHash = async (hash: string): Promise<void> => {
  await openViewer(page, `${running.url}${hash}`);
};

// Under the main vitest config (no globalSetup, nothing provided) these tests are skipped: run them with
// `npm run test:e2e` (test/e2e/vitest.config.ts).
describe.skipIf(inject('fixtureGraph') === undefined)('the viewer in Chromium', () => {
  beforeAll(async () => {
    const file = inject('fixtureGraph');
    graph = JSON.parse(readFileSync(file, 'utf8'));
    running = await createServer({ graph: file, port: 0, webDist: WEB_DIST, buildWeb: false, log: () => {} });
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    await running?.close();
  });

  describe('loading', () => {
    it('loads with no console errors and draws a non-blank graph', async () => {
      await openViewer(page, running.url);
      expect(await page.locator('#status').isHidden()).toBe(true);
      const shot = await page.locator('#graph').screenshot();
      expect(await inkRatio(session.context, shot)).toBeGreaterThan(0.01);
      const drawn = await page.evaluate(() => window.__litgraph!.sigma.getGraph().order);
      expect(drawn).toBe(graph.nodes.length);
      expect(await page.locator('.legend button').count()).toBe(4);
      expect(session.errors).toEqual([]);
    });

    it('draws the graph before it builds the panels', async () => {
      // The start-up marks of web/src/main.ts and app-controller.ts, in navigation-start milliseconds.
      const at = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      const order = ['model', 'first-frame', 'first-paint', 'panels', 'ready'].map(
        (name) => at[`litgraph:${name}`],
      );
      expect(order.every((time) => typeof time === 'number')).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(at['litgraph:first-paint']).toBeGreaterThan(at['litgraph:first-frame']);
    });

    it('draws papers and terms with different programs', async () => {
      const types = await page.evaluate(
        (keys) => keys.map((k) => window.__litgraph!.sigma.getNodeDisplayData(k).type),
        [VAE, 'paper:p00000'],
      );
      expect(types).toEqual(['term', 'paper']);
    });
  });

  describe('search and selection', () => {
    it('suggests as you type; picking "autoencoder" selects the term and lists its papers', async () => {
      await openViewer(page, running.url);
      const input = page.getByRole('combobox', { name: 'Search' });
      expect(await input.getAttribute('type')).toBe('search');
      await input.fill('autoencoder');
      const options = page.locator('#search-suggestions [role="option"]');
      await options.first().waitFor();
      expect(await options.first().getAttribute('data-node')).toBe(VAE);
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      await input.press('Enter');
      await settle(page);

      expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`node=${VAE}`.replace(' ', '+'));
      const details = page.locator('#details');
      expect(await details.locator('h2').textContent()).toBe('variational autoencoder');
      expect(await details.textContent()).toContain('VAE, autoencoder');
      expect(await details.textContent()).toContain('generative models');
      const listed = await details.locator('ul[aria-label="Papers"] button').allTextContents();
      const expected = neighboursOf(VAE).map((p) => byKey(p).label);
      expect([...listed].sort()).toEqual([...expected].sort());
      const coTerms = await details.locator('ul[aria-label="Co-occurring terms"] button').count();
      expect(coTerms).toBeGreaterThan(0);
      const zoomed = await page.evaluate(() => window.__litgraph!.sigma.getCamera().ratio);
      expect(zoomed).toBeLessThan(1);
    });

    it('a co-occurring term in the panel is clickable', async () => {
      const first = page.locator('#details ul[aria-label="Co-occurring terms"] button').first();
      const target = await first.getAttribute('data-node');
      await first.click();
      await settle(page);
      expect(await page.locator('#details h2').textContent()).toBe(byKey(target as string).label);
    });

    it('hover highlights the neighbours and dims the rest, without selecting', async () => {
      await openViewer(page, running.url);
      const point = await page.evaluate((node) => {
        const { sigma } = window.__litgraph!;
        const data = sigma.getNodeDisplayData(node);
        return sigma.framedGraphToViewport({ x: data.x, y: data.y });
      }, VAE);
      const box = await page.locator('#graph').boundingBox();
      if (!box) throw new Error('no graph container');
      await page.mouse.move(box.x + point.x, box.y + point.y);
      await page.waitForFunction(
        (node) => window.__litgraph!.sigma.getNodeDisplayData(node).highlighted === true,
        VAE,
      );
      const colours = await page.evaluate(
        (others) => others.map((k) => window.__litgraph!.sigma.getNodeDisplayData(k).color),
        [neighboursOf(VAE)[0], 'term:transformer'],
      );
      expect(colours[0]).toBe(byKey(neighboursOf(VAE)[0]).color);
      expect(colours[1]).not.toBe(byKey('term:transformer').color);
      expect(await page.evaluate(() => window.__litgraph!.store.get().selected)).toBeNull();
      await page.mouse.click(box.x + point.x, box.y + point.y);
      await page.waitForFunction((node) => window.__litgraph!.store.get().selected === node, VAE);
      await page.mouse.move(box.x + 2, box.y + 2);
    });
  });

  describe('legend and filters', () => {
    it('clicking a legend entry hides that community, clicking again shows it', async () => {
      await openViewer(page, running.url);
      const entry = page.locator('.legend button[data-community="1"]');
      await entry.click();
      await settle(page);
      expect(await entry.getAttribute('aria-pressed')).toBe('false');
      expect(await hiddenSet()).toEqual(nodesWhere((a) => a.community === 1).sort());
      expect(new URL(page.url()).hash).toContain('hidden=1');
      await entry.click();
      await settle(page);
      expect(await hiddenSet()).toEqual([]);
    });

    it('colours nodes by year with a ramp legend (old dark, new light) and back by community', async () => {
      await openViewer(page, running.url);
      expect(await page.locator('.year-legend').isHidden()).toBe(true);
      await page.locator('input[name="colorBy"][value="year"]').check();
      await settle(page);
      expect(new URL(page.url()).hash).toContain('color=year');
      expect(await page.locator('.year-legend').isVisible()).toBe(true);
      const colours = await displayColours();
      const papers = graph.nodes.filter((n) => n.attributes.kind === 'paper' && n.attributes.year);
      const yearOf = (key: string) => (byKey(key) as { year: number }).year;
      const years = papers.map((n) => yearOf(n.key));
      const [oldest, newest] = [Math.min(...years), Math.max(...years)];
      // Same year, same colour; the ramp's end years are the legend's; old papers darker than new ones.
      const byYear = new Map<number, Set<string>>();
      for (const n of papers)
        byYear.set(yearOf(n.key), (byYear.get(yearOf(n.key)) ?? new Set()).add(colours[n.key]));
      for (const set of byYear.values()) expect(set.size).toBe(1);
      expect(byYear.size).toBeGreaterThan(3);
      const [low, high] = await page.locator('.year-legend .ramp-labels span').allTextContents();
      expect(Number(low.replace(/\D/g, ''))).toBeGreaterThanOrEqual(oldest);
      expect(Number(high.replace(/\D/g, ''))).toBeLessThanOrEqual(newest);
      const lum = (key: string) => luminance(colours[key]);
      const first = papers.find((n) => yearOf(n.key) === oldest)!.key;
      const last = papers.find((n) => yearOf(n.key) === newest)!.key;
      expect(lum(first)).toBeLessThan(lum(last));
      // A term's colour follows its mean year: a later mean year is never darker.
      const terms = graph.nodes
        .flatMap((n) =>
          n.attributes.kind === 'term' && typeof n.attributes.meanYear === 'number'
            ? [[n.attributes.meanYear, lum(n.key)] as const]
            : [],
        )
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < terms.length; i++)
        expect(terms[i][1]).toBeGreaterThanOrEqual(terms[i - 1][1] - 1e-9);
      expect(session.errors).toEqual([]);

      await page.locator('input[name="colorBy"][value="community"]').check();
      await settle(page);
      const back = await displayColours();
      for (const n of graph.nodes) expect(back[n.key]).toBe(n.attributes.color);
      expect(await page.locator('.year-legend').isHidden()).toBe(true);
      expect(new URL(page.url()).hash).not.toContain('color=');
    });

    it.each([
      ['papers off', 'input[name="kind"][value="paper"]', (a: NodeAttributes) => a.kind === 'paper'],
      [
        'datasets off',
        'input[name="termType"][value="dataset"]',
        (a: NodeAttributes) => a.kind === 'term' && a.type === 'dataset',
      ],
    ])('%s hides exactly those nodes', async (_name, selector, predicate) => {
      await openViewer(page, running.url);
      await page.locator(selector).uncheck();
      await settle(page);
      expect(await hiddenSet()).toEqual(nodesWhere(predicate).sort());
    });

    it('minimum degree and year range hide nodes', async () => {
      await openViewer(page, running.url);
      await page.getByLabel('Minimum degree').fill('4');
      await settle(page);
      expect(await hiddenSet()).toEqual(nodesWhere((a) => a.degree < 4).sort());
      await page.getByLabel('Minimum degree').fill('0');
      await page.getByLabel('From year').fill('2016');
      await page.getByLabel('From year').press('Enter');
      await page.getByLabel('To year').fill('2018');
      await page.getByLabel('To year').press('Enter');
      await settle(page);
      const outside = (a: NodeAttributes) =>
        a.kind === 'paper' && a.year !== undefined && (a.year < 2016 || a.year > 2018);
      expect(await hiddenSet()).toEqual(nodesWhere(outside).sort());
    });

    it('neighbourhood mode shows only the k-hop neighbourhood of the selection', async () => {
      await gotoHash(`#node=${encodeURIComponent(VAE)}`);
      await page.getByLabel('Neighbourhood depth').selectOption('1');
      await settle(page);
      const ball = new Set([VAE, ...neighboursOf(VAE)]);
      expect(await hiddenSet()).toEqual(
        graph.nodes
          .map((n) => n.key)
          .filter((k) => !ball.has(k))
          .sort(),
      );
      expect(new URL(page.url()).hash).toContain('k=1');
    });
  });

  describe('URL state', () => {
    it('restores selection and filters after a reload, and follows hash changes', async () => {
      await gotoHash(`#node=${encodeURIComponent(VAE)}&hidden=2&kinds=term&minDegree=2`);
      const check = async () => {
        expect(await page.locator('#details h2').textContent()).toBe('variational autoencoder');
        expect(await page.locator('.legend button[data-community="2"]').getAttribute('aria-pressed')).toBe(
          'false',
        );
        expect(await page.locator('input[name="kind"][value="paper"]').isChecked()).toBe(false);
        const want = nodesWhere((a) => a.community === 2 || a.kind === 'paper' || a.degree < 2).filter(
          (k) => k !== VAE,
        );
        expect(await hiddenSet()).toEqual(want.sort());
      };
      await check();
      await page.reload();
      await page.waitForFunction(() => window.__litgraph?.ready === true);
      await settle(page);
      await check();
      await page.evaluate(() => {
        location.hash = '#hidden=0';
      });
      await page.waitForFunction(() => window.__litgraph!.store.get().selected === null);
      await settle(page);
      expect(await page.locator('#details').isHidden()).toBe(true);
      expect(await hiddenSet()).toEqual(nodesWhere((a) => a.community === 0).sort());
    });

    it('ignores a hash naming a node that does not exist', async () => {
      await gotoHash('#node=term%3Anope');
      expect(await page.locator('#details').isHidden()).toBe(true);
      expect(session.errors).toEqual([]);
    });
  });

  describe('untrusted text', () => {
    it('shows an XSS title as text, fires no dialog, and links only http(s) URLs', async () => {
      await gotoHash(`#node=${encodeURIComponent(XSS_PAPER)}`);
      const details = page.locator('#details');
      expect(await details.locator('h2').textContent()).toBe(XSS_TITLE);
      expect(await page.locator('#details img, img[src="x"]').count()).toBe(0);
      const link = details.getByRole('link', { name: 'Open the paper' });
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await details.textContent()).toContain('<b>all</b>');

      await page.getByRole('combobox', { name: 'Search' }).fill('img src');
      await page.locator('#search-suggestions [role="option"]').first().waitFor();
      expect(await page.locator('#search-suggestions').textContent()).toContain(XSS_TITLE);

      await gotoHash(`#node=${encodeURIComponent(JS_URL_PAPER)}`);
      expect(await page.locator('#details a').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(session.dialogs).toEqual([]);
    });

    it('highlights every extracted term in the abstract; a mark selects its term', async () => {
      await gotoHash('#node=paper%3Ap00000');
      const marks = page.locator('#details .abstract mark');
      const terms = neighboursOf('paper:p00000');
      expect(await marks.count()).toBe(terms.length);
      const labels = await marks.allTextContents();
      expect(labels.sort()).toEqual(terms.map((t) => byKey(t).label).sort());
      const abstract = (byKey('paper:p00000') as { abstract: string }).abstract;
      expect(await page.locator('#details .abstract').textContent()).toBe(abstract);
      const target = await marks.first().getAttribute('data-node');
      await marks.first().click();
      await settle(page);
      expect(await page.locator('#details h2').textContent()).toBe(byKey(target as string).label);
    });
  });

  describe('exports', () => {
    const validator = path.resolve('../shared/tools/validate-gexf');
    const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

    const download = async (button: string): Promise<{ name: string; file: string }> => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      const target = path.join(inject('e2eDir'), `${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(target);
      return { name: file.suggestedFilename(), file: target };
    };

    it.each([
      ['GEXF', '', 'litgraph.gexf', () => graph.nodes.length],
      [
        'GEXF (view)',
        '#hidden=1,2',
        'litgraph-view.gexf',
        () => nodesWhere((a) => a.community !== 1 && a.community !== 2).length,
      ],
    ])('%s downloads valid GEXF 1.3 of the right nodes', async (button, hash, name, count) => {
      await gotoHash(hash);
      const { name: suggested, file } = await download(button);
      expect(suggested).toBe(name);
      const text = readFileSync(file, 'utf8');
      expect(text.match(/<node /g)?.length).toBe(count());
      if (!hasXmllint) return console.warn('SKIPPED GEXF schema validation: xmllint is missing');
      const result = spawnSync(validator, [file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });

    it('PNG downloads an image', async () => {
      await gotoHash('');
      const { name, file } = await download('PNG');
      expect(name).toBe('litgraph.png');
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(await inkRatio(session.context, bytes)).toBeGreaterThan(0.005);
    });
  });

  describe('framing', () => {
    it('frames the layout without a far outlier from the first frame; zooming does not move the map', async () => {
      // 200 nodes: enough for the 1st–99th percentile box to leave one outlier out (web/src/state/framing.ts).
      const data = buildFixtureGraph({ papersPerCommunity: 40, termsPerCommunity: 10, seed: 3 }).export();
      const outlier = data.nodes.find((n) => n.attributes?.kind === 'paper');
      if (!outlier?.attributes) throw new Error('the fixture has no paper');
      Object.assign(outlier.attributes, { x: 100_000, y: -100_000 });
      await page.route('**/api/graph', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
      );
      try {
        await openViewer(page, running.url);
        const inView = (): Promise<string[]> =>
          page.evaluate(() => {
            const { sigma, model } = window.__litgraph!;
            const { width, height } = sigma.getDimensions();
            return model.graph.nodes().filter((node) => {
              const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
              return x >= 0 && y >= 0 && x <= width && y <= height;
            });
          });
        const shown = await inView();
        expect(shown).toHaveLength(data.nodes.length - 1);
        expect(shown).not.toContain(outlier.key);
        const position = (): Promise<{ x: number; y: number }> =>
          page.evaluate((node) => {
            const { sigma } = window.__litgraph!;
            return sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
          }, VAE);
        const before = await position();
        // Past the zoom where paper titles are labelled, sigma indexes the graph again: the frame must not change.
        for (const ratio of [0.4, 1]) {
          await page.evaluate((r) => window.__litgraph!.sigma.getCamera().setState({ ratio: r }), ratio);
          await settle(page);
        }
        const after = await position();
        expect(after.x).toBeCloseTo(before.x, 3);
        expect(after.y).toBeCloseTo(before.y, 3);
      } finally {
        await page.unroute('**/api/graph');
      }
    });
  });

  describe('load errors', () => {
    it.each([
      ['a server error', { status: 500, body: '{"error":"internal error"}' }, /answered 500/],
      ['invalid JSON', { status: 200, body: '{"nodes": [' }, /not valid JSON/],
      [
        'a graph without layout',
        {
          status: 200,
          body: '{"nodes":[{"key":"a","attributes":{"kind":"term","label":"a","size":1,"color":"#fff","community":0}}],"edges":[]}',
        },
        /no numeric x/,
      ],
    ])('shows a readable error for %s', async (_name, reply, message) => {
      await page.route('**/api/graph', (route) =>
        route.fulfill({ status: reply.status, contentType: 'application/json', body: reply.body }),
      );
      try {
        await page.goto(running.url);
        const status = page.getByRole('alert');
        await status.waitFor();
        expect(await status.textContent()).toMatch(message);
      } finally {
        await page.unroute('**/api/graph');
      }
    });
  });
});
