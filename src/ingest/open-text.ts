// Opens an input file as a stream of text chunks: gzip is decompressed transparently (by magic bytes), the
// first few KB are read ahead for format detection, and files that cannot be read as text are BAD_INPUT.
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { badInput, LitgraphError } from '../errors';

/** How much decompressed text is read ahead for detection and the binary check. */
export const HEAD_BYTES = 8192;

export interface TextSource {
  /** The first HEAD_BYTES or so of the text (BOM removed). */
  readonly head: string;
  /** The whole text, head included, in chunks. Iterate once; stops the streams when left early. */
  readonly chunks: AsyncGenerator<string>;
  /** Stops the streams (also done when `chunks` ends or is left); safe to call more than once. */
  readonly close: () => void;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Opens `file`; throws LitgraphError BAD_INPUT when it is missing, unreadable, empty, binary or bad gzip. */
export async function openText(file: string): Promise<TextSource> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw badInput(`cannot read the file: ${systemReason(error)}`, file);
  }
  let size: number;
  const magic = Buffer.alloc(2);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw badInput('is a directory, not a file', file);
    size = stat.size;
    if (size > 0) await handle.read(magic, 0, 2, 0);
  } catch (error) {
    await handle.close();
    if (error instanceof LitgraphError) throw error;
    throw badInput(`cannot read the file: ${systemReason(error)}`, file);
  }
  if (size === 0) {
    await handle.close();
    throw badInput('the file is empty', file);
  }
  const gzipped = magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
  if (!gzipped && /\.gz$/i.test(file)) {
    await handle.close();
    throw badInput('named .gz but is not gzip-compressed', file);
  }

  const raw = handle.createReadStream({ start: 0, autoClose: true });
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  if (gzipped) raw.on('error', (error) => stream.destroy(error));
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const close = () => {
    raw.destroy();
    stream.destroy();
  };
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await iterator.next();
    } catch (error) {
      close();
      throw gzipped
        ? badInput(`corrupt or truncated gzip data (${zlibReason(error)})`, file)
        : badInput(`cannot read the file: ${systemReason(error)}`, file);
    }
  };

  const headChunks: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < HEAD_BYTES) {
    const result = await next(); // closes the streams itself when it throws
    if (result.done) {
      done = true;
      break;
    }
    headChunks.push(result.value);
    headLength += result.value.length;
  }
  const headBytes = Buffer.concat(headChunks);
  const binary = binaryReason(headBytes);
  if (binary) {
    close();
    throw badInput(`not a text file: ${binary}`, file);
  }
  const decoder = new StringDecoder('utf8');
  const first = decoder.write(headBytes).replace(/^\ufeff/, '');
  if (done && !first.trim()) {
    close();
    throw badInput(gzipped ? 'the file is empty once decompressed' : 'the file holds only whitespace', file);
  }

  async function* chunks(): AsyncGenerator<string> {
    try {
      yield first;
      if (done) return;
      for (;;) {
        const result = await next();
        if (result.done) break;
        yield decoder.write(result.value);
      }
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      close();
    }
  }
  return { head: first, chunks: chunks(), close };
}

/** Why the bytes are not text, or undefined when they look like text: NUL bytes, many control bytes, not UTF-8. */
export function binaryReason(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'it is UTF-16 encoded; save it as UTF-8';
  }
  if (bytes.includes(0)) return 'it contains NUL bytes (binary data)';
  let control = 0;
  for (const byte of bytes)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  if (control > bytes.length * 0.01 + 1) return 'it contains control characters (binary data)';
  // Invalid UTF-8 decodes to U+FFFD; ignore a sequence cut off by the end of the head.
  const text = new StringDecoder('utf8').write(bytes);
  const invalid = text.split('\ufffd').length - 1;
  if (invalid > text.length * 0.01 + 2) return 'it is not UTF-8 text';
  return undefined;
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}

function zlibReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^zlib: /, '');
}
