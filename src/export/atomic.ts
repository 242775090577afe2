// Atomic file output: write to a temporary file in the target folder, then rename over the target, so that a
// crash never leaves a half-written file behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `content` to `file` atomically (temp file + rename), creating the folder if needed. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Writes several files so that none is replaced unless all could be written: every temp file is written first,
 * then all are renamed into place.
 */
export function writeFilesAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void {
  const staged: [string, string][] = [];
  try {
    for (const [file, content] of files) {
      const dir = dirname(file);
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
      writeFileSync(tmp, content);
      staged.push([tmp, file]);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
}
