// Corpus-level term selection: acronyms resolved corpus-wide (so "VAE", "VAEs" and "variational autoencoders"
// become one term), spelling variants merged, then terms kept by document frequency and ranked by C-value.
import type { Mention, PaperExtraction, Term, TermType } from '../types';
import { cValues } from './cvalue';
import { compactKey, displayForm, isAcronymLike } from './normalise';
import { isGenericKey } from './stoplist';
import { type TypeVote, typeByHead, voteType } from './type-term';

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

/** What is known of a kept term once its mentions are gathered (pass 3). */
interface Tally {
  df: number;
  tf: number;
  surfaces: Map<string, number>;
  raw: Map<string, number>;
  acronyms: Map<string, number>;
  votes: TypeVote[];
}

/**
 * Selects the corpus's terms from per-paper extractions. Deterministic for a given input order. Three passes
 * keep memory small on large corpora: (1) frequencies per spelling, (2) document frequency per merged key, and
 * (3) surfaces, type votes and per-paper mentions for the kept terms only.
 */
export function selectTerms(extractions: readonly PaperExtraction[], options: SelectOptions): TermSelection {
  const acronymTarget = resolveAcronyms(extractions);
  let thesaurusChanges = 0;
  const keyOf = (m: Mention, count: boolean): string => {
    let key =
      m.acronym && acronymTarget.has(m.acronym) && m.key === m.acronym.toLowerCase()
        ? acronymTarget.get(m.acronym)!
        : m.key;
    key = acronymTarget.get(`key:${key}`) ?? key;
    if (options.thesaurus?.has(key)) {
      if (count) thesaurusChanges++;
      key = options.thesaurus.get(key)!;
    }
    return key;
  };

  // Pass 1: mentions per spelling, to merge variants that differ only by spaces/hyphens.
  const spellingTf = new Map<string, number>();
  for (const ex of extractions) {
    for (const m of ex.mentions) {
      const key = keyOf(m, true);
      if (key !== '') spellingTf.set(key, (spellingTf.get(key) ?? 0) + 1);
    }
  }
  const canonical = mergeCompactVariants(spellingTf);
  const canonicalOf = (m: Mention): string => {
    const key = keyOf(m, false);
    return canonical.get(key) ?? key;
  };

  // Pass 2: document and term frequency per merged key.
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const ex of extractions) {
    const seen = new Set<string>();
    for (const m of ex.mentions) {
      const key = canonicalOf(m);
      if (key === '') continue;
      tf.set(key, (tf.get(key) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        df.set(key, (df.get(key) ?? 0) + 1);
      }
    }
  }

  const freq = new Map<string, number>();
  for (const [key, n] of tf) if (!isGenericKey(key, options.stopKeys)) freq.set(key, n);
  const scores = cValues(freq);
  let kept = [...freq.keys()]
    .filter((key) => df.get(key)! >= options.minDf)
    .sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  if (options.maxTerms > 0) kept = kept.slice(0, options.maxTerms);

  // Pass 3: the kept terms' surfaces, acronyms, type votes and mentions per paper.
  const tallies = new Map<string, Tally>(
    kept.map((key) => [
      key,
      {
        df: df.get(key)!,
        tf: tf.get(key)!,
        surfaces: new Map(),
        raw: new Map(),
        acronyms: new Map(),
        votes: [],
      },
    ]),
  );
  const paperTerms = new Map<string, Map<string, Mention[]>>();
  for (const ex of extractions) {
    const byKey = new Map<string, Mention[]>();
    for (const m of ex.mentions) {
      const key = canonicalOf(m);
      const t = tallies.get(key);
      if (!t) continue;
      const form = displayForm(
        m.surface,
        m.field === 'title' ? 'all' : atSentenceStart(ex, m) ? 'first' : 'none',
      );
      bump(t.surfaces, form);
      bump(
        t.raw,
        /^[A-Z][a-z]/.test(m.surface) && !isAcronymLike(m.surface) ? m.surface.toLowerCase() : m.surface,
      );
      if (m.acronym) bump(t.acronyms, m.acronym);
      t.votes.push({ typeHint: m.typeHint, headTyped: m.headTyped });
      const ms = byKey.get(key);
      if (ms) ms.push(m);
      else byKey.set(key, [m]);
    }
    paperTerms.set(ex.paperId, byKey);
  }

  const typeOf = inheritTypes(tallies, tf);
  const terms: Term[] = kept.map((key) => toTerm(key, tallies.get(key)!, scores.get(key)!, typeOf.get(key)!));
  return { terms, paperTerms, candidates: freq.size, thesaurusChanges };
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

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

function mergeCompactVariants(spellingTf: ReadonlyMap<string, number>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of spellingTf.keys()) {
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
      (a, b) => spellingTf.get(b)! - spellingTf.get(a)! || spaces(a) - spaces(b) || (a < b ? -1 : 1),
    )[0];
    for (const k of keys) if (k !== best) out.set(k, best);
  }
  return out;
}

/**
 * Term types by vote; a kept acronym-like term with no type of its own takes the head type of the candidates
 * that extend it ("BERT" from "BERT model", "BERT encoder"), weighted by their mentions.
 */
function inheritTypes(
  tallies: ReadonlyMap<string, Tally>,
  tf: ReadonlyMap<string, number>,
): Map<string, TermType> {
  const types = new Map<string, TermType>();
  for (const [key, t] of tallies) types.set(key, voteType(t.votes));
  const extended = new Map<string, Map<TermType, number>>();
  for (const [key, n] of tf) {
    const space = key.lastIndexOf(' ');
    if (space < 0) continue;
    const prefix = key.slice(0, space);
    if (types.get(prefix) !== 'concept') continue;
    const type = typeByHead(key);
    if (!type) continue;
    let m = extended.get(prefix);
    if (!m) {
      m = new Map();
      extended.set(prefix, m);
    }
    m.set(type, (m.get(type) ?? 0) + n);
  }
  for (const [prefix, m] of extended) {
    const [best] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best && isAcronymLike(bestSurface(tallies.get(prefix)!))) types.set(prefix, best[0]);
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
  const raw = new Map(t.raw);
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
    df: t.df,
    tf: t.tf,
    score: Math.round(score * 1000) / 1000,
  };
}

function atSentenceStart(ex: PaperExtraction, m: Mention): boolean {
  const sentence = ex.sentences[m.sentence];
  return !!sentence && m.start <= sentence[0] + 1;
}
