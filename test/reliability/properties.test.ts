// Property-based tests (fast-check, fixed seeds) and growth-rate checks. For every input reader, the extractor
// and the query layer: arbitrary input (any code points, format tokens in any order, structured junk) never
// throws anything but a LitgraphError, and what they return is well formed. Then time: 1k, 10k and 100k (1M for
// the streaming readers) characters of adversarial patterns ("((((", "a-a-a-", quote runs, many acronym
// definitions, "@" runs, unclosed tags) must grow about linearly — a 10× larger input may take at most
// MAX_STEP_RATIO× longer (quadratic growth gives 100×), which catches regex backtracking and O(n²) scans.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { extractPaper } from '../../src/extract';
import { INPUT_FORMATS, type InputFormat, readRecords } from '../../src/ingest';
import { createQueryIndex, QUERY_VERBS, resolveTerm, runQuery } from '../../src/query';
import { toyGraph } from '../query/toy-graph';

const SEED = 42;
/** Largest allowed time ratio for a 10× larger input (linear: ~10; quadratic: ~100). */
const MAX_STEP_RATIO = 30;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'litgraph-props-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---- generators ----------------------------------------------------------------------------------------------

const WORDS = ['Sparse', 'attention', 'model', 'the', 'of', 'we', 'propose', 'graph', 'neural', 'network'];
const MORE_WORDS = ['BERT', 'LSTM', 'VAE', 'a', 'and', 'for', 'dataset', 'accuracy', 'F1', 'ImageNet', 'is'];
const word = fc.constantFrom(...WORDS, ...MORE_WORDS);
/** Any code points, lone surrogates and control characters included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** Text made of `tokens`, words, spaces, line breaks and arbitrary code points, in any order. */
const tokenText = (tokens: readonly string[], maxLength = 60) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...tokens), weight: 4 },
        { arbitrary: word, weight: 3 },
        { arbitrary: fc.constantFrom(' ', ' ', '\n', '\r\n', '\t'), weight: 3 },
        { arbitrary: anyText(6), weight: 1 },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

const jsonField = fc.oneof(fc.jsonValue({ maxDepth: 3 }), tokenText(['(', ')', '<b>', '&amp;', '©'], 20));
const jsonRecord = fc.record(
  {
    title: jsonField,
    abstract: jsonField,
    year: jsonField,
    date: jsonField,
    authors: jsonField,
    doi: jsonField,
    url: jsonField,
    id: jsonField,
    venue: jsonField,
    abstract_inverted_index: jsonField,
  },
  { requiredKeys: [] },
);
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '\\',
  '\\u00',
  'null',
  'true',
  '1e999',
  '"title"',
  '"abstract"',
];
const XML_COMMON = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  '&amp;',
  '&lt;',
  '&#x41;',
  '&#0;',
  '&bogus;',
  '<![CDATA[',
  ']]>',
];
const XML_MORE = [
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<b>',
  '</b>',
  '<i>',
];
const ATOM = [
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<title>',
  '</title>',
];
const ATOM_MORE = [
  '<summary>',
  '</summary>',
  '<author><name>',
  '</name></author>',
  '<id>',
  '</id>',
  '<published>',
];
const PUBMED = [
  '<PubmedArticleSet>',
  '<PubmedArticle>',
  '</PubmedArticle>',
  '<MedlineCitation>',
  '<PMID>',
  '</PMID>',
];
const PUBMED_MORE = [
  '<ArticleTitle>',
  '</ArticleTitle>',
  '<Abstract>',
  '<AbstractText Label="X">',
  '</AbstractText>',
];
const BIBTEX = [
  '@article{',
  '@string{',
  '@comment{',
  '@preamble{',
  '@inproceedings(',
  '{',
  '}',
  '(',
  ')',
  '=',
  ',',
];
const BIBTEX_MORE = ['"', '#', 'title', 'abstract', 'author', ' and ', "\\'e", '\\"{u}', '$', '\\', '%', '@'];
const tagged = (tags: readonly string[], maxLines = 20) =>
  fc
    .array(fc.tuple(fc.constantFrom(...tags), tokenText(['-', '.', ';', ','], 8)), { maxLength: maxLines })
    .map((lines) => lines.map(([tag, rest]) => tag + rest).join('\n'));

/** A generator of file contents for each format. */
const CONTENT: Record<InputFormat, fc.Arbitrary<string>> = {
  'papers-text': tokenText(
    ['.', '. ', 'e.g. ', 'Fig. 3', '?', '!', '"', '(', ')', 'Subscribe', '\r', '…'],
    120,
  ),
  json: fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.array(jsonRecord, { maxLength: 5 }).map((r) => JSON.stringify(r, null, 1)),
    fc.record({ papers: fc.array(jsonRecord, { maxLength: 3 }) }).map((r) => JSON.stringify(r)),
    tokenText(JSON_TOKENS, 60),
  ),
  jsonl: fc
    .array(
      fc.oneof(
        jsonRecord.map((r) => JSON.stringify(r)),
        tokenText(JSON_TOKENS, 12),
      ),
      { maxLength: 8 },
    )
    .map((lines) => lines.join('\n')),
  csv: fc
    .tuple(
      fc.constantFrom(
        'title,abstract\n',
        'Title,Abstract,Year,Authors\n',
        '"title","abstract"\n',
        'title;abstract\n',
      ),
      tokenText(['"', ',', '""', '\n', '\r\n', '\r', ';', '=', '\ufeff'], 80),
    )
    .map(([header, body]) => header + body),
  tsv: fc
    .tuple(
      fc.constantFrom('title\tabstract\n', 'id\ttitle\tabstract\tyear\n'),
      tokenText(['"', '\t', '\n', '""'], 80),
    )
    .map(([header, body]) => header + body),
  bibtex: tokenText([...BIBTEX, ...BIBTEX_MORE, 'year = 2020', 'doi = {10.1/x}'], 80),
  ris: tagged([
    'TY  - ',
    'TI  - ',
    'T1  - ',
    'AB  - ',
    'N2  - ',
    'AU  - ',
    'PY  - ',
    'DO  - ',
    'ER  - ',
    'XX  - ',
    '  ',
  ]),
  'arxiv-atom': tokenText([...XML_COMMON, ...XML_MORE, ...ATOM, ...ATOM_MORE], 80),
  'pubmed-xml': tokenText([...XML_COMMON, ...XML_MORE, ...PUBMED, ...PUBMED_MORE], 80),
  wos: tagged(['FN ', 'VR ', 'PT ', 'TI ', 'AB ', 'AU ', 'AF ', 'PY ', 'DI ', 'SO ', 'ER', 'EF', '   ']),
};

const EXTENSIONS: Record<InputFormat, string> = {
  'papers-text': 'txt',
  json: 'json',
  jsonl: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  bibtex: 'bib',
  ris: 'ris',
  'arxiv-atom': 'xml',
  'pubmed-xml': 'xml',
  wos: 'txt',
};

/** Reads the whole file; only LitgraphErrors naming the file may escape. Returns items read. */
async function readAll(file: string, format: InputFormat): Promise<number> {
  let count = 0;
  try {
    for await (const item of readRecords(file, format)) {
      count++;
      if ('paper' in item) {
        expect(item.paper.title.trim()).not.toBe('');
        expect(item.paper.abstract.length).toBeGreaterThanOrEqual(20);
        expect(item.paper.abstract.length).toBeLessThanOrEqual(100_000);
        expect(item.paper.id).not.toBe('');
      } else {
        expect(item.issue.file).toBe(file);
        expect(item.issue.message).not.toBe('');
      }
    }
  } catch (error) {
    if (!(error instanceof LitgraphError)) throw error;
    expect(error.file).toBe(file);
  }
  return count;
}

describe('readers: arbitrary input gives papers, issues or a LitgraphError, nothing else', () => {
  it('every input format has a generator (new readers must be added here)', () => {
    expect(Object.keys(CONTENT).sort()).toEqual([...INPUT_FORMATS].sort());
  });

  it.each(INPUT_FORMATS.map((format) => [format]))(
    '%s',
    async (format) => {
      const file = path.join(dir, `prop.${EXTENSIONS[format]}`);
      await fc.assert(
        fc.asyncProperty(CONTENT[format], async (content) => {
          writeFileSync(file, content);
          await readAll(file, format);
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    60_000,
  );
});

// ---- extractor ------------------------------------------------------------------------------------------------

const EXTRACT_TOKENS = [
  '(',
  ')',
  ' (',
  ') ',
  '-',
  'ABC',
  'Long Short Term Memory',
  '(LSTM)',
  ', ',
  '. ',
  '"',
  'e.g.',
];
const EXTRACT_MORE = [
  'et al.',
  '[1]',
  '$x$',
  '<b>',
  'of the',
  'we propose a',
  'In this paper',
  '3D',
  'GPT-2',
  '—',
];

describe('extractPaper: arbitrary text never throws; mentions lie inside their text', () => {
  it('holds for token soup and arbitrary code points', () => {
    const text = (max: number) => tokenText([...EXTRACT_TOKENS, ...EXTRACT_MORE], max);
    fc.assert(
      fc.property(fc.record({ title: text(15), abstract: text(80) }), ({ title, abstract }) => {
        const result = extractPaper({ id: 'p', title, abstract });
        for (const m of result.mentions) {
          const field = m.field === 'title' ? title : abstract;
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(field.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.key.trim()).not.toBe('');
          if (m.field === 'abstract') expect(m.sentence).toBeLessThan(result.sentences.length);
        }
        let previous = 0;
        for (const [start, end] of result.sentences) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(abstract.length);
          previous = end;
        }
      }),
      { seed: SEED, numRuns: 250 },
    );
  }, 60_000);
});

// ---- query ----------------------------------------------------------------------------------------------------

describe('query: arbitrary text and parameters give an answer or a LitgraphError', () => {
  const index = createQueryIndex(toyGraph());
  const queryText = fc.oneof(
    anyText(30),
    tokenText(
      ['term:', 'paper:', 'VAE', 'VAEs', 'variational', 'auto-encoder', '-', 's', '!', '%', '\\', '*'],
      8,
    ),
  );
  const only = (f: () => unknown) => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof LitgraphError)) throw error;
      expect(['NOT_FOUND', 'USAGE']).toContain(error.code);
      return undefined;
    }
  };

  it('resolveTerm and search', () => {
    fc.assert(
      fc.property(queryText, fc.option(fc.oneof(fc.string(), fc.nat().map(String))), (text, limit) => {
        const term = only(() => resolveTerm(index, text)) as { id: string } | undefined;
        if (term) expect(index.termIds).toContain(term.id);
        const found = only(() => runQuery(index, 'search', limit === null ? { text } : { text, limit })) as
          | { results: unknown[] }
          | undefined;
        if (found) expect(Array.isArray(found.results)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('any verb with any parameters', () => {
    const name = fc.constantFrom(
      'term',
      'text',
      'limit',
      'depth',
      'by',
      'type',
      'from',
      'to',
      'paper',
      'community',
    );
    const value = fc.oneof(
      queryText,
      fc.nat().map(String),
      fc.constantFrom('-1', '1e9', '0x10', ' 3 ', 'NaN'),
    );
    const params = fc.dictionary(
      fc.oneof(name, fc.constantFrom('sort', '__proto__', 'constructor')),
      fc.oneof(value, fc.array(value, { maxLength: 2 })),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...QUERY_VERBS), fc.string()), params, (verb, p) => {
        only(() => runQuery(index, verb, p));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// ---- growth rates ---------------------------------------------------------------------------------------------

/** Fastest of `runs` timings of f, in ms. */
function fastest(f: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function fastestAsync(f: () => Promise<unknown>, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await f();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** `unit` repeated to exactly `size` characters. */
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Growth of each 10× step; fails when any step is at least quadratic-like. Times get a 10 ms floor: below that,
 * timer resolution and a shared machine's noise decide the ratio.
 */
function expectLinear(label: string, sizes: readonly number[], times: readonly number[]): void {
  const floor = (t: number) => Math.max(t, 10);
  const steps = times.slice(1).map((t, i) => floor(t) / floor(times[i]));
  const shown = sizes.map((s, i) => `${s}: ${times[i].toFixed(1)} ms`).join(', ');
  for (const ratio of steps) expect(ratio, `${label} — ${shown}`).toBeLessThan(MAX_STEP_RATIO);
}

const A = 'We study sparse attention for long documents and it halves memory use.';
/** Adversarial files per format: [name, format, content of about `size` characters]. */
const READER_CASES: [string, InputFormat, (size: number) => string][] = [
  ['papers-text: one line of "e.g. A "', 'papers-text', (n) => `Title Here\n${repeatTo('e.g. A ', n)}\n`],
  ['papers-text: "((((" lines', 'papers-text', (n) => repeatTo('A Title ((((\n((((. ((((. ((((.\n', n)],
  ['json: nested arrays', 'json', (n) => `${'['.repeat(n / 2)}${']'.repeat(n / 2)}`],
  ['json: escaped-quote runs', 'json', (n) => `[{"title": "T", "abstract": "${repeatTo('\\"', n)}"}]`],
  ['jsonl: many records', 'jsonl', (n) => repeatTo(`{"title":"T (((","abstract":"${A}"}\n`, n)],
  ['csv: doubled-quote run', 'csv', (n) => `title,abstract\nT,"${repeatTo('""', n)}"\n`],
  ['csv: many short rows', 'csv', (n) => `title,abstract\n${repeatTo(`"a-a-a","${A}"\n`, n)}`],
  ['bibtex: many unclosed entries', 'bibtex', (n) => repeatTo('@article{k,\n title={x\n', n / 2)],
  ['bibtex: "@" runs', 'bibtex', (n) => `@article{k,title={T},abstract={${A}}}\n${'@'.repeat(n / 4)}`],
  ['ris: TY lines without ER', 'ris', (n) => repeatTo('TY  - JOUR\n', n / 4)],
  ['wos: continuation lines', 'wos', (n) => `PT J\nTI T\nAB ${A}\n${repeatTo('   more (((\n', n)}ER\n`],
  ['atom: "<" runs', 'arxiv-atom', (n) => `<feed>${'<'.repeat(n)}`],
  ['atom: unclosed entries', 'arxiv-atom', (n) => `<feed>${repeatTo('<entry>', n / 4)}`],
  [
    'atom: "&" runs in a summary',
    'arxiv-atom',
    (n) => `<feed><entry><title>T</title><summary>${'&'.repeat(n / 4)}</summary></entry></feed>`,
  ],
  ['pubmed: comment never closed', 'pubmed-xml', (n) => `<PubmedArticleSet><!--${repeatTo('-- ', n)}`],
  [
    'atom: one huge entry',
    'arxiv-atom',
    (n) => `<feed><entry><title>T</title><summary>${repeatTo('word ', n)}</summary></entry></feed>`,
  ],
];

describe('growth rates: readers stay linear on adversarial files', () => {
  const sizes = [10_000, 100_000, 1_000_000];
  it.each(READER_CASES)(
    '%s',
    async (name, format, make) => {
      const times: number[] = [];
      for (const size of sizes) {
        const file = path.join(dir, `scale-${size}.${EXTENSIONS[format]}`);
        writeFileSync(file, make(size));
        times.push(await fastestAsync(() => readAll(file, format), size >= 1_000_000 ? 2 : 3));
        rmSync(file);
      }
      expectLinear(`${format} ${name}`, sizes, times);
    },
    60_000,
  );
});

/** Extraction patterns (with enough English function words to pass the language check). */
const EXTRACT_CASES: [string, string][] = [
  ['parentheses', 'the (((( '],
  ['hyphen chains', 'of the a-a-a-a-a-a-a '],
  ['quote runs', 'the """" '],
  ['acronym definitions', 'the Long Form Model (LFM) '],
  ['initials', 'the A. B. '],
  ['short sentences', 'We propose X. '],
  ['comma lists', 'the a, b, '],
];

describe('growth rates: extraction stays linear on adversarial abstracts', () => {
  const sizes = [1_000, 10_000, 100_000];
  it.each(EXTRACT_CASES)(
    '%s',
    (name, unit) => {
      extractPaper({ id: 'warm', title: 'warm', abstract: 'We warm up the tagger with the model.' });
      const times = sizes.map((size) => {
        const abstract = repeatTo(unit, size);
        return fastest(
          () => extractPaper({ id: 'x', title: abstract.slice(0, 200), abstract }),
          size >= 100_000 ? 1 : 3,
        );
      });
      // Inside one compromise call (up to 10k characters) the tagger itself may be superlinear on such text; the
      // 10k → 100k step must be linear, and the whole 1k → 100k growth well under quadratic (10,000×).
      expectLinear(`extract ${name}`, sizes.slice(1), times.slice(1));
      expect(times[2] / Math.max(times[0], 1), `extract ${name}: ${times.join(', ')}`).toBeLessThan(1_000);
    },
    60_000,
  );
});

describe('growth rates: term resolution and search stay linear on long queries', () => {
  const index = createQueryIndex(toyGraph());
  const sizes = [1_000, 10_000, 100_000];
  const cases: [string, (n: number) => string][] = [
    ['hyphen chains', (n) => repeatTo('a-', n)],
    ['many words', (n) => repeatTo('graph ', n)],
    ['term: prefixes', (n) => repeatTo('term:', n)],
    ['parentheses', (n) => '('.repeat(n)],
  ];
  const both = (text: string) => {
    for (const f of [() => resolveTerm(index, text), () => runQuery(index, 'search', { text })]) {
      try {
        f();
      } catch (error) {
        if (!(error instanceof LitgraphError)) throw error;
      }
    }
  };
  it.each(cases)('%s', (name, make) => {
    const times = sizes.map((size) => fastest(() => both(make(size)), size >= 100_000 ? 1 : 3));
    expectLinear(`query ${name}`, sizes, times);
  });

  // src/query/normalise.ts once trimmed trailing punctuation with /[^\p{L}\p{N}]+$/u, quadratic on long runs.
  it('trailing punctuation runs', () => {
    const times = [2_000, 20_000].map((size) => fastest(() => both(`a${'!'.repeat(size)}b`), 2));
    expectLinear('query punctuation run', [2_000, 20_000], times);
  });
});
