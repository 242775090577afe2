// Splits a stream of text chunks into numbered lines (\n, \r\n or \r endings), holding one line at a time.

export interface NumberedLine {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its ending. */
  readonly text: string;
}

export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let buffer = '';
  let line = 0;
  for await (const chunk of chunks) {
    buffer += chunk;
    let start = 0;
    for (;;) {
      const end = nextBreak(buffer, start);
      if (end < 0) break;
      // A \r at the end of the buffer may be the first half of \r\n: wait for the next chunk.
      if (buffer[end] === '\r' && end === buffer.length - 1) break;
      yield { line: ++line, text: buffer.slice(start, end) };
      start = end + (buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1);
    }
    buffer = buffer.slice(start);
  }
  if (buffer.endsWith('\r')) buffer = buffer.slice(0, -1);
  if (buffer) yield { line: ++line, text: buffer };
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}
