// Corpus-level term selection: acronyms resolved corpus-wide (so "VAE", "VAEs" and "variational autoencoders"
// become one term), spelling variants merged, then terms kept by document frequency and ranked by C-value.
import type { Mention, PaperExtraction, Term, TermType } from '../types';
import { cValues } from './cvalue';
import { compactKey, displayForm, isAcronymLike } from './normalise';
import { isGenericKey } from './stoplist';
import { voteType } from './type-term';

export interface SelectOptions {
  /** Minimum number of papers a term must appear in. */
  readonly minDf: number;
  /** Keep at most this many terms, by termhood (0 = no limit). */
  readonly maxTerms: number;
  /** Extra generic phrases (normalised keys) to drop. */
  readonly stopKeys?: ReadonlySet<string>;
  /** Renames (normalised key → normalised key, or '' to drop), applied before counting. */
  readonly thesaurus?: ReadonlyMap<string, string>;
}

export interface TermSelection {
  readonly terms: Term[];
  /** Per paper (input order): the kept term keys with their mentions, keys in first-mention order. */
  readonly paperTerms: Map<string, Map<string, Mention[]>>;
  /** Candidate keys before the document-frequency and termhood cut. */
  readonly candidates: number;
  /** Mentions renamed or dropped by the thesaurus. */
  readonly thesaurusChanges: number;
}

interface Tally {
  papers: Set<string>;
  tf: number;
  surfaces: Map<string, number>;
  votes: Mention[];
  acronyms: Map<string, number>;
}

/** Selects the corpus's terms from per-paper extractions. Deterministic for a given input order. */
export function selectTerms(extractions: readonly PaperExtraction[], options: SelectOptions): TermSelection {
  const acronymTarget = resolveAcronyms(extractions);
  let thesaurusChanges = 0;
  const keyOf = (m: Mention): string => {
    let key =
      m.acronym && acronymTarget.has(m.acronym) && m.key === m.acronym.toLowerCase()
        ? acronymTarget.get(m.acronym)!
        : m.key;
    key = acronymTarget.get(`key:${key}`) ?? key;
    if (options.thesaurus?.has(key)) {
      thesaurusChanges++;
      key = options.thesaurus.get(key)!;
    }
    return key;
  };

  // First pass: tallies by key, remembering each mention's key.
  const tallies = new Map<string, Tally>();
  const keyed: [PaperExtraction, [string, Mention][]][] = [];
  for (const ex of extractions) {
    const list: [string, Mention][] = [];
    for (const m of ex.mentions) {
      const key = keyOf(m);
      if (key === '') continue;
      list.push([key, m]);
      let t = tallies.get(key);
      if (!t) {
        t = { papers: new Set(), tf: 0, surfaces: new Map(), votes: [], acronyms: new Map() };
        tallies.set(key, t);
      }
      t.papers.add(ex.paperId);
      t.tf++;
      const form = displayForm(
        m.surface,
        m.field === 'title' ? 'all' : atSentenceStart(ex, m) ? 'first' : 'none',
      );
      t.surfaces.set(form, (t.surfaces.get(form) ?? 0) + 1);
      t.votes.push(m);
      if (m.acronym) t.acronyms.set(m.acronym, (t.acronyms.get(m.acronym) ?? 0) + 1);
    }
    keyed.push([ex, list]);
  }

  // Spelling variants that differ only by spaces/hyphens ("auto encoder", "autoencoder") share one key.
  const canonical = mergeCompactVariants(tallies);
  const merged = new Map<string, Tally>();
  for (const [key, t] of tallies) {
    const target = canonical.get(key) ?? key;
    const m = merged.get(target);
    if (!m) {
      merged.set(target, {
        ...t,
        papers: new Set(t.papers),
        surfaces: new Map(t.surfaces),
        votes: [...t.votes],
        acronyms: new Map(t.acronyms),
      });
      continue;
    }
    for (const p of t.papers) m.papers.add(p);
    m.tf += t.tf;
    for (const [s, n] of t.surfaces) m.surfaces.set(s, (m.surfaces.get(s) ?? 0) + n);
    m.votes.push(...t.votes);
    for (const [s, n] of t.acronyms) m.acronyms.set(s, (m.acronyms.get(s) ?? 0) + n);
  }

  const freq = new Map<string, number>();
  for (const [key, t] of merged) if (!isGenericKey(key, options.stopKeys)) freq.set(key, t.tf);
  const scores = cValues(freq);

  let kept = [...freq.keys()]
    .filter((key) => merged.get(key)!.papers.size >= options.minDf)
    .sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  if (options.maxTerms > 0) kept = kept.slice(0, options.maxTerms);
  const keptSet = new Set(kept);

  const typeOf = inheritTypes(merged, keptSet);
  const terms: Term[] = kept.map((key) => toTerm(key, merged.get(key)!, scores.get(key)!, typeOf.get(key)!));

  const paperTerms = new Map<string, Map<string, Mention[]>>();
  for (const [ex, list] of keyed) {
    const byKey = new Map<string, Mention[]>();
    for (const [rawKey, m] of list) {
      const key = canonical.get(rawKey) ?? rawKey;
      if (!keptSet.has(key)) continue;
      const ms = byKey.get(key);
      if (ms) ms.push(m);
      else byKey.set(key, [m]);
    }
    paperTerms.set(ex.paperId, byKey);
  }
  return { terms, paperTerms, candidates: freq.size, thesaurusChanges };
}

/**
 * Corpus-wide acronyms: each short form maps to its most frequent long form when that one has at least 60% of
 * the short form's definitions; long forms of one short form that are spelling variants of the winner
 * ("variational autoencoding" / "variational autoencoder") are merged into it (returned as `key:<variant>`).
 */
export function resolveAcronyms(extractions: readonly PaperExtraction[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const ex of extractions) {
    for (const [sf, lf] of Object.entries(ex.acronyms)) {
      let v = votes.get(sf);
      if (!v) {
        v = new Map();
        votes.set(sf, v);
      }
      v.set(lf, (v.get(lf) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const sf of [...votes.keys()].sort()) {
    const v = votes.get(sf)!;
    const ranked = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [winner, n] = ranked[0];
    const variants = ranked.filter(([lf]) => lf === winner || isVariant(lf, winner));
    const support = variants.reduce((s, [, c]) => s + c, 0);
    const total = ranked.reduce((s, [, c]) => s + c, 0);
    if (support / total < 0.6 && n < 2) continue;
    if (support / total >= 0.6) out.set(sf, winner);
    for (const [lf] of variants) if (lf !== winner && !out.has(`key:${lf}`)) out.set(`key:${lf}`, winner);
  }
  return out;
}

/** Same number of words and each pair of words shares most of its prefix. */
function isVariant(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => {
    const v = wb[i];
    let p = 0;
    while (p < w.length && p < v.length && w[p] === v[p]) p++;
    return p >= Math.max(4, Math.min(w.length, v.length) - 4);
  });
}

function mergeCompactVariants(tallies: ReadonlyMap<string, Tally>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of tallies.keys()) {
    const c = compactKey(key);
    const g = groups.get(c);
    if (g) g.push(key);
    else groups.set(c, [key]);
  }
  const out = new Map<string, string>();
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const spaces = (k: string) => k.split(' ').length;
    // The most frequent spelling wins; on a tie the one written solid ("autoencoder").
    const best = [...keys].sort(
      (a, b) => tallies.get(b)!.tf - tallies.get(a)!.tf || spaces(a) - spaces(b) || (a < b ? -1 : 1),
    )[0];
    for (const k of keys) if (k !== best) out.set(k, best);
  }
  return out;
}

/** Term types by vote; an untyped term inherits the type of "<term> <head>" candidates ("BERT" from "BERT model"). */
function inheritTypes(merged: ReadonlyMap<string, Tally>, kept: ReadonlySet<string>): Map<string, TermType> {
  const types = new Map<string, TermType>();
  for (const key of kept) types.set(key, voteType(merged.get(key)!.votes));
  const extended = new Map<string, Map<TermType, number>>();
  for (const [key, t] of merged) {
    const space = key.lastIndexOf(' ');
    if (space < 0) continue;
    const prefix = key.slice(0, space);
    if (!kept.has(prefix) || types.get(prefix) !== 'concept') continue;
    const type = voteType(t.votes);
    if (type === 'concept') continue;
    let m = extended.get(prefix);
    if (!m) {
      m = new Map();
      extended.set(prefix, m);
    }
    m.set(type, (m.get(type) ?? 0) + t.tf);
  }
  for (const [prefix, m] of extended) {
    const [best] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best && isAcronymLike(bestSurface(merged.get(prefix)!))) types.set(prefix, best[0]);
  }
  return types;
}

function bestSurface(t: Tally): string {
  return [...t.surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

function toTerm(key: string, t: Tally, score: number, type: TermType): Term {
  const acronym = [...t.acronyms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const forms = [...t.surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // The label is the most frequent written form; a spelled-out form beats a bare acronym.
  const spelled = forms.find(([f]) => !(acronym && f === acronym) && !isAcronymLike(f));
  const label = (acronym && spelled ? spelled[0] : forms[0][0]) || key;
  const aliases: string[] = [];
  const seen = new Set([label.toLowerCase()]);
  const raw = new Map<string, number>();
  for (const m of t.votes) {
    const s =
      /^[A-Z][a-z]/.test(m.surface) && !isAcronymLike(m.surface) ? m.surface.toLowerCase() : m.surface;
    raw.set(s, (raw.get(s) ?? 0) + 1);
  }
  if (acronym) raw.set(acronym, (raw.get(acronym) ?? 0) + t.tf + 1);
  for (const [s] of [...raw.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (seen.has(s.toLowerCase()) && s !== acronym) continue;
    if (s === label) continue;
    seen.add(s.toLowerCase());
    aliases.push(s);
    if (aliases.length >= 12) break;
  }
  return {
    key,
    label,
    type,
    aliases,
    ...(acronym ? { acronym } : {}),
    df: t.papers.size,
    tf: t.tf,
    score: Math.round(score * 1000) / 1000,
  };
}

function atSentenceStart(ex: PaperExtraction, m: Mention): boolean {
  const sentence = ex.sentences[m.sentence];
  return !!sentence && m.start <= sentence[0] + 1;
}
