// `similar`: terms whose paper sets are most alike (cosine of the paper-incidence vectors, Salton & McGill
// 1983), leaving out the term itself and terms that are one of its names (a label equal to one of its
// aliases or acronym, or with its label among their aliases).
import { cosine, forEachCooccurring } from './cooccurrence';
import { compareScoresDesc } from './order';
import { termSummary } from './query-index';
import { resolveTerm } from './resolve';
import type { LimitOptions, QueryDocument, QueryIndex } from './types';
import { checkLimit } from './validate';

export function similar(index: QueryIndex, term: string, options: LimitOptions = {}): QueryDocument {
  const limit = checkLimit(options.limit);
  const source = resolveTerm(index, term);
  const t = source.index;
  const ownNames = new Set(index.termNames[t].map((name) => name.normalised));
  const ownLabel = index.termNames[t][0]?.normalised;
  const isAlias = (u: number) => {
    const names = index.termNames[u];
    return ownNames.has(names[0]?.normalised ?? '') || names.some((name) => name.normalised === ownLabel);
  };
  const ct = index.termPapers[t].length;
  const rows: { u: number; score: number; shared: number }[] = [];
  forEachCooccurring(index, t, (u, shared) => {
    if (!isAlias(u)) rows.push({ u, score: cosine(shared, ct, index.termPapers[u].length), shared });
  });
  rows.sort((a, b) => compareScoresDesc(a.score, b.score) || a.u - b.u);
  const results = rows.slice(0, limit).map(({ u, score, shared }) => {
    return {
      ...termSummary(index, u),
      score,
      shared,
    };
  });
  return {
    query: { verb: 'similar', term, resolved: { id: source.id, label: source.label }, limit },
    results,
  };
}
