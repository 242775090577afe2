// `litgraph export` from the command line: default output places, the options, exit codes and messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export';
import { runBuild } from '../../src/pipeline';

const cli = (...args: string[]) =>
  spawnSync('node', ['src/cli/litgraph.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

let dir: string;
let graphFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'litgraph-export-cli-'));
  await runBuild({ inputs: ['graph/samples/seed-papers.txt'], out: dir }, { quiet: true });
  graphFile = join(dir, 'graph.json');
});

describe('litgraph export (CLI)', () => {
  it('prints help naming every format and option', () => {
    const r = cli('export', '--help');
    expect(r.status).toBe(0);
    for (const word of [...EXPORT_FORMATS, '--to', '--out', '--view', '--min-shared'])
      expect(r.stdout).toContain(word);
  });

  it('writes a single-file format beside the graph by default and says where', () => {
    const r = cli('export', graphFile, '--to', 'graphml');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(dir, 'graph.graphml'));
    expect(readFileSync(join(dir, 'graph.graphml'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<graphml /);
  });

  it('writes a multi-file format into a folder, honouring --view and --min-shared', () => {
    const r = cli('export', graphFile, '--to', 'csv', '--view', 'papers', '--min-shared', '3', '-q');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const folder = join(dir, 'export-csv-papers');
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const edges = parseCsv(readFileSync(join(folder, 'edges.csv'), 'utf8'), { columns: true }) as {
      weight: string;
    }[];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => Number(e.weight) >= 3)).toBe(true);
  });

  it('writes to --out', () => {
    const target = join(dir, 'custom', 'vos');
    const r = cli('export', graphFile, '--to', 'vosviewer', '--out', target, '-q');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['map.txt', 'network.txt', 'vosviewer.json']);
  });

  it.each([
    [['--to', 'pdf'], '--to must be one of'],
    [['--to', 'vosviewer', '--view', 'all'], '--to vosviewer supports --view terms or papers'],
    [['--to', 'neo4j', '--view', 'papers'], '--to neo4j supports --view all'],
    [['--to', 'csv', '--min-shared', 'two'], '--min-shared must be an integer'],
    [['--to', 'csv', '--view', 'terms', '--min-shared', '0'], '--min-shared must be an integer'],
    [[], "required option '-t, --to <format>' not specified"],
  ])('exits 2 on bad usage %j', (args, message) => {
    const out = join(dir, 'never');
    const r = cli('export', graphFile, ...args, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 naming a missing graph file', () => {
    const r = cli('export', join(dir, 'nope.json'), '--to', 'gexf');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.json');
    expect(r.stderr).toContain('graph file not found');
  });

  it('exits 1 on a file that is not a litgraph graph, without a stack trace', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes": 3}');
    const r = cli('export', bad, '--to', 'cytoscape');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a litgraph graph');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
