// Reads JSON Lines: one record per line, blank lines ignored; a bad line is an issue naming the line. A file
// whose first lines are all not JSON is not JSON Lines at all: BAD_INPUT instead of one issue per line.
// OpenAlex and Semantic Scholar API records are recognised by their fields (json-shapes.ts).
import { badInput, type LitgraphError } from '../errors';
import { jsonErrorReason } from './json-error';
import { normaliseJsonRecord } from './json-shapes';
import { splitLines } from './split-lines';
import type { RawItem } from './types';

/** This many bad lines before any good one make the file BAD_INPUT. */
export const MAX_LEADING_BAD_LINES = 10;

interface BadLine {
  line: number;
  reason: string;
}

export async function* readJsonLines(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  const asIssue = ({ line, reason }: BadLine): RawItem => ({
    issue: { file, line, message: `line is not valid JSON: ${reason}` },
    skipped: true,
  });
  let held: BadLine[] | undefined = []; // bad lines held until the first good line proves the format
  for await (const { line, text } of splitLines(chunks)) {
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const bad = { line, reason: jsonErrorReason(error, text).reason };
      if (!held) yield asIssue(bad);
      else if (held.push(bad) >= MAX_LEADING_BAD_LINES) throw notJsonLines(file, held);
      continue;
    }
    if (held) {
      yield* held.map(asIssue);
      held = undefined;
    }
    yield { record: normaliseJsonRecord(record), line };
  }
  if (held?.length) throw notJsonLines(file, held);
}

function notJsonLines(file: string, held: BadLine[]): LitgraphError {
  const [first] = held;
  const which = held.length === 1 ? `line ${first.line} is` : `the first ${held.length} lines are`;
  return badInput(
    `not JSON Lines: ${which} not valid JSON (line ${first.line}: ${first.reason}); a JSON array or a pretty-printed object belongs in a .json file`,
    file,
    first.line,
  );
}
