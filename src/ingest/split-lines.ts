// Splits a stream of text chunks into numbered lines (\n, \r\n or \r endings), holding one line at a time.
import { badInput } from '../errors';

export interface NumberedLine {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its ending. */
  readonly text: string;
}

/** A line longer than this is not a title, an abstract or a record: BAD_INPUT instead of holding it. */
export const MAX_LINE_LENGTH = 10_000_000;

/**
 * Splits chunks into lines in linear time: the pieces of an unfinished line are kept apart and joined once, when
 * its end comes (appending to one growing string and scanning it again with every chunk made a 50 MB line
 * quadratic). Throws BAD_INPUT naming the line when a line grows past MAX_LINE_LENGTH characters.
 */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let parts: string[] = []; // pieces of the current line, without line breaks
  let length = 0;
  let line = 0;
  let afterCr = false; // the last chunk ended with \r: a \n starting the next one is part of that ending
  const take = (piece: string): void => {
    length += piece.length;
    if (length > MAX_LINE_LENGTH) {
      throw badInput(
        `line ${line + 1} is longer than ${MAX_LINE_LENGTH.toLocaleString('en')} characters: not a line of text records`,
        undefined,
        line + 1,
      );
    }
    if (piece) parts.push(piece);
  };
  const finish = (): NumberedLine => {
    const text = parts.length === 1 ? parts[0] : parts.join('');
    parts = [];
    length = 0;
    return { line: ++line, text };
  };
  for await (const chunk of chunks) {
    if (chunk === '') continue;
    let start = afterCr && chunk.charCodeAt(0) === 10 ? 1 : 0;
    afterCr = false;
    for (;;) {
      const end = nextBreak(chunk, start);
      if (end < 0) break;
      take(chunk.slice(start, end));
      yield finish();
      if (chunk.charCodeAt(end) === 13) {
        if (end === chunk.length - 1) afterCr = true;
        start = end + (chunk.charCodeAt(end + 1) === 10 ? 2 : 1);
      } else start = end + 1;
    }
    if (start < chunk.length) take(chunk.slice(start));
  }
  if (length > 0) yield finish();
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}

/**
 * Turns carriage returns that do not end a line (not followed by \n) into spaces, for line-based exports (RIS,
 * Web of Science) where a stray \r inside a field is not a line break. A text whose first line break is a
 * lone \r (classic Mac line endings) is passed through unchanged.
 */
export async function* joinStrayCarriageReturns(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let mode: 'unknown' | 'join' | 'keep' = 'unknown';
  let held = '';
  for await (const chunk of chunks) {
    let text = held + chunk;
    held = '';
    if (mode === 'unknown') {
      const first = nextBreak(text, 0);
      // A \r at the very end may be the first half of \r\n: decide with the next chunk.
      if (first >= 0 && !(text[first] === '\r' && first === text.length - 1)) {
        mode = text[first] === '\r' && text[first + 1] !== '\n' ? 'keep' : 'join';
      } else if (first >= 0) {
        held = text;
        continue;
      }
    }
    if (mode === 'join') {
      if (text.endsWith('\r')) {
        held = '\r';
        text = text.slice(0, -1);
      }
      text = text.replace(/\r(?!\n)/g, ' ');
    }
    if (text) yield text;
  }
  if (held) yield held;
}
