// The main flow over the real bundled sample (built by globalSetup with `litgraph build`): loads without console
// errors, draws, search selects a term whose panel lists its papers, a paper shows its marked abstract.
// Saves test/artifacts/sample-graph.png and test/artifacts/selected-node.png.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type RunningServer, WEB_DIST } from '../../src/server';
import type { NodeAttributes } from '../../src/types';
import { artifactPath, inkRatio, openBrowser, openViewer, type Session, settle } from './browser';

interface Exported {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { source: string; target: string }[];
}

const sample = inject('sampleGraph');
let running: RunningServer;
let session: Session;
let page: Page;
let graph: Exported;

// Under the main vitest config (no globalSetup, nothing provided) these tests are skipped: run them with
// `npm run test:e2e` (test/e2e/vitest.config.ts).
describe.skipIf(inject('sampleGraph') === undefined)('the bundled sample in Chromium', () => {
  beforeAll(async () => {
    if ('error' in sample) throw new Error(sample.error);
    graph = JSON.parse(readFileSync(sample.file, 'utf8'));
    running = await createServer({
      graph: sample.file,
      port: 0,
      webDist: WEB_DIST,
      buildWeb: false,
      log: () => {},
    });
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    await running?.close();
  });

  const degreeOf = (key: string) => graph.edges.filter((e) => e.source === key || e.target === key).length;

  describe('the bundled sample in the viewer', () => {
    it('loads without console errors and draws the graph', async () => {
      await openViewer(page, running.url);
      const shot = await page.screenshot({ path: artifactPath('sample-graph.png') });
      expect(await inkRatio(session.context, shot)).toBeGreaterThan(0.02);
      expect(await page.evaluate(() => window.__litgraph!.sigma.getGraph().order)).toBe(graph.nodes.length);
      expect(session.errors).toEqual([]);
    });

    it('has no years: no year colouring is offered, and #color=year keeps the community colours', async () => {
      expect(graph.nodes.some((n) => n.attributes.kind === 'paper' && n.attributes.year !== undefined)).toBe(
        false,
      );
      await openViewer(page, `${running.url}#color=year`);
      expect(await page.locator('input[name="colorBy"]').count()).toBe(0);
      const colours = await page.evaluate(() => {
        const app = window.__litgraph!;
        return app.model.graph.nodes().map((node) => [node, app.sigma.getNodeDisplayData(node).color]);
      });
      const stored = new Map(graph.nodes.map((n) => [n.key, n.attributes.color]));
      for (const [node, colour] of colours) expect(colour).toBe(stored.get(node));
    });

    it('search selects the most used term and lists its papers', async () => {
      const terms = graph.nodes.filter((n) => n.attributes.kind === 'term');
      const top = terms.reduce((best, n) => (degreeOf(n.key) > degreeOf(best.key) ? n : best), terms[0]);
      const input = page.getByRole('combobox', { name: 'Search' });
      await input.fill(top.attributes.label);
      await page.locator('#search-suggestions [role="option"]').first().waitFor();
      await input.press('Enter');
      await settle(page);
      expect(await page.locator('#details h2').textContent()).toBe(top.attributes.label);
      const listed = await page.locator('#details ul[aria-label="Papers"] > li').count();
      expect(listed).toBe(Math.min(50, degreeOf(top.key)));
    });

    it('a paper shows its abstract with the extracted terms marked', async () => {
      const papers = graph.nodes.filter((n) => n.attributes.kind === 'paper');
      const richest = papers.reduce(
        (best, n) => (degreeOf(n.key) > degreeOf(best.key) ? n : best),
        papers[0],
      );
      await openViewer(page, `${running.url}#node=${encodeURIComponent(richest.key)}`);
      expect(await page.locator('#details h2').textContent()).toBe(richest.attributes.label);
      expect(await page.locator('#details .abstract mark').count()).toBeGreaterThan(0);
      expect(await page.locator('#details .abstract').textContent()).toBe(
        (richest.attributes as { abstract: string }).abstract,
      );
      await page.screenshot({ path: artifactPath('selected-node.png') });
      expect(session.errors).toEqual([]);
      expect(session.dialogs).toEqual([]);
    });
  });
});
