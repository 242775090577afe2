// Progress on stderr: a bar redrawn in place on a TTY, plain lines every ~10% otherwise. Rate and ETA shown.

export interface Progress {
  tick(done: number): void;
  done(message?: string): void;
}

export interface ProgressOptions {
  readonly label: string;
  readonly total: number;
  readonly unit?: string;
  readonly stream?: NodeJS.WriteStream;
  /** Silence everything (tests, --quiet). */
  readonly quiet?: boolean;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = !!stream.isTTY;
  const started = Date.now();
  const unit = options.unit ?? 'items';
  let lastDecile = -1;
  let lastDraw = 0;
  const describe = (done: number): string => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 && options.total > done ? `, ETA ${Math.ceil((options.total - done) / rate)}s` : '';
    return `${done}/${options.total} ${unit} (${rate.toFixed(0)} ${unit}/s${eta})`;
  };
  return {
    tick(done) {
      if (options.quiet || options.total <= 0) return;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < options.total) return;
        lastDraw = now;
        const width = 24;
        const filled = Math.round((done / options.total) * width);
        stream.write(
          `\r${options.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${describe(done)}\u001b[K`,
        );
      } else {
        const decile = Math.floor((done / options.total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${options.label}: ${describe(done)}\n`);
        }
      }
    },
    done(message) {
      if (options.quiet) return;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (tty) stream.write('\r\u001b[K');
      stream.write(`${options.label}: ${message ?? 'done'} in ${secs}s\n`);
    },
  };
}

/** Prints a stage line on stderr (not on --quiet). */
export function logStage(message: string, quiet?: boolean): void {
  if (!quiet) process.stderr.write(`${message}\n`);
}
