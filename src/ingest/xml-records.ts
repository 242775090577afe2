// Splits a stream of XML text into the records of a feed (`<entry>…</entry>`, `<PubmedArticle>…</PubmedArticle>`)
// without parsing the whole document: each record's text is parsed on its own (xml-record-parser.ts), so one
// malformed record is an issue and the others are still read, and a large PubMed file is never held whole.
// Comments, CDATA, processing instructions and the DOCTYPE (internal subset included) are skipped, never
// interpreted: entity declarations in it are not read at all. Namespace prefixes on tag names are ignored.

export type XmlEvent =
  /** The document element, once, before any record. */
  | { kind: 'root'; name: string; line: number }
  /** A record's text, from its start tag to its end tag, and the line the start tag is on. */
  | { kind: 'record'; xml: string; line: number; tag: string }
  /** A record whose end tag never came: `next` is the line of the record start that cut it, if any. */
  | { kind: 'unclosed'; line: number; tag: string; next?: number };

/** The name without its namespace prefix. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export async function* xmlRecords(
  chunks: AsyncIterable<string>,
  recordTags: ReadonlySet<string>,
): AsyncGenerator<XmlEvent> {
  let buffer = '';
  let pos = 0; // scan position in buffer
  let line = 1; // line number at `pos`
  let rootSeen = false;
  let record: { start: number; line: number; tag: string } | undefined;
  // How far the construct at `pos` was scanned while it was incomplete: the next chunk resumes there instead of
  // scanning it again from its start (a comment that never closes made a large file quadratic).
  const pending: ScanState = { scanned: 0, quote: '', depth: 0 };
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (buffer.charCodeAt(i) === 10) line++;
    pos = to;
  };

  const scan = function* (atEnd: boolean): Generator<XmlEvent> {
    for (;;) {
      const open = buffer.indexOf('<', pos);
      if (open < 0) {
        advance(buffer.length);
        return;
      }
      advance(open);
      if (!atEnd && open + 9 > buffer.length) return; // too little to tell a comment from CDATA: wait
      if (!/^[\p{L}_:/!?]/u.test(buffer[open + 1] ?? '')) {
        advance(open + 1); // a bare "<" in text (not well-formed, but harmless here)
        continue;
      }
      const end = constructEnd(buffer, open, atEnd, pending);
      if (end < 0) return; // incomplete: wait for more text
      pending.scanned = 0;
      pending.quote = '';
      pending.depth = 0;
      const token = buffer.slice(open, end);
      if (/^<[!?]/.test(token)) {
        advance(end);
        continue;
      }
      const name = /^<\/?([^\s/>]+)/.exec(token)?.[1] ?? '';
      const tag = localName(name);
      if (token.startsWith('</')) {
        if (record && tag === record.tag) {
          yield { kind: 'record', xml: buffer.slice(record.start, end), line: record.line, tag };
          record = undefined;
        }
      } else if (name) {
        if (!rootSeen) {
          rootSeen = true;
          yield { kind: 'root', name: tag, line };
        }
        if (recordTags.has(tag)) {
          if (record) yield { kind: 'unclosed', line: record.line, tag: record.tag, next: line };
          record = { start: open, line, tag };
          if (token.endsWith('/>')) {
            yield { kind: 'record', xml: token, line, tag };
            record = undefined;
          }
        }
      }
      advance(end);
    }
  };

  // New text waits here until it is at least as long as what the buffer still holds: a long record or an
  // unfinished construct is then copied a logarithmic number of times, not once per chunk (quadratic).
  let waiting: string[] = [];
  let waitingLength = 0;
  for await (const chunk of chunks) {
    waiting.push(chunk);
    waitingLength += chunk.length;
    if (waitingLength < buffer.length) continue;
    buffer += waiting.join('');
    waiting = [];
    waitingLength = 0;
    yield* scan(false);
    // Keep only what is still needed: the open record, or the unfinished construct at `pos`.
    const keep = record ? record.start : pos;
    buffer = buffer.slice(keep);
    pos -= keep;
    if (record) record.start = 0;
  }
  buffer += waiting.join('');
  yield* scan(true);
  if (record) yield { kind: 'unclosed', line: record.line, tag: record.tag };
}

/** Where scanning an incomplete construct stopped: characters after its `<` already read, and the tag state. */
interface ScanState {
  scanned: number;
  quote: string;
  depth: number;
}

/**
 * The index just after the markup construct starting at `open` (a tag, comment, CDATA section, processing
 * instruction or declaration), or -1 when the buffer ends first (at the end of the text: the buffer's end).
 * `state` carries the scan of an incomplete construct over to the next call with more text.
 */
function constructEnd(text: string, open: number, atEnd: boolean, state: ScanState): number {
  const incomplete = atEnd ? text.length : -1;
  const find = (marker: string, from: number) => {
    const at = text.indexOf(marker, Math.max(from, open + state.scanned - marker.length + 1));
    if (at < 0) state.scanned = text.length - open;
    return at < 0 ? incomplete : at + marker.length;
  };
  const head = text.slice(open, open + 9);
  if (head.startsWith('<!--')) return find('-->', open + 4);
  if (head.startsWith('<![CDATA[')) return find(']]>', open + 9);
  if (head.startsWith('<?')) return find('?>', open + 2);
  // A tag or a declaration: up to the first `>` outside quotes (and, in a DOCTYPE, outside its [ … ]).
  let { quote, depth } = state;
  for (let i = open + Math.max(1, state.scanned); i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' && text[open + 1] === '!') {
      depth++;
    } else if (char === ']' && depth > 0) {
      depth--;
    } else if (char === '>' && depth === 0) {
      return i + 1;
    }
  }
  Object.assign(state, { scanned: text.length - open, quote, depth });
  return incomplete;
}
