// Reads the papers-text format (a copied "papers with code" listing, graph/samples/seed-papers.txt): title
// line, abstract line, repeated. Blank lines and page boilerplate are skipped. Each line is classified as
// title- or abstract-like so that a missing line is reported (with its line number) instead of shifting every
// later pair; ambiguous lines take the role the pairing expects, looking one line ahead.
import { isBoilerplate, stripGluedPrefix } from './boilerplate';
import { classifyLine, type LineScore } from './classify-line';
import { type NumberedLine, splitLines } from './split-lines';
import type { RawItem } from './types';

interface ContentLine extends NumberedLine, LineScore {}

export async function* readPapersText(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let pending: ContentLine | undefined; // a title waiting for its abstract
  let current: ContentLine | undefined;
  const issue = (line: number, message: string): RawItem => ({
    issue: { file, line, message },
    skipped: true,
  });

  const decide = function* (line: ContentLine, next: ContentLine | undefined): Generator<RawItem> {
    if (!pending) {
      if (line.kind === 'abstract')
        yield issue(line.line, `abstract with no title before it (${excerpt(line.text)})`);
      else pending = line;
      return;
    }
    // Expecting an abstract: a clear title, or a title-leaning line followed by a clear abstract, means the
    // pending title has none.
    const isTitle =
      line.kind === 'title' || (line.kind === 'either' && line.score <= 0 && next?.kind === 'abstract');
    if (isTitle) {
      yield issue(
        pending.line,
        `title with no abstract: ${excerpt(pending.text)} (line ${line.line} is another title)`,
      );
      pending = line;
      return;
    }
    yield { record: { title: pending.text, abstract: line.text }, line: pending.line };
    pending = undefined;
  };

  for await (const numbered of splitLines(chunks)) {
    const text = stripGluedPrefix(numbered.text.trim());
    if (!text || isBoilerplate(text)) continue;
    const next: ContentLine = { line: numbered.line, text, ...classifyLine(text) };
    if (current) yield* decide(current, next);
    current = next;
  }
  if (current) yield* decide(current, undefined);
  if (pending) yield issue(pending.line, `title with no abstract: ${excerpt(pending.text)} (end of file)`);
}

function excerpt(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
