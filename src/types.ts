// Shared record and attribute types: what every stage hands the next, and the attributes of the one graph.

/** A paper as read from any input format, after validation. Plain, readonly, JSON-serialisable. */
export interface Paper {
  /** Given id, else DOI, else a stable hash of the normalised title. */
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly year?: number;
  readonly authors?: readonly string[];
  readonly venue?: string;
  readonly url?: string;
  readonly doi?: string;
}

/** A problem with one record or line: a value, not a throw. */
export interface IngestIssue {
  readonly file: string;
  /** 1-based line where the record starts, when the format has lines. */
  readonly line?: number;
  readonly message: string;
}

export const TERM_TYPES = ['method', 'task', 'dataset', 'metric', 'concept'] as const;
export type TermType = (typeof TERM_TYPES)[number];

/** Which part of the paper a mention was found in. */
export type Field = 'title' | 'abstract';

/** One occurrence of a candidate term in one paper. Offsets index the field's text. */
export interface Mention {
  /** Normalised term key (lower case, singular head, hyphen/spelling variants unified). */
  readonly key: string;
  /** The text as written. */
  readonly surface: string;
  readonly field: Field;
  /** Sentence index inside the field (the title is one sentence). */
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** The type this mention suggests (head noun, cue phrase); the term's type is a vote over its mentions. */
  readonly typeHint: TermType;
  /** True when the head-noun lexicon decided the hint (stronger than a cue phrase or default). */
  readonly headTyped: boolean;
  /** When the mention is an acronym, or was written "long form (SF)", its short form. */
  readonly acronym?: string;
}

/** What the extractor returns for one paper. */
export interface PaperExtraction {
  readonly paperId: string;
  readonly mentions: readonly Mention[];
  /** Sentence spans [start, end) of the abstract, for evidence. */
  readonly sentences: readonly (readonly [number, number])[];
  /** Acronym definitions "long form (SF)" found in this paper: short form -> normalised long-form key. */
  readonly acronyms: Readonly<Record<string, string>>;
  /** Set when the abstract is not in English: nothing was extracted. */
  readonly notEnglish?: boolean;
}

/** A term kept after corpus-level selection. */
export interface Term {
  readonly key: string;
  readonly label: string;
  readonly type: TermType;
  /** Other surface forms, acronyms included, most frequent first; never contains the label. */
  readonly aliases: readonly string[];
  readonly acronym?: string;
  /** Number of papers mentioning it. */
  readonly df: number;
  /** Number of mentions. */
  readonly tf: number;
  /** Termhood (C-value, Frantzi et al. 2000). */
  readonly score: number;
}

// ---------------------------------------------------------------------------------------------
// Graph attributes: one undirected graphology graph, `paper:<id>` and `term:<key>` nodes.
// Keep `label, x, y, size, color` so sigma and GEXF need no mapping.

interface CommonNodeAttributes {
  label: string;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Number of neighbours in the bipartite graph. */
  degree: number;
}

export interface PaperNodeAttributes extends CommonNodeAttributes {
  kind: 'paper';
  paperId: string;
  abstract: string;
  year?: number;
  authors?: string[];
  venue?: string;
  url?: string;
  doi?: string;
  /** Sentence spans [start, end) in `abstract`. */
  sentences: [number, number][];
}

export interface TermNodeAttributes extends CommonNodeAttributes {
  kind: 'term';
  key: string;
  type: TermType;
  aliases: string[];
  acronym?: string;
  /** Document frequency: papers mentioning the term. */
  df: number;
  /** Total mentions. */
  tf: number;
  /** Termhood score (C-value). */
  score: number;
  /** First and mean publication year of its papers, when papers have years. */
  firstYear?: number;
  meanYear?: number;
  /** Papers mentioning the term per publication year (year → count, ascending), when papers have years. */
  years?: Record<string, number>;
}

export type NodeAttributes = PaperNodeAttributes | TermNodeAttributes;

/** A paper–term edge: `[field, sentence, start, end]` per mention; field 0 = title, 1 = abstract. */
export interface EdgeAttributes {
  kind: 'mention';
  /** Mentions, with a title mention counting TITLE_WEIGHT. */
  weight: number;
  mentions: number;
  spans: [0 | 1, number, number, number][];
}

export interface CommunityInfo {
  id: number;
  label: string;
  /** The 3 most distinctive terms' labels. */
  topTerms: string[];
  papers: number;
  terms: number;
  color: string;
  meanYear?: number;
}

export interface GraphAttributes {
  name: string;
  litgraphVersion: string;
  communities: CommunityInfo[];
  modularity: number;
  /** Options the build used (seed included), for reproducibility. */
  options: Record<string, unknown>;
}
