// Atomic writes: all-or-nothing, no temp files left behind, chunked writers supported.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/export';

describe('atomic writes', () => {
  it('writes strings, bytes and chunked content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-atomic-'));
    writeFilesAtomic([
      [join(dir, 'a.txt'), 'héllo'],
      [join(dir, 'b.bin'), new Uint8Array([1, 2, 3])],
      [join(dir, 'sub', 'c.txt'), (write) => ['x', 'y', 'z'].forEach(write)],
    ]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('héllo');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'sub', 'c.txt'), 'utf8')).toBe('xyz');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces nothing when one of the files fails, and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-atomic-'));
    writeFileSync(join(dir, 'graph.json'), 'old');
    expect(() =>
      writeFilesAtomic([
        [join(dir, 'graph.json'), 'new'],
        [
          join(dir, 'graph.gexf'),
          () => {
            throw new Error('disk full');
          },
        ],
      ]),
    ).toThrow('disk full');
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'graph.gexf'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('overwrites a single file in one step', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-atomic-'));
    writeFileAtomic(join(dir, 'f'), 'one');
    writeFileAtomic(join(dir, 'f'), 'two');
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('two');
  });
});

describe('stale temp files', () => {
  it('removes temp files left by a killed writer, keeps those of live processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-atomic-'));
    const dead = join(dir, '.graph.json.999999999.0.tmp');
    const live = join(dir, `.graph.json.${process.ppid}.0.tmp`);
    writeFileSync(dead, 'partial');
    writeFileSync(live, 'in progress');
    writeFileAtomic(join(dir, 'graph.json'), 'done');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('done');
  });
});
