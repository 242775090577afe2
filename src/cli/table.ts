// Aligned plain-text tables for human output of the CLI.

export interface Column {
  readonly key: string;
  readonly title: string;
  readonly align?: 'left' | 'right';
  /** Cut longer cells with an ellipsis. */
  readonly maxWidth?: number;
}

/** Formats rows as an aligned table with a header line; cells are converted with String(). */
export function formatTable(
  rows: ReadonlyArray<Record<string, unknown>>,
  columns: readonly Column[],
): string {
  const cell = (row: Record<string, unknown>, c: Column): string => {
    const v = row[c.key];
    let s = v === undefined || v === null ? '' : String(v).replace(/\s+/g, ' ');
    if (c.maxWidth && s.length > c.maxWidth) s = `${s.slice(0, c.maxWidth - 1)}…`;
    return s;
  };
  const cells = rows.map((r) => columns.map((c) => cell(r, c)));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].align === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => c.title));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[header, rule, ...cells.map(line)].join('\n')}\n`;
}
