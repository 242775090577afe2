// The concept map in Chromium over a real build of the first 3,000 ACL abstracts (built in this file's setup with
// runBuild, layout included), served with the concept map as default view: the banner is shown, only terms are
// drawn, a searched term lists its papers from the API with their evidence, a paper opens its panel with the
// marked abstract, paper titles are found through the API, and the full graph loads from the banner or with
// `#view=full`; `#color=year` colours terms by mean year. Saves test/artifacts/concept-map.png (the map, a term
// selected, its papers), test/artifacts/concept-map-paper.png (a paper's panel, its terms lit on the map) and
// test/artifacts/concept-map-years.png (the year overlay).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../../src/pipeline';
import { createServer, type RunningServer, WEB_DIST } from '../../src/server';
import type { NodeAttributes } from '../../src/types';
import { ACL_CORPUS, writeAclSubset } from '../helpers/acl-subset';
import { artifactPath, inkRatio, openBrowser, openViewer, type Session, settle } from './browser';

const PAPERS = 3_000;

interface Exported {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { source: string; target: string }[];
}

let dir: string;
let running: RunningServer;
let session: Session;
let page: Page;
let full: Exported;
let concepts: Exported;

const neighboursOf = (key: string) =>
  full.edges.flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : []));
const nodeOf = (key: string) => full.nodes.find((n) => n.key === key)?.attributes as NodeAttributes;

/** Waits until the viewer has (re)loaded in `view`, after a navigation or a reload the page does itself. */
const waitForView = async (view: 'full' | 'concepts'): Promise<void> => {
  await page.waitForFunction((v) => window.__litgraph?.ready === true && window.__litgraph.view === v, view, {
    timeout: 60_000,
  });
  await settle(page);
};

// Under the main vitest config (no globalSetup) these tests are skipped: run them with `npm run test:e2e`.
describe.skipIf(inject('e2eDir') === undefined || !existsSync(ACL_CORPUS))(
  'the concept map in Chromium',
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'litgraph-concepts-e2e-'));
      const input = path.join(dir, 'acl-3k.jsonl');
      await writeAclSubset(PAPERS, input);
      const out = path.join(dir, 'out');
      await runBuild({ inputs: [input], out, cache: false }, { quiet: true });
      full = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
      concepts = JSON.parse(readFileSync(path.join(out, 'concepts.json'), 'utf8'));
      running = await createServer({
        graph: path.join(out, 'graph.json'),
        port: 0,
        webDist: WEB_DIST,
        buildWeb: false,
        view: 'concepts',
        log: () => {},
      });
      session = await openBrowser();
      page = session.page;
    });

    afterAll(async () => {
      await session?.close();
      await running?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const papers = () => full.nodes.filter((n) => n.attributes.kind === 'paper');

    it('opens the concept map: the banner is shown and no paper is drawn', async () => {
      await openViewer(page, running.url);
      expect(await page.evaluate(() => window.__litgraph!.view)).toBe('concepts');
      const notice = page.locator('#notice');
      expect(await notice.isVisible()).toBe(true);
      const terms = concepts.nodes.length.toLocaleString('en-US');
      const paperCount = papers().length.toLocaleString('en-US');
      expect(await notice.textContent()).toContain(
        `Concept map: ${terms} terms of a graph with ${paperCount} papers — papers are listed per term`,
      );
      expect(await notice.getByRole('button', { name: 'Load the full graph' }).isVisible()).toBe(true);

      const drawn = await page.evaluate(() => {
        const app = window.__litgraph!;
        const kinds = app.model.graph.nodes().map((n) => app.model.graph.getNodeAttribute(n, 'kind'));
        return { order: app.sigma.getGraph().order, papers: kinds.filter((k) => k !== 'term').length };
      });
      expect(drawn).toEqual({ order: concepts.nodes.length, papers: 0 });
      expect(concepts.nodes.length).toBeLessThan(full.nodes.length);
      const shot = await page.locator('#graph').screenshot();
      expect(await inkRatio(session.context, shot)).toBeGreaterThan(0.01);
      // No paper filter in the map; the years are the terms'.
      expect(await page.locator('input[name="kind"]').count()).toBe(0);
      expect(await page.locator('#filters').textContent()).toContain('Term years');
      expect(session.errors).toEqual([]);
    });

    it('the legend, the filters, neighbourhood mode and the GEXF export work on the terms', async () => {
      const hiddenSet = (): Promise<string[]> =>
        page.evaluate(() => {
          const app = window.__litgraph!;
          return app.model.graph
            .nodes()
            .filter((n) => app.sigma.getNodeDisplayData(n).hidden)
            .sort();
        });
      const where = (predicate: (a: Record<string, unknown>) => boolean) =>
        concepts.nodes
          .filter((n) => predicate(n.attributes as unknown as Record<string, unknown>))
          .map((n) => n.key)
          .sort();

      const community = (concepts.nodes[0].attributes as { community: number }).community;
      await page.locator(`.legend button[data-community="${community}"]`).click();
      await settle(page);
      expect(await hiddenSet()).toEqual(where((a) => a.community === community));

      await openViewer(page, `${running.url}#minDegree=5`);
      expect(await hiddenSet()).toEqual(where((a) => (a.degree as number) < 5));

      const hub = concepts.nodes.reduce((best, n) =>
        n.attributes.degree > best.attributes.degree ? n : best,
      );
      await openViewer(page, `${running.url}#node=${encodeURIComponent(hub.key)}&k=1`);
      const ball = new Set([
        hub.key,
        ...concepts.edges.flatMap((e) =>
          e.source === hub.key ? [e.target] : e.target === hub.key ? [e.source] : [],
        ),
      ]);
      expect(await hiddenSet()).toEqual(where(() => true).filter((k) => !ball.has(k)));

      await openViewer(page, running.url);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'GEXF', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('litgraph-concepts.gexf');
      const file = path.join(dir, 'concepts.gexf');
      await download.saveAs(file);
      const gexf = readFileSync(file, 'utf8');
      expect(gexf.match(/<node /g)?.length).toBe(concepts.nodes.length);
      expect(gexf.match(/<edge /g)?.length).toBe(concepts.edges.length);
    });

    it('#color=year colours the terms by their mean year, with the ramp in the legend', async () => {
      await openViewer(page, `${running.url}#color=year`);
      expect(await page.locator('input[name="colorBy"][value="year"]').isChecked()).toBe(true);
      expect(await page.locator('.year-legend').isVisible()).toBe(true);
      const colours = await page.evaluate(() => {
        const app = window.__litgraph!;
        const out: Record<string, string> = {};
        for (const node of app.model.graph.nodes()) out[node] = app.sigma.getNodeDisplayData(node).color;
        return out;
      });
      const terms = concepts.nodes
        .map((n) => [n.key, (n.attributes as { meanYear?: number }).meanYear] as const)
        .filter((entry): entry is readonly [string, number] => typeof entry[1] === 'number')
        .sort((a, b) => a[1] - b[1]);
      expect(terms.length).toBeGreaterThan(100);
      // Ordered by mean year, the colours never get darker; the oldest and newest terms differ.
      const lum = (key: string) => {
        const c = [1, 3, 5].map((i) => Number.parseInt(colours[key].slice(i, i + 2), 16));
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      for (let i = 1; i < terms.length; i++)
        expect(lum(terms[i][0])).toBeGreaterThanOrEqual(lum(terms[i - 1][0]) - 1.5);
      expect(lum(terms[terms.length - 1][0])).toBeGreaterThan(lum(terms[0][0]) + 50);
      await page.locator('#graph').screenshot({ path: artifactPath('concept-map-years.png') });
      expect(session.errors).toEqual([]);
    });

    it('a searched term lists its papers from the API, with the sentences that mention it', async () => {
      const top = concepts.nodes.reduce((best, n) =>
        (n.attributes as { df: number }).df > (best.attributes as { df: number }).df ? n : best,
      );
      const input = page.getByRole('combobox', { name: 'Search' });
      await input.fill(top.attributes.label);
      const option = page.locator(`#search-suggestions [role="option"][data-node="${top.key}"]`);
      await option.waitFor();
      await option.click();
      await settle(page);
      const details = page.locator('#details');
      expect(await details.locator('h2').textContent()).toBe(top.attributes.label);

      const rows = details.locator('ul[aria-label="Papers"] > li');
      await rows.first().waitFor();
      const api = (await fetch(
        new URL(`/api/query/papers?term=${encodeURIComponent(top.key)}&limit=50`, running.url),
      ).then((r) => r.json())) as { results: { id: string; label: string }[] };
      const df = neighboursOf(top.key).length;
      expect(api.results).toHaveLength(Math.min(50, df));
      expect(await rows.locator('button').allTextContents()).toEqual(api.results.map((r) => r.label));
      expect(await rows.locator('button').first().getAttribute('data-node')).toBe(api.results[0].id);
      // Each evidence sentence marks the term's mention.
      expect(await details.locator('.evidence mark').count()).toBeGreaterThan(0);
      if (df > 50) expect(await details.textContent()).toContain(`The 50 strongest of ${df} papers.`);
      await page.mouse.move(5, 5);
      await page.screenshot({ path: artifactPath('concept-map.png') });
      expect(session.errors).toEqual([]);
    });

    it('a paper in the list opens its panel with the abstract and its terms marked', async () => {
      const first = page.locator('#details ul[aria-label="Papers"] > li button').first();
      const id = (await first.getAttribute('data-node')) as string;
      await first.click();
      const paper = nodeOf(id) as Extract<NodeAttributes, { kind: 'paper' }>;
      const details = page.locator('#details');
      await details.locator('.abstract').waitFor();
      expect(await details.locator('h2').textContent()).toBe(paper.label);
      expect(await details.locator('.abstract').textContent()).toBe(paper.abstract);
      const marked = await details
        .locator('.abstract mark')
        .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-node')));
      expect(marked.length).toBeGreaterThan(0);
      const terms = new Set(neighboursOf(id));
      for (const term of marked) expect(terms.has(term as string)).toBe(true);
      if (paper.year) expect(await details.textContent()).toContain(String(paper.year));
      if (paper.authors?.length)
        expect(await details.locator('.authors').textContent()).toBe(paper.authors.join(', '));
      expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`node=${id}`);
      await settle(page);
      await page.screenshot({ path: artifactPath('concept-map-paper.png') });

      // A marked term selects that term on the map.
      const mark = details.locator('.abstract mark').first();
      const term = (await mark.getAttribute('data-node')) as string;
      await mark.click();
      await settle(page);
      expect(await page.evaluate(() => window.__litgraph!.store.get().selected)).toBe(term);
      expect(await details.locator('h2').textContent()).toBe(nodeOf(term).label);
    });

    it('finds paper titles through the API', async () => {
      const target = papers().find((p) => p.attributes.label.length > 40 && p.attributes.label.length < 100);
      if (!target) throw new Error('no paper with a title of 40–100 characters');
      const input = page.getByRole('combobox', { name: 'Search' });
      await input.fill(target.attributes.label);
      const option = page.locator(`#search-suggestions [role="option"][data-node="${target.key}"]`);
      await option.waitFor();
      expect(await option.locator('.suggestion-kind').textContent()).toBe('paper');
      await option.click();
      await page.locator('#details .abstract').waitFor();
      expect(await page.locator('#details h2').textContent()).toBe(target.attributes.label);
    });

    it('the banner button loads the full graph', async () => {
      await openViewer(page, running.url);
      await page.getByRole('button', { name: 'Load the full graph' }).click();
      await waitForView('full');
      expect(await page.evaluate(() => window.__litgraph!.sigma.getGraph().order)).toBe(full.nodes.length);
      expect(new URL(page.url()).hash).toBe('#view=full');
      expect(await page.locator('#notice').textContent()).toContain('Full graph');
    });

    it('#view=full opens the full graph, with papers drawn', async () => {
      await page.goto('about:blank');
      await page.goto(`${running.url}#view=full`);
      await waitForView('full');
      const order = await page.evaluate(() => window.__litgraph!.sigma.getGraph().order);
      expect(order).toBe(full.nodes.length);
      const paper = papers()[0].key;
      expect(await page.evaluate((key) => window.__litgraph!.sigma.getNodeDisplayData(key).type, paper)).toBe(
        'paper',
      );
      // Back to the map from the banner.
      await page.getByRole('button', { name: 'Back to the concept map' }).click();
      await waitForView('concepts');
      expect(await page.evaluate(() => window.__litgraph!.sigma.getGraph().order)).toBe(
        concepts.nodes.length,
      );
      expect(session.errors).toEqual([]);
      expect(session.dialogs).toEqual([]);
    });
  },
);
