// `litgraph eval` end to end through the real CLI: output shapes, exit codes, and a run on SciERC dev.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DEV = '../shared/data/scierc/dev.json';
const FIXTURES = 'test/fixtures/eval';
const TYPES = ['Method', 'Task', 'Metric', 'Material', 'OtherScientificTerm'];

function litgraph(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/litgraph.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts the documented JSON shape and that every score is a fraction in [0, 1]. */
function expectReportShape(report: Record<string, unknown>): void {
  expect(Object.keys(report).slice(0, 6)).toEqual([
    'documents',
    'untyped',
    'untypedNoGeneric',
    'typed',
    'typedMacroF1',
    'methodPrecision',
  ]);
  const fraction = (value: unknown) => {
    expect(typeof value).toBe('number');
    expect(value as number).toBeGreaterThanOrEqual(0);
    expect(value as number).toBeLessThanOrEqual(1);
  };
  const scores = (value: unknown) => {
    expect(Object.keys(value as object)).toEqual(['p', 'r', 'f1']);
    for (const score of Object.values(value as object)) fraction(score);
  };
  for (const kind of ['untyped', 'untypedNoGeneric'] as const) {
    const byMatch = report[kind] as Record<string, unknown>;
    expect(Object.keys(byMatch)).toEqual(['exact', 'partial']);
    scores(byMatch.exact);
    scores(byMatch.partial);
  }
  const typed = report.typed as Record<string, unknown>;
  expect(Object.keys(typed)).toEqual(TYPES);
  for (const type of TYPES) scores(typed[type]);
  fraction(report.typedMacroF1);
  const methodPrecision = report.methodPrecision as Record<string, unknown>;
  expect(Object.keys(methodPrecision)).toEqual(['exact', 'partial']);
  fraction(methodPrecision.exact);
  fraction(methodPrecision.partial);
}

describe('litgraph eval', () => {
  it('prints the JSON report for a DyGIE file', () => {
    const { code, stdout } = litgraph('eval', 'scierc', `${FIXTURES}/two-docs.json`, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expectReportShape(report);
    expect(report.documents).toBe(2);
    expect(report).not.toHaveProperty('perDoc');
  });

  it('prints an aligned table, with per-document rows sorted by F1 when asked', () => {
    const { code, stdout } = litgraph('eval', 'scierc', `${FIXTURES}/two-docs.json`, '--per-doc');
    expect(code).toBe(0);
    expect(stdout).toContain('2 documents');
    const rows = stdout
      .split('\n')
      .filter((line) => /\s(exact|partial|exact\+type)\s+\d\.\d{3}\s+\d\.\d{3}/.test(line));
    expect(rows).toHaveLength(9);
    // right-aligned numbers: every row ends at the same column
    expect(new Set(rows.map((line) => line.length)).size).toBe(1);
    const perDoc = stdout.split('\n').filter((line) => line.startsWith('FIX-'));
    const f1 = perDoc.map((line) => Number(line.split(/\s+/)[3]));
    expect(perDoc).toHaveLength(2);
    expect(f1).toEqual([...f1].sort((a, b) => a - b));
  });

  it.each([
    ['an unknown dataset', ['eval', 'conll', `${FIXTURES}/two-docs.json`], 2, 'unknown dataset'],
    ['a missing argument', ['eval', 'scierc'], 2, ''],
    ['a missing file', ['eval', 'scierc', `${FIXTURES}/no-such-file.json`], 1, 'no-such-file.json'],
    ['a malformed line', ['eval', 'scierc', `${FIXTURES}/malformed.json`], 1, 'malformed.json:2'],
    ['a file that is not DyGIE', ['eval', 'scierc', 'package.json'], 1, 'package.json:1'],
  ])('exits with the right code on %s', (_name, args, exitCode, message) => {
    const { code, stderr, stdout } = litgraph(...args);
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(stdout).toBe('');
  });

  it.runIf(existsSync(DEV))('scores SciERC dev (50 documents) with --json --per-doc', () => {
    const { code, stdout, stderr } = litgraph('eval', 'scierc', DEV, '--json', '--per-doc');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expectReportShape(report);
    expect(report.documents).toBe(50);
    expect(report.perDoc).toHaveLength(50);
    expect(new Set(report.perDoc.map((d: { doc_key: string }) => d.doc_key)).size).toBe(50);
    expect(stderr).toContain('eval: 50/50 documents');
    // partial matching can only find more than exact matching
    expect(report.untyped.partial.f1).toBeGreaterThanOrEqual(report.untyped.exact.f1);
  });
});
