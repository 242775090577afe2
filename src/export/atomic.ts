// Atomic file output: write to a temporary file in the target folder, then rename over the target, so that a
// crash never leaves a half-written file behind.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** File content: a string or bytes, or a function that writes it in chunks (large outputs). */
export type FileContent = string | Uint8Array | ((write: (chunk: string) => void) => void);

let counter = 0;

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files of `file` left by writers that were killed (their process is gone). */
function removeStaleTemps(dir: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.\\d+\\.tmp$`);
  for (const entry of readdirSync(dir)) {
    const m = pattern.exec(entry);
    if (m && Number(m[1]) !== process.pid && !isRunning(Number(m[1])))
      rmSync(join(dir, entry), { force: true });
  }
}

function stage(file: string, content: FileContent): string {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, basename(file));
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${counter++}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    if (typeof content === 'function') content((chunk) => writeAll(fd, Buffer.from(chunk, 'utf8')));
    else writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  return tmp;
}

/** Writes `content` to `file` atomically (temp file + rename), creating the folder if needed. */
export function writeFileAtomic(file: string, content: FileContent): void {
  renameSync(stage(file, content), file);
}

/**
 * Writes several files so that none is replaced unless all could be written: every temp file is written first,
 * then all are renamed into place.
 */
export function writeFilesAtomic(files: ReadonlyArray<readonly [string, FileContent]>): void {
  const staged: [string, string][] = [];
  try {
    for (const [file, content] of files) staged.push([stage(file, content), file]);
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
}
