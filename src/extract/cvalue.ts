// C-value termhood (Frantzi, Ananiadou & Mima 2000, "Automatic recognition of multi-word terms: the
// C-value/NC-value method"): C(a) = log2(|a|+1) · f(a) when a is not nested in a longer candidate, else
// log2(|a|+1) · (f(a) − (1/|T_a|) Σ_{b∈T_a} f(b)), with T_a the longer candidates containing a. The +1 lets
// single words score.

/** C-value of every key; keys are space-separated words, `freq` their total mentions. */
export function cValues(freq: ReadonlyMap<string, number>): Map<string, number> {
  const nestedSum = new Map<string, number>();
  const nestedCount = new Map<string, number>();
  for (const [b, fb] of freq) {
    const words = b.split(' ');
    if (words.length < 2) continue;
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        if (j - i === words.length) continue;
        const a = words.slice(i, j).join(' ');
        if (seen.has(a) || !freq.has(a)) continue;
        seen.add(a);
        nestedSum.set(a, (nestedSum.get(a) ?? 0) + fb);
        nestedCount.set(a, (nestedCount.get(a) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, number>();
  for (const [a, fa] of freq) {
    const len = Math.log2(a.split(' ').length + 1);
    const n = nestedCount.get(a) ?? 0;
    out.set(a, n === 0 ? len * fa : len * (fa - (nestedSum.get(a) ?? 0) / n));
  }
  return out;
}
