// `litgraph build` from the command line: exit codes, error messages, nothing written on failure, --help.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) =>
  spawnSync('node', ['src/cli/litgraph.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('litgraph build (CLI)', () => {
  it('exits quietly when the reader closes the pipe (`litgraph build --help | head -1`)', async () => {
    const child = spawn('node', ['src/cli/litgraph.mjs', 'build', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before node has even started: the help text is written into a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints help with every option and exits 0', () => {
    const r = cli('build', '--help');
    expect(r.status).toBe(0);
    for (const opt of [
      '--out',
      '--format',
      '--min-df',
      '--seed',
      '--resolution',
      '--communities-on',
      '--no-layout',
    ]) {
      expect(r.stdout).toContain(opt);
    }
  });

  it('exits 1 naming the file when an input does not exist, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lg-cli-')), 'out');
    const r = cli('build', 'no/such/file.jsonl', '--out', out, '-q');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no/such/file.jsonl');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on a file that cannot be parsed at all, leaving a previous output intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{"title": "x", "abstract": ');
    const out = join(dir, 'out');
    const r = cli('build', bad, '--out', out, '-q');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each([
    [['--seed', 'abc'], '--seed'],
    [['--resolution', '-1'], '--resolution'],
    [['--communities-on', 'tripartite'], '--communities-on'],
    [['--format', 'docx'], '--format'],
    [['--min-df', '0'], '--min-df'],
  ])('exits 2 on a bad option %j', (args, name) => {
    const r = cli(
      'build',
      'graph/samples/seed-papers.txt',
      '-q',
      '--out',
      join(tmpdir(), 'lg-never'),
      ...args,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(name);
  });

  it('exits 2 on an unknown command or option', () => {
    expect(cli('frobnicate').status).toBe(2);
    expect(cli('build', 'x', '--frob').status).toBe(2);
  });

  it('builds a small corpus, skipping malformed records with a counted warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-cli-'));
    const input = join(dir, 'papers.jsonl');
    const good = (i: number) =>
      JSON.stringify({
        id: `p${i}`,
        title: `Sparse autoencoders for vision transformers ${i}`,
        abstract:
          'We train a sparse autoencoder on a vision transformer and find interpretable features in the residual stream.',
      });
    writeFileSync(
      input,
      [good(1), good(2), '{not json', JSON.stringify({ id: 'x', title: 'no abstract' }), good(3)].join('\n'),
    );
    const r = cli('build', input, '--out', join(dir, 'out'), '--json');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.papers).toMatchObject({ read: 5, kept: 3, skipped: 2 });
    expect(summary.warnings.count).toBe(2);
    expect(summary.warnings.listed.map((w: { line: number }) => w.line)).toEqual([3, 4]);
    expect(r.stderr).toContain('papers.jsonl:3');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      expect.arrayContaining([
        'extraction-cache.sqlite',
        'graph.gexf',
        'graph.json',
        'projection.gexf',
        'summary.json',
      ]),
    );
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A second run reuses every extraction from the cache; --no-cache extracts again.
    const again = cli('build', input, '--out', join(dir, 'out'), '--json');
    expect(JSON.parse(again.stdout).extraction).toMatchObject({ extracted: 0, fromCache: 3 });
    const nocache = cli('build', input, '--out', join(dir, 'out'), '--json', '--no-cache');
    expect(JSON.parse(nocache.stdout).extraction).toMatchObject({ extracted: 3, fromCache: 0 });
  });
});
