// Typing terms as method / task / dataset / metric / concept: the head noun decides (lexicons in
// data/lexicons.ts); cue words around a mention only break ties; a term's type is a vote over its mentions.
import type { TermType } from '../types';
import { CUE_AFTER, CUE_BEFORE, HEAD_LEXICON, TYPE_ORDER } from './data/lexicons';

/** Head (hyphens as spaces) → type; a head listed under several types keeps the first in TYPE_ORDER. */
const HEADS = new Map<string, Exclude<TermType, 'concept'>>();
for (const type of TYPE_ORDER) {
  for (const head of HEAD_LEXICON[type]) {
    const h = head.replace(/-/g, ' ');
    if (!HEADS.has(h)) HEADS.set(h, type);
  }
}
const MAX_HEAD_WORDS = Math.max(...[...HEADS.keys()].map((h) => h.split(' ').length));

/**
 * The type given by the key's head word(s), if the lexicon knows it; the longest matching head wins ("error
 * rate" over "rate", "graph neural network" over "network"). Keys use spaces for hyphens.
 */
export function typeByHead(key: string): Exclude<TermType, 'concept'> | undefined {
  const words = key.split(' ');
  for (let n = Math.min(MAX_HEAD_WORDS, words.length); n >= 1; n--) {
    const type = HEADS.get(words.slice(words.length - n).join(' '));
    if (type) return type;
  }
  return undefined;
}

/** The type suggested by the words right before and after a mention, if any. */
export function typeByCue(before: string | undefined, after: string | undefined): TermType | undefined {
  const a = after?.toLowerCase();
  if (a && Object.hasOwn(CUE_AFTER, a)) return CUE_AFTER[a];
  const b = before?.toLowerCase();
  if (b && Object.hasOwn(CUE_BEFORE, b)) return CUE_BEFORE[b];
  return undefined;
}

export interface TypeVote {
  readonly typeHint: TermType;
  readonly headTyped: boolean;
}

/**
 * The type of a term from its mentions: the majority of head-typed hints; else the majority of cue hints if it
 * covers at least half the mentions; else `concept`. Ties go to the order method, task, dataset, metric.
 */
export function voteType(votes: Iterable<TypeVote>): TermType {
  const head = new Map<TermType, number>();
  const cue = new Map<TermType, number>();
  let total = 0;
  for (const v of votes) {
    total++;
    const bucket = v.headTyped ? head : cue;
    if (v.typeHint !== 'concept') bucket.set(v.typeHint, (bucket.get(v.typeHint) ?? 0) + 1);
  }
  const best = (m: Map<TermType, number>): [TermType, number] | undefined => {
    let winner: [TermType, number] | undefined;
    for (const t of ['method', 'task', 'dataset', 'metric'] as const) {
      const n = m.get(t) ?? 0;
      if (n > 0 && (!winner || n > winner[1])) winner = [t, n];
    }
    return winner;
  };
  const byHead = best(head);
  if (byHead) return byHead[0];
  const byCue = best(cue);
  if (byCue && byCue[1] * 2 >= total && total >= 2) return byCue[0];
  return 'concept';
}
