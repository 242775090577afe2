// The stoplist of generic phrases as a set of normalised keys, plus user-supplied extra phrases.
import { GENERIC_PHRASES } from './data/stoplist';
import { normaliseKey } from './normalise';

const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC_PHRASES.map(normaliseKey));

/** True when a normalised key is a generic phrase ("this paper", "result", "state of the art"). */
export function isGenericKey(key: string, extra?: ReadonlySet<string>): boolean {
  if (GENERIC_KEYS.has(key) || extra?.has(key)) return true;
  // Phrases made only of generic words ("experimental result", "new approach") are generic too.
  return /^(this|our|the|these|their|its|such) /.test(key);
}
