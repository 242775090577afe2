// Splits an abstract into plain and marked pieces from the mention spans (field 1 = abstract), so the panel can
// build text nodes and <mark> elements. Overlapping or out-of-range spans are dropped, never trusted.
export interface MarkSpan {
  start: number;
  end: number;
  node: string;
}

export type Piece = { text: string } | { text: string; node: string };

export function markAbstract(text: string, spans: readonly MarkSpan[]): Piece[] {
  const valid = spans
    .filter(
      (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length,
    )
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of valid) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start) });
    pieces.push({ text: text.slice(span.start, span.end), node: span.node });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The abstract spans of a paper's mention edges: `[field, sentence, start, end]` with field 1. */
export function abstractSpans(
  mentions: Iterable<{ node: string; spans: readonly (readonly number[])[] | undefined }>,
): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const { node, spans } of mentions) {
    for (const span of spans ?? []) {
      if (span.length >= 4 && span[0] === 1) out.push({ start: span[2], end: span[3], node });
    }
  }
  return out;
}
