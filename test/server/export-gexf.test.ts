// GET /api/export.gexf: an attachment that validates against the GEXF 1.3 schema (../shared/tools/validate-gexf)
// and carries every node and edge of the graph.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { type Fixture, makeFixture, startFixtureServer } from './helpers';

const VALIDATOR = path.resolve('../shared/tools/validate-gexf');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).status === 0;

let fixture: Fixture;
let running: RunningServer;

beforeAll(async () => {
  fixture = makeFixture();
  running = await startFixtureServer(fixture);
});

afterAll(async () => {
  await running?.close();
  fixture?.cleanup();
});

describe('GET /api/export.gexf', () => {
  it('downloads the whole graph as a GEXF 1.3 attachment that validates', async () => {
    const response = await fetch(new URL('/api/export.gexf', running.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="litgraph.gexf"');
    const text = await response.text();
    expect(text).toContain('version="1.3"');
    expect(text.match(/<node /g)?.length).toBe(fixture.graph.order);
    expect(text.match(/<edge /g)?.length).toBe(fixture.graph.size);
    // The XSS title is XML-escaped ("<" as &lt; inside the attribute), never raw markup.
    expect(text).toContain('label="&lt;img src=x onerror=alert(1)');
    expect(text).not.toContain('<img');

    const file = path.join(fixture.dir, 'export.gexf');
    writeFileSync(file, text);
    expect(existsSync(VALIDATOR), `validator missing at ${VALIDATOR}`).toBe(true);
    if (!hasXmllint) {
      console.warn('SKIPPED GEXF schema validation: xmllint is missing (apt-get install -y libxml2-utils)');
      return;
    }
    const result = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('valid GEXF 1.3');
    expect(result.status).toBe(0);
  });

  it('rejects parameters', async () => {
    const response = await fetch(new URL('/api/export.gexf?format=xml', running.url));
    expect(response.status).toBe(400);
  });
});
