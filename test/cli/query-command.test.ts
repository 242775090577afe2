// `litgraph query …` end to end: the real CLI spawned against a graph.json written to a temp dir, checking
// exit codes, messages, the --json document and the human table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryIndex, runQuery } from '../../src/query';
import { toyGraph } from '../query/toy-graph';

let dir: string;
let graphFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'litgraph-query-cli-'));
  graphFile = join(dir, 'graph.json');
  const graph = toyGraph();
  // A title with terminal control characters: they must not reach the terminal.
  graph.setNodeAttribute('paper:p4', 'label', 'Benchmarking VAEs\u001b[31m on Digits');
  writeFileSync(graphFile, JSON.stringify(graph.export()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/litgraph.mjs', 'query', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('litgraph query', () => {
  it('prints exactly the QueryDocument with --json', () => {
    const run = cli(
      'neighbours',
      'VAEs',
      '--depth',
      '2',
      '--by',
      'association',
      '--graph',
      graphFile,
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = runQuery(createQueryIndex(toyGraph()), 'neighbours', {
      term: 'VAEs',
      depth: '2',
      by: 'association',
    });
    expect(JSON.parse(run.stdout)).toEqual(expected);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('joins the words of a term and prints an aligned table', () => {
    const run = cli('neighbours', 'variational', 'autoencoders', '-g', graphFile);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Neighbours of "variational autoencoder" (term:variational-autoencoder), by cooccurrence, depth 1:',
    );
    expect(lines[1].split(/\s{2,}/)).toEqual(['term', 'type', 'cooccurrence', 'shared', 'community']);
    // Rows in rank order; the score column is right-aligned under its header.
    expect(lines.slice(3).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      'image generation',
      'MNIST',
      'latent space',
      'sparse autoencoder',
      'variational auto encoder',
    ]);
    const scoreEnd = lines[1].indexOf('cooccurrence') + 'cooccurrence'.length;
    expect(lines[3].slice(scoreEnd - 1, scoreEnd)).toBe('3');
  });

  it.each([
    [
      ['papers', 'VAE', '--sort', 'year', '-n', '2'],
      ['Papers mentioning', 'Benchmarking VAEs', 'Latent Spaces'],
    ],
    [
      ['terms', 'p1'],
      ['Terms of', 'variational auto encoder', 'image generation'],
    ],
    [
      ['path', 'VAE', 'GMMs'],
      ['variational autoencoder → latent space → data analysis → Gaussian mixture model'],
    ],
    [
      ['similar', 'VAE'],
      ['cosine', '0.671'],
    ],
    [['community', '0'], ['Community 0 "generative models": 4 papers, 4 terms']],
    [
      ['search', 'auto'],
      ['word-prefix', 'sparse autoencoder'],
    ],
    [['communities'], ['representations', 'proteins']],
    [
      ['trends', '--from', '2017', '-n', '2'],
      [
        'Trends 2017–2022 (8 papers with a year',
        'Emerging:\nterm',
        'latent space',
        'Fading:\nterm',
        'Gaussian mixture model',
      ],
    ],
    [['trends', '--from', '2021', '--to', '2021'], ['Trends need papers from at least two different years']],
  ])('answers %j', (args, fragments) => {
    const run = cli(...args, '--graph', graphFile);
    expect(run.code).toBe(0);
    for (const fragment of fragments) expect(run.stdout).toContain(fragment);
  });

  it('keeps control characters of titles out of the terminal', () => {
    const run = cli('papers', 'VAE', '--graph', graphFile);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('Benchmarking VAEs [31m on Digits');
  });

  it('exits 1 on an unknown term, with suggestions', () => {
    const run = cli('neighbours', 'autoencodr', '--graph', graphFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'litgraph: unknown term "autoencodr"; did you mean: variational autoencoder, sparse autoencoder?\n',
    );
  });

  it('exits 1 when two terms are not connected', () => {
    const run = cli('path', 'VAE', 'AlphaFold', '--graph', graphFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"variational autoencoder" and "AlphaFold" are not connected');
  });

  it('exits 1 on a missing graph file, naming it', () => {
    const missing = join(dir, 'nope', 'graph.json');
    const run = cli('communities', '--graph', missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `litgraph: ${missing}: graph file not found; run "litgraph build" first or pass --graph <file>\n`,
    );
  });

  it('exits 1 on a file that is not a litgraph graph', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"nodes": 3}');
    const run = cli('communities', '--graph', other);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${other}: not a litgraph graph`);
  });

  it.each([
    [['neighbours', 'VAE', '--depth', '4'], 'depth must be an integer from 1 to 3'],
    [['neighbours', 'VAE', '--limit', '0'], 'limit must be an integer from 1 to 500'],
    [['neighbours', 'VAE', '--by', 'pmi'], 'by must be one of cooccurrence, association, jaccard'],
    [['neighbours', 'VAE', '--type', 'model'], 'type must be one of method, task, dataset, metric, concept'],
    [['papers', 'VAE', '--sort', 'date'], 'sort must be one of relevance, year'],
    [['bogus'], "unknown command 'bogus'"],
    [['neighbours', 'VAE', '--colour'], "unknown option '--colour'"],
    [['path', 'VAE'], "missing required argument 'to'"],
  ])('exits 2 on bad usage %j', (args, message) => {
    const run = cli(...args, '--graph', graphFile);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it.each([
    [
      [],
      [
        'neighbours',
        'papers',
        'terms',
        'path',
        'similar',
        'community',
        'search',
        'communities',
        'Exit codes',
      ],
    ],
    [
      ['neighbours'],
      ['--depth <n>', '--limit <n>', '--type <types>', '--by <measure>', '--graph <file>', '--json'],
    ],
    [['papers'], ['--sort <order>', '--limit <n>']],
  ])('shows help for query %j', (args, fragments) => {
    const run = cli(...args, '--help');
    expect(run.code).toBe(0);
    for (const fragment of fragments) expect(run.stdout).toContain(fragment);
  });
});
