// Launches Debian's Chromium through playwright-core (never a downloaded browser) with a fresh profile, records
// console errors, page errors and dialogs, and reads pixels of screenshots inside the browser (no PNG library).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve('test/artifacts');

/** What the viewer exposes on window.__litgraph under automation (navigator.webdriver), as the tests use it. */
export interface ViewerHandle {
  ready: boolean;
  /** The view drawn: the whole graph or the concept map. */
  view: 'full' | 'concepts';
  sigma: {
    getGraph(): { order: number };
    getNodeDisplayData(node: string): {
      hidden: boolean;
      highlighted: boolean;
      color: string;
      type: string;
      x: number;
      y: number;
    };
    getCamera(): { ratio: number; isAnimated(): boolean; setState(state: { ratio?: number }): void };
    getDimensions(): { width: number; height: number };
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  };
  model: { graph: { nodes(): string[]; getNodeAttribute(node: string, name: 'kind'): string } };
  store: { get(): { selected: string | null } };
}

declare global {
  interface Window {
    __litgraph?: ViewerHandle;
  }
}

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

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Messages of dialogs (alert/confirm/prompt) that opened; there should be none. */
  dialogs: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'litgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    context,
    page,
    errors,
    dialogs,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the viewer and waits until it has loaded the graph and drawn it. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as { __litgraph?: { ready?: boolean } }).__litgraph?.ready === true,
  );
  await settle(page);
}

/** Waits for camera animations to end and two frames to be drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = (window as { __litgraph?: { sigma?: { getCamera(): { isAnimated(): boolean } } } })
      .__litgraph;
    return app?.sigma ? !app.sigma.getCamera().isAnimated() : true;
  });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Fraction of pixels of a PNG that differ from white, measured by decoding it in a blank page. */
export async function inkRatio(context: BrowserContext, png: Buffer): Promise<number> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d');
      if (!context2d) throw new Error('no 2d context');
      context2d.drawImage(image, 0, 0);
      const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++;
      }
      return ink / (data.length / 4);
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
