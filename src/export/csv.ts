// RFC 4180 CSV: fields with a comma, double quote, CR or LF are quoted, quotes doubled; records end in CRLF.
import type { ChunkWriter } from './json';

/** One field, quoted only when it must be (or always, with `always`). */
export function csvField(value: string | number | boolean | undefined, always = false): string {
  if (value === undefined) return '';
  const s = String(value);
  return always || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with its CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.join(',')}\r\n`;
}

/** Buffers records and hands them to `write` in chunks of about a thousand. */
export function bufferedWriter(write: ChunkWriter): { push(record: string): void; flush(): void } {
  const buffer: string[] = [];
  const flush = () => {
    if (buffer.length) write(buffer.join(''));
    buffer.length = 0;
  };
  return {
    push(record) {
      buffer.push(record);
      if (buffer.length >= 1000) flush();
    },
    flush,
  };
}
