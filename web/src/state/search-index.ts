// Client-side search over term labels, aliases and acronyms and paper titles: exact matches first, then prefixes,
// then word prefixes, then substrings; terms before papers on ties, then the more connected node.
import type { NodeAttributes, NodeKind } from '../types';

export interface SearchEntry {
  node: string;
  kind: NodeKind;
  label: string;
  /** The alias or acronym that matched, when it was not the label. */
  matched?: string;
  weight: number;
}

interface IndexedText {
  entry: Omit<SearchEntry, 'matched'>;
  text: string;
  folded: string;
  isLabel: boolean;
}

export interface SearchIndex {
  texts: IndexedText[];
}

/** Lower case, accents removed, runs of space and punctuation made one space. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function buildSearchIndex(nodes: Iterable<[string, NodeAttributes]>): SearchIndex {
  const texts: IndexedText[] = [];
  for (const [node, a] of nodes) {
    const entry = { node, kind: a.kind, label: a.label, weight: a.kind === 'term' ? a.df : a.degree };
    const add = (text: string, isLabel: boolean): void => {
      const folded = fold(text);
      if (folded) texts.push({ entry, text, folded, isLabel });
    };
    add(a.label, true);
    if (a.kind === 'term') {
      for (const alias of a.aliases ?? []) add(alias, false);
      if (a.acronym && !(a.aliases ?? []).includes(a.acronym)) add(a.acronym, false);
    }
  }
  return { texts };
}

function rank(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.includes(` ${query}`)) return 2;
  if (folded.includes(query)) return 3;
  return -1;
}

/** The best `limit` entries for `query`, one per node. */
export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const best = new Map<string, { entry: SearchEntry; rank: number }>();
  for (const item of index.texts) {
    const r = rank(item.folded, q);
    if (r < 0) continue;
    const previous = best.get(item.entry.node);
    if (previous && (previous.rank < r || (previous.rank === r && !item.isLabel))) continue;
    const entry: SearchEntry = item.isLabel ? { ...item.entry } : { ...item.entry, matched: item.text };
    best.set(item.entry.node, { entry, rank: r });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'term' ? -1 : 1) ||
        b.entry.weight - a.entry.weight ||
        a.entry.label.localeCompare(b.entry.label),
    )
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** Papers found by the server (when the loaded graph has none) as suggestions. */
export const paperEntries = (
  hits: readonly { id: string; label: string; year: number | null }[],
): SearchEntry[] =>
  hits.map((hit) => ({
    node: hit.id,
    kind: 'paper',
    label: hit.label,
    weight: 0,
    ...(hit.year !== null ? { matched: String(hit.year) } : {}),
  }));

/**
 * Local suggestions followed by remote ones (nodes not already listed), at most `limit`; when both have rows,
 * at least `reserve` places go to the remote ones so paper titles show up even when many terms match.
 */
export function mergeSuggestions(
  local: readonly SearchEntry[],
  remote: readonly SearchEntry[],
  limit = 10,
  reserve = 4,
): SearchEntry[] {
  const seen = new Set(local.map((entry) => entry.node));
  const extra = remote.filter((entry) => !seen.has(entry.node));
  const keep = Math.min(local.length, Math.max(limit - extra.length, limit - reserve));
  return [...local.slice(0, keep), ...extra].slice(0, limit);
}
