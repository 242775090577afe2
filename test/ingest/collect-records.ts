// Test helpers for the ingest stage: fixture paths, a temp dir per test file, and draining readRecords.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { type InputFormat, readRecords } from '../../src/ingest';
import type { IngestIssue, Paper } from '../../src/types';

export const FIXTURES = 'test/fixtures/ingest';

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface Collected {
  papers: Paper[];
  /** Line of each paper's record, in order. */
  lines: (number | undefined)[];
  issues: IngestIssue[];
  skipped: IngestIssue[];
  warnings: IngestIssue[];
}

export async function collect(file: string, format?: InputFormat): Promise<Collected> {
  const out: Collected = { papers: [], lines: [], issues: [], skipped: [], warnings: [] };
  for await (const item of readRecords(file, format)) {
    if ('paper' in item) {
      out.papers.push(item.paper);
      out.lines.push('line' in item ? item.line : undefined);
    } else {
      out.issues.push(item.issue);
      (item.skipped ? out.skipped : out.warnings).push(item.issue);
    }
  }
  return out;
}

/**
 * A temp dir, removed after the test when made inside one, else after the tests of the file or describe;
 * `write` puts a file in it and returns its path.
 */
export function tempDir(prefix: string): {
  dir: string;
  write: (name: string, content: string | Buffer) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), `litgraph-${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove); // throws outside a test
  } catch {
    afterAll(remove);
  }
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** A few words of filler that make a valid abstract. */
export const ABSTRACT = 'We propose a method and show that it works well on two standard benchmarks.';
