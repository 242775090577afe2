// `litgraph build --thesaurus FILE --stoplist FILE`: VOSviewer-style thesaurus (rename, merge, drop) and a
// stoplist applied during term selection, counted in the summary; bad files are BAD_INPUT naming file and line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStoplist, parseThesaurus } from '../../src/build-options';
import { LitgraphError } from '../../src/errors';
import type { LitgraphGraph } from '../../src/graph';
import { type BuildSummary, runBuild } from '../../src/pipeline';
import type { TermNodeAttributes } from '../../src/types';

const SAMPLE = 'graph/samples/seed-papers.txt';
const THESAURUS = 'test/fixtures/vocabulary/thesaurus.txt';
const STOPLIST = 'test/fixtures/vocabulary/stoplist.txt';

const thrown = (f: () => unknown): LitgraphError => {
  try {
    f();
  } catch (error) {
    if (error instanceof LitgraphError) return error;
    throw error;
  }
  throw new Error('expected a LitgraphError');
};

describe('parseThesaurus', () => {
  it('normalises labels and replacements, follows chains, keeps drops as ""', () => {
    const t = parseThesaurus(
      'label\treplace by\nVAEs\tvariational autoencoder\nAuto-Encoders\tautoencoder\nautoencoder\tneural net\n' +
        'Results\t\n"Foo; Bar"\tbaz\n',
      'th.txt',
    );
    expect(Object.fromEntries(t)).toEqual({
      vae: 'variational autoencoder',
      'auto encoder': 'neural net',
      autoencoder: 'neural net',
      result: '',
      'foo bar': 'baz',
    });
  });

  it('accepts a BOM, CRLF line ends, comments, blank lines and no-op entries', () => {
    const t = parseThesaurus('\uFEFF# mine\r\n\r\nLabel\tReplace by\r\nGANs\tGAN\r\n', 'th.txt');
    expect(t.size).toBe(0);
  });

  it.each([
    ['term\treplacement\nx\ty\n', 1, 'expected the header line "label<TAB>replace by"'],
    ['label\treplace by\nfoo bar\n', 2, 'no tab on this line'],
    ['label\treplace by\na\tb\tc\n', 2, 'expected 2 tab-separated columns, found 3'],
    ['label\treplace by\n!!!\tb\n', 2, 'label "!!!" has no letters or digits'],
    ['label\treplace by\na\t---\n', 2, 'replacement "---" has no letters or digits'],
    ['label\treplace by\na\tb\n\na\tc\n', 4, '"a" already has a different replacement on line 2'],
    ['label\treplace by\na\tb\nb\ta\n', 2, 'the replacements loop: a → b → a'],
  ])('rejects %j at line %i', (text, line, message) => {
    const error = thrown(() => parseThesaurus(text, 'th.txt'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.describe()).toBe(`th.txt:${line}: ${error.message}`);
    expect(error.message).toContain(message);
  });
});

describe('parseStoplist', () => {
  it('normalises phrases and skips comments and blank lines', () => {
    expect([...parseStoplist('# c\nNeural Networks\n\n  state-of-the-art  \n', 's.txt')]).toEqual([
      'neural network',
      'state of the art',
    ]);
  });

  it.each([
    ['a\nb\tc\n', 2, 'found a tab (is this a thesaurus file?)'],
    ['ok\n???\n', 2, 'phrase "???" has no letters or digits'],
  ])('rejects %j at line %i', (text, line, message) => {
    const error = thrown(() => parseStoplist(text, 's.txt'));
    expect([error.code, error.line, error.file]).toEqual(['BAD_INPUT', line, 's.txt']);
    expect(error.message).toContain(message);
  });
});

describe('a build with a thesaurus and a stoplist', () => {
  let plain: LitgraphGraph;
  let graph: LitgraphGraph;
  let summary: BuildSummary;
  const has = (g: LitgraphGraph, key: string) => g.hasNode(`term:${key}`);
  const df = (g: LitgraphGraph, key: string) => (g.getNodeAttributes(`term:${key}`) as TermNodeAttributes).df;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgraph-vocab-'));
    const cacheFile = join(dir, 'cache.sqlite');
    ({ graph: plain } = await runBuild(
      { inputs: [SAMPLE], out: join(dir, 'plain'), cacheFile },
      { quiet: true, dryRun: true },
    ));
    ({ graph, summary } = await runBuild(
      { inputs: [SAMPLE], out: join(dir, 'vocab'), cacheFile, thesaurus: THESAURUS, stoplist: STOPLIST },
      { quiet: true },
    ));
  });

  it.each(['transformer model', 'transformer architecture', 'sparse autoencoder', 'weight', 'compression'])(
    'the thesaurus removes %s as a term (present without it)',
    (key) => {
      expect(has(plain, key)).toBe(true);
      expect(has(graph, key)).toBe(false);
    },
  );

  it('merges renamed terms into their replacement (more papers than before)', () => {
    expect(df(graph, 'transformer')).toBeGreaterThan(df(plain, 'transformer'));
    expect(df(graph, 'autoencoder')).toBeGreaterThan(df(plain, 'autoencoder'));
  });

  it.each(['neural network', 'classification', 'vision'])('the stoplist drops %s', (key) => {
    expect(has(plain, key)).toBe(true);
    expect(has(graph, key)).toBe(false);
  });

  it('counts what they changed in the summary', () => {
    expect(summary.vocabulary?.thesaurus).toMatchObject({
      file: THESAURUS,
      entries: 5,
      termsRenamed: 3,
      termsDropped: 2,
    });
    expect(summary.vocabulary?.thesaurus?.mentionsChanged).toBeGreaterThanOrEqual(
      ['transformer model', 'transformer architecture', 'sparse autoencoder', 'weight', 'compression']
        .map((k) => df(plain, k))
        .reduce((a, b) => a + b, 0),
    );
    expect(summary.vocabulary?.stoplist).toEqual({ file: STOPLIST, phrases: 3, termsDropped: 3 });
    expect(summary.options).toMatchObject({ thesaurus: THESAURUS, stoplist: STOPLIST });
  });

  it('fails with BAD_INPUT naming a missing file, before reading any paper', async () => {
    const error = await runBuild({
      inputs: ['no/such/papers.txt'],
      thesaurus: 'no/such/thesaurus.txt',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(LitgraphError);
    expect([error.code, error.file]).toEqual(['BAD_INPUT', 'no/such/thesaurus.txt']);
  });
});

describe('litgraph build --thesaurus/--stoplist (CLI)', () => {
  const cli = (...args: string[]) =>
    spawnSync('node', ['src/cli/litgraph.mjs', ...args], { encoding: 'utf8' });

  it('lists both options in --help', () => {
    const help = cli('build', '--help').stdout;
    expect(help).toContain('--thesaurus <file>');
    expect(help).toContain('--stoplist <file>');
  });

  it('exits 1 naming file and line of a bad thesaurus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgraph-vocab-cli-'));
    const bad = join(dir, 'bad-thesaurus.txt');
    writeFileSync(bad, 'label\treplace by\nfine\tok\nbroken line without tab\n');
    const r = cli('build', SAMPLE, '-q', '--out', join(dir, 'out'), '--thesaurus', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:3: expected "label<TAB>replace by"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the counts in the summary table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgraph-vocab-cli-'));
    const r = cli(
      'build',
      SAMPLE,
      '-q',
      '--out',
      join(dir, 'out'),
      '--thesaurus',
      THESAURUS,
      '--stoplist',
      STOPLIST,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/thesaurus: terms renamed \/ dropped\s+3 \/ 2/);
    expect(r.stdout).toMatch(/stoplist: terms dropped\s+3/);
  });
});
