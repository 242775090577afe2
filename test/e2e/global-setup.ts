// Before the browser tests: build web/dist with vite, write the seeded fixture graph, and build the bundled sample
// corpus into a temp folder (so graph/out is left alone). Paths reach the tests through vitest's provide/inject.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildViewer, WEB_DIST } from '../../src/server';
import { writeFixtureGraph } from '../server/fixture-graph';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDir: string;
    fixtureGraph: string;
    /** The sample build's graph.json, or the build's error output when it failed. */
    sampleGraph: { file: string } | { error: string };
  }
}

export const CHROMIUM = '/usr/bin/chromium';

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `the browser tests need ${CHROMIUM}: apt-get install -y chromium (never a downloaded browser)`,
    );
  }
  await buildViewer(WEB_DIST);
  const dir = mkdtempSync(path.join(tmpdir(), 'litgraph-e2e-'));
  const fixtureGraph = path.join(dir, 'fixture-graph.json');
  writeFixtureGraph(fixtureGraph);

  const sampleOut = path.join(dir, 'sample');
  const build = spawnSync(
    process.execPath,
    ['src/cli/litgraph.mjs', 'build', 'graph/samples/seed-papers.txt', '-o', sampleOut, '--quiet'],
    { encoding: 'utf8', timeout: 150_000 },
  );
  const sampleFile = path.join(sampleOut, 'graph.json');
  const sampleGraph =
    build.status === 0 && existsSync(sampleFile)
      ? { file: sampleFile }
      : {
          error: `litgraph build of the sample failed (exit ${build.status}): ${build.stderr || build.error}`,
        };

  project.provide('e2eDir', dir);
  project.provide('fixtureGraph', fixtureGraph);
  project.provide('sampleGraph', sampleGraph);
  return () => rmSync(dir, { recursive: true, force: true });
}
