// Normalisation of a surface form into one term key: case, plural of the head word (with exceptions),
// hyphen/space variants and British/American spelling. Pure functions, table-tested.
import pluralize from 'pluralize';

/** Plurals that pluralize gets wrong on technical text, or words that must stay as they are. */
const SINGULAR_EXCEPTIONS: Record<string, string> = {
  data: 'data',
  metadata: 'metadata',
  corpora: 'corpus',
  analyses: 'analysis',
  hypotheses: 'hypothesis',
  theses: 'thesis',
  bases: 'basis',
  axes: 'axis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  matrices: 'matrix',
  vertices: 'vertex',
  indices: 'index',
  appendices: 'appendix',
  lemmata: 'lemma',
  schemata: 'schema',
  formulae: 'formula',
  media: 'media',
  news: 'news',
  series: 'series',
  species: 'species',
  physics: 'physics',
  mathematics: 'mathematics',
  statistics: 'statistics',
  linguistics: 'linguistics',
  semantics: 'semantics',
  pragmatics: 'pragmatics',
  robotics: 'robotics',
  analytics: 'analytics',
  dynamics: 'dynamics',
  graphics: 'graphics',
  ethics: 'ethics',
  economics: 'economics',
  genomics: 'genomics',
  informatics: 'informatics',
  kinematics: 'kinematics',
  mechanics: 'mechanics',
  optics: 'optics',
  logistics: 'logistics',
  diagnostics: 'diagnostics',
  lens: 'lens',
  gas: 'gas',
  bias: 'bias',
  biases: 'bias',
  atlas: 'atlas',
  corpus: 'corpus',
  focus: 'focus',
  consensus: 'consensus',
  status: 'status',
  radius: 'radius',
  calculus: 'calculus',
  stimulus: 'stimulus',
  thesaurus: 'thesaurus',
  virus: 'virus',
  bus: 'bus',
  plus: 'plus',
  gaussians: 'gaussian',
  process: 'process',
  loss: 'loss',
  class: 'class',
  less: 'less',
  ness: 'ness',
  mamba: 'mamba',
};

/** British spellings mapped to American, word by word (suffix rules below catch -isation/-iser). */
const SPELLING: Record<string, string> = {
  modelling: 'modeling',
  modelled: 'modeled',
  labelling: 'labeling',
  labelled: 'labeled',
  unlabelled: 'unlabeled',
  travelling: 'traveling',
  signalling: 'signaling',
  behaviour: 'behavior',
  behaviours: 'behaviors',
  behavioural: 'behavioral',
  colour: 'color',
  colours: 'colors',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  neighbourhood: 'neighborhood',
  neighbourhoods: 'neighborhoods',
  centre: 'center',
  centres: 'centers',
  fibre: 'fiber',
  grey: 'gray',
  tumour: 'tumor',
  tumours: 'tumors',
  analyse: 'analyze',
  catalogue: 'catalog',
  dialogue: 'dialog',
  dialogues: 'dialogs',
  optimise: 'optimize',
  optimised: 'optimized',
  generalise: 'generalize',
  normalise: 'normalize',
  normalised: 'normalized',
  recognise: 'recognize',
  favour: 'favor',
  programme: 'program',
  licence: 'license',
  defence: 'defense',
};

/** American spelling of one lower-case word. */
export function americanise(word: string): string {
  const mapped = SPELLING[word];
  if (mapped) return mapped;
  if (/isations?$/.test(word)) return word.replace(/isation(s?)$/, 'ization$1');
  if (/isers?$/.test(word) && word.length > 6) return word.replace(/iser(s?)$/, 'izer$1');
  return word;
}

const ACRONYM_PLURAL = /^[A-Z][A-Za-z0-9]*[A-Z0-9]s$/;

/** Singular of one word, keeping case; acronym plurals ("VAEs") lose their s. */
export function singularise(word: string): string {
  if (ACRONYM_PLURAL.test(word)) return word.slice(0, -1);
  const lower = word.toLowerCase();
  if (Object.hasOwn(SINGULAR_EXCEPTIONS, lower)) return matchCase(SINGULAR_EXCEPTIONS[lower], word);
  if (!/[a-z]s$/.test(lower) || lower.length < 4) return word;
  if (/(ss|us|is|ics|ous|ys)$/.test(lower)) return word;
  const single = pluralize.singular(lower);
  return matchCase(single, word);
}

function matchCase(lower: string, like: string): string {
  if (like === like.toLowerCase()) return lower;
  if (like === like.toUpperCase()) return lower.toUpperCase();
  // Keep the written form for the part both share, append the rest in lower case.
  let i = 0;
  while (i < lower.length && i < like.length && lower[i] === like[i].toLowerCase()) i++;
  return like.slice(0, i) + lower.slice(i);
}

/** True for words written like acronyms or names with inner capitals: "VAE", "BiLSTM", "GPT-2", "ResNet". */
export function isAcronymLike(word: string): boolean {
  return /^[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9]/.test(word) && /[A-Z]/.test(word.slice(1));
}

/** Words of a surface form: split on spaces, hyphens and slashes kept as written inside the word. */
export function splitWords(surface: string): string[] {
  return surface.split(/\s+/).filter((w) => w !== '');
}

/**
 * The display form of a surface: the head word singular, acronyms and inner capitals kept; title-case words
 * lowered in titles ('all') or at a sentence start ('first'), kept in running text ("Penn Treebank").
 */
export function displayForm(surface: string, lowerTitleCase: 'all' | 'first' | 'none' = 'all'): string {
  const words = splitWords(surface).map((w, i) => {
    if (isAcronymLike(w)) return w;
    const lower = lowerTitleCase === 'all' || (lowerTitleCase === 'first' && i === 0);
    return lower || w === w.toLowerCase() ? w.toLowerCase() : w;
  });
  if (words.length === 0) return '';
  words[words.length - 1] = singularise(words[words.length - 1]);
  return words.join(' ');
}

/**
 * The term key of a surface form: lower case, American spelling, singular head, hyphens as spaces
 * ("Auto-Encoders" → "auto encoder"). Variants that differ only by spaces are merged later by `compactKey`.
 */
export function normaliseKey(surface: string): string {
  const words = splitWords(surface.replace(/[‐‑–—]/g, '-'));
  if (words.length === 0) return '';
  words[words.length - 1] = singularise(words[words.length - 1]);
  return words
    .map((w) => w.toLowerCase())
    .map((w) => w.split('-').map(americanise).join(' '))
    .join(' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key with spaces removed: "auto encoder" and "autoencoder" share it. */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}
