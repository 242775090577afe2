// Turns a JSON.parse error into a short reason with a line and column, without V8's copy of the input text.

export function jsonErrorReason(
  error: unknown,
  text: string,
  firstLine = 1,
): { reason: string; line?: number } {
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes (part of) the input: `Unexpected token '}', "[{"a":}]" is not valid JSON`.
  const reason = message
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
  const position = /at position (\d+)/.exec(message);
  if (!position) return { reason };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = firstLine + (before.match(/\n/g)?.length ?? 0);
  const column = offset - before.lastIndexOf('\n');
  return { reason: `${reason} at line ${line}, column ${column}`, line };
}
