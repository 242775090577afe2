// Deterministic orderings shared by every verb: scores compared with a tolerance (so float noise never
// decides a tie), then labels case-insensitively, then ids.

/** Code-unit comparison, independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Labels case-insensitively, then exactly, then ids. */
export function compareLabels(labelA: string, idA: string, labelB: string, idB: string): number {
  return (
    compareStrings(labelA.toLowerCase(), labelB.toLowerCase()) ||
    compareStrings(labelA, labelB) ||
    compareStrings(idA, idB)
  );
}

const EPSILON = 1e-9;

/** Higher score first; scores within a relative 1e-9 of each other are a tie (0). */
export function compareScoresDesc(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= EPSILON * scale) return 0;
  return b - a;
}
