// Attribute values flattened for tabular and XML formats: arrays of plain values joined with "; ", anything
// nested as JSON, absent values left out. Also the per-column type every typed format needs.
import type { Attributes } from 'graphology-types';

export type Flat = string | number | boolean;

/** Offset arrays that only make sense with litgraph's own files (as in graph.gexf). */
export const OFFSET_ATTRIBUTES: ReadonlySet<string> = new Set(['sentences', 'spans']);

const isPlain = (v: unknown): v is Flat =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** One value as a flat cell: undefined when absent (null, undefined, NaN). */
export function flattenValue(value: unknown): Flat | undefined {
  if (value === undefined || value === null) return undefined;
  if (isPlain(value)) return value;
  if (typeof value === 'number') return undefined;
  if (Array.isArray(value) && value.every(isPlain)) return value.join('; ');
  return JSON.stringify(value);
}

export type ColumnType = 'boolean' | 'int' | 'double' | 'string';

/** A column: its attribute name and the narrowest type holding every value (int < double < string). */
export interface Column {
  readonly name: string;
  type: ColumnType;
}

/**
 * The columns of a set of attribute objects, in first-seen order, with their types; `skip` names left out.
 * Integers beyond 32 bits count as doubles (GraphML/GEXF `int` is 32-bit).
 */
export function collectColumns(
  each: (visit: (attributes: Attributes) => void) => void,
  skip: ReadonlySet<string> = new Set(),
): Column[] {
  const columns = new Map<string, Column>();
  each((attributes) => {
    for (const [name, raw] of Object.entries(attributes)) {
      if (skip.has(name)) continue;
      const value = flattenValue(raw);
      if (value === undefined) continue;
      const type: ColumnType =
        typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'number'
            ? Number.isInteger(value) && Math.abs(value) < 2 ** 31
              ? 'int'
              : 'double'
            : 'string';
      const column = columns.get(name);
      if (!column) columns.set(name, { name, type });
      else column.type = widen(column.type, type);
    }
  });
  return [...columns.values()];
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}
