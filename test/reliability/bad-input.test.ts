// Bad and odd inputs, table-driven: each file under test/fixtures/bad/ (small ones committed, big or binary ones
// generated here into a temp dir) has the outcome its row in test/fixtures/bad/README.md documents — a
// LitgraphError naming the file (and the line where the format has lines), or papers with counted issues —
// never another exception, never a hang (each case runs on a guarded worker thread with a time limit), never a
// silently wrong count. The readable ones are then built into one graph whose papers must be exactly the ones read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputFormat } from '../../src/ingest';
import { INPUT_FORMATS, type IngestResult } from '../../src/ingest';
import type { PaperExtraction } from '../../src/types';
import { Guard, type GuardedOutcome } from './guard';

const FIXTURES = path.resolve('test/fixtures/bad');
const README = path.join(FIXTURES, 'README.md');
const A1 =
  'We study sparse attention patterns for long documents and show that our method halves memory use.';

/** What a case must give: a LitgraphError, or papers with counted issues. */
type Expected =
  | {
      error: RegExp;
      /** The line the error names; `null` = it must name none. */
      line?: number | null;
    }
  | {
      kept: number;
      skipped: number;
      duplicates?: number;
      /** Issues that keep their paper (warnings). */
      warnings?: number;
      /** Each issue: [line or undefined, message pattern], in order. */
      issues?: [number | undefined, RegExp][];
      check?: (result: IngestResult) => void;
    };

interface BadCase {
  /** The file name (in test/fixtures/bad/ or generated); the README lists each. */
  id: string;
  /** Writes a generated file into `dir` and returns its path; committed fixtures have none. */
  make?: (dir: string) => string;
  format?: InputFormat;
  expected: Expected;
  /** Time limit in ms (default 10 s on a shared 2-core machine; the real cost is milliseconds). */
  limit?: number;
  /** Also built into the combined graph (readable files only). */
  build?: boolean;
}

const hasFormat = (format: string) => (INPUT_FORMATS as readonly string[]).includes(format);
const FORMATS_ADDED = ['bibtex', 'ris', 'arxiv-atom', 'pubmed-xml', 'wos'].every(hasFormat);

/** Deterministic pseudo-random bytes (mulberry32). */
function junk(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

const write = (dir: string, name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

const PAPERS_TEXT = `Sparse Attention for Long Documents\n${A1} We evaluate it on three benchmarks. It is fast.\n`;
const jsonl = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
/** `depth` nested arrays around `inner`, as JSON text. */
const nestedArrays = (depth: number, inner = '"x"') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const nestedAuthors = (depth: number) => {
  let text = '"Ada Lovelace"';
  for (let i = 0; i < depth; i++) text = `{"author":${text}}`;
  return text;
};

const CASES: BadCase[] = [
  // ---- files that cannot be read at all: LitgraphError naming the file -------------------------------------
  { id: 'empty.txt', expected: { error: /the file is empty/, line: null } },
  { id: 'whitespace-only.txt', expected: { error: /only whitespace/, line: null } },
  {
    id: 'missing-file.json',
    make: (dir) => path.join(dir, 'missing-file.json'),
    expected: { error: /no such file/ },
  },
  {
    id: 'a-directory.json',
    make: (dir) => mkdirOf(dir, 'a-directory.json'),
    expected: { error: /directory/ },
  },
  {
    id: 'utf16le-bom.txt',
    make: (dir) =>
      write(
        dir,
        'utf16le-bom.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAPERS_TEXT, 'utf16le')]),
      ),
    expected: { error: /UTF-16.*save it as UTF-8/ },
  },
  {
    id: 'utf16be-bom.txt',
    make: (dir) =>
      write(
        dir,
        'utf16be-bom.txt',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PAPERS_TEXT, 'utf16le').swap16()]),
      ),
    expected: { error: /UTF-16/ },
  },
  {
    id: 'utf16le-no-bom.jsonl',
    make: (dir) =>
      write(dir, 'utf16le-no-bom.jsonl', Buffer.from(jsonl([{ title: 'T', abstract: A1 }]), 'utf16le')),
    expected: { error: /NUL bytes/ },
  },
  {
    id: 'latin1.csv',
    make: (dir) =>
      write(
        dir,
        'latin1.csv',
        Buffer.from(
          `title,abstract\nRésumé des modèles,"Étude détaillée des réseaux évalués à l'été"\n`.repeat(20),
          'latin1',
        ),
      ),
    expected: { error: /not UTF-8/ },
  },
  {
    id: 'one-invalid-byte.jsonl',
    make: (dir) =>
      write(
        dir,
        'one-invalid-byte.jsonl',
        Buffer.concat([
          Buffer.from('{"title": "Caf'),
          Buffer.from([0xe9]),
          Buffer.from(`", "abstract": "${A1}"}\n`),
        ]),
      ),
    expected: {
      kept: 1,
      skipped: 0,
      check: ({ papers }) => expect(papers[0].title).toBe('Caf\ufffd'),
    },
  },
  {
    id: 'truncated.jsonl.gz',
    make: (dir) => {
      const gz = gzipSync(
        jsonl(Array.from({ length: 200 }, (_, i) => ({ title: `Paper ${i}`, abstract: A1 }))),
      );
      return write(dir, 'truncated.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    },
    expected: { error: /corrupt or truncated gzip/ },
  },
  { id: 'not-gzip.jsonl.gz', expected: { error: /named \.gz but is not gzip/ } },
  {
    id: 'binary-junk.bin',
    make: (dir) => write(dir, 'binary-junk.bin', junk(65_536, 42)),
    expected: { error: /not a text file/ },
  },
  {
    id: 'png-named.json',
    make: (dir) =>
      write(
        dir,
        'png-named.json',
        Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), junk(4096, 7)]),
      ),
    expected: { error: /not a text file/ },
  },
  {
    id: 'gzip-bomb-zeros.json.gz',
    make: (dir) => write(dir, 'gzip-bomb-zeros.json.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024))),
    expected: { error: /NUL bytes/ },
  },
  {
    id: 'line-50mb.txt',
    make: (dir) => write(dir, 'line-50mb.txt', 'word '.repeat(10_000_000)),
    expected: { error: /line 1 is longer than 10,000,000 characters/, line: 1 },
    limit: 30_000,
  },
  {
    id: 'line-50mb.jsonl',
    make: (dir) =>
      write(
        dir,
        'line-50mb.jsonl',
        `${JSON.stringify({ title: 'ok', abstract: A1 })}\n{"title": "huge", "abstract": "${'word '.repeat(10_000_000)}"}\n`,
      ),
    expected: { error: /line 2 is longer than/, line: 2 },
    limit: 30_000,
  },
  {
    id: 'line-bomb.txt.gz',
    make: (dir) => write(dir, 'line-bomb.txt.gz', gzipSync(Buffer.alloc(12_000_000, 'a'))),
    expected: { error: /line 1 is longer than/, line: 1 },
    limit: 30_000,
  },
  {
    id: 'json-over-256mb.json.gz',
    make: (dir) =>
      write(dir, 'json-over-256mb.json.gz', gzipSync(Buffer.alloc(257 * 1024 * 1024, ' '), { level: 1 })),
    format: 'json',
    expected: { error: /too large to read as one JSON document.*JSON Lines/ },
    limit: 60_000,
  },
  { id: 'json-scalar.json', expected: { error: /JSON holds a number, not an array of records/ } },
  { id: 'json-truncated.json', expected: { error: /not valid JSON: .*line 3/, line: 3 } },
  { id: 'json-concatenated.json', expected: { error: /JSON Lines: name it \.jsonl/, line: 2 } },
  { id: 'json-no-records.json', expected: { error: /no array of records.*keys: count, next/ } },
  { id: 'jsonl-pretty.jsonl', expected: { error: /not JSON Lines/, line: 1 } },
  { id: 'csv-unbalanced-quote.csv', expected: { error: /unbalanced quote.*line 3/, line: 3 } },
  {
    id: 'csv-huge-field.csv',
    make: (dir) => write(dir, 'csv-huge-field.csv', `title,abstract\nT,"${'word '.repeat(400_000)}"\n`),
    expected: { error: /row starting at line 2 is over 1,000,000 characters/, line: 2 },
  },
  { id: 'csv-no-title-column.csv', expected: { error: /header has no title/, line: 1 } },
  // ---- readable files with problems: counted issues, never a crash -----------------------------------------
  {
    id: 'bom.json',
    expected: {
      kept: 2,
      skipped: 0,
      check: ({ papers }) => expect(papers.map((p) => p.id)).toEqual(['b1', 'b2']),
    },
    build: true,
  },
  {
    id: 'bom.csv',
    expected: { kept: 2, skipped: 0, check: ({ papers }) => expect(papers[0].id).toBe('c1') },
    build: true,
  },
  {
    id: 'bom-papers.txt',
    expected: {
      kept: 2,
      skipped: 0,
      check: ({ papers }) => expect(papers[0].title).toBe('Sparse Attention for Long Documents'),
    },
    build: true,
  },
  { id: 'crlf.jsonl', expected: { kept: 2, skipped: 0 }, build: true },
  {
    id: 'crlf-quoted-newline.csv',
    expected: {
      kept: 2,
      skipped: 1,
      issues: [[5, /row has 2 fields but the header has 3/]],
      check: ({ papers }) => expect(papers[0].abstract).toMatch(/memory use\. Second paragraph/),
    },
    build: true,
  },
  { id: 'cr-only.txt', expected: { kept: 2, skipped: 0 }, build: true },
  {
    id: 'wrong-types.json',
    expected: {
      kept: 3,
      skipped: 7,
      warnings: 6,
      issues: [
        [2, /item 1: title is a number, not text/],
        [7, /item 2: abstract is an object, not text/],
        [14, /item 3: abstract is an array, not text/],
        [23, /item 4: year "next spring" is not a number; kept without year/],
        [29, /item 5: year 99999 is outside 1000–2100/],
        [35, /item 6: doi is a number/],
        [35, /item 6: id is an object, not text; an id was derived/],
        [35, /item 6: authors is a number/],
        [35, /item 6: url "javascript:alert\(1\)" is not an http\(s\) link/],
        [45, /item 7: record is not an object \(got a string\)/],
        [46, /item 8: record is not an object \(got null\)/],
        [47, /item 9: record is not an object \(got an array\)/],
        [51, /item 10: record has no title/],
      ],
      check: ({ papers }) =>
        expect(papers.every((p) => p.url === undefined && p.year === undefined)).toBe(true),
    },
    build: true,
  },
  { id: 'json-empty-array.json', expected: { kept: 0, skipped: 0 } },
  {
    id: 'jsonl-bad-lines.jsonl',
    expected: {
      kept: 2,
      skipped: 3,
      issues: [
        [2, /line is not valid JSON: Unexpected end of JSON input/],
        [4, /line is not valid JSON/],
        [5, /record is not an object \(got an array\)/],
      ],
    },
    build: true,
  },
  {
    id: 'csv-ragged-rows.csv',
    expected: {
      kept: 2,
      skipped: 2,
      issues: [
        [3, /row has 3 fields but the header has 4/],
        [4, /row has 6 fields but the header has 4/],
      ],
    },
    build: true,
  },
  {
    id: 'csv-formula-injection.csv',
    expected: {
      kept: 2,
      skipped: 0,
      check: ({ papers }) => {
        expect(papers[0].title).toBe('=HYPERLINK("http://evil.example","click")');
        expect(papers[1].title).toBe("@SUM(1+1)*cmd|' /C calc'!A0");
      },
    },
    build: true,
  },
  { id: 'csv-header-only.csv', expected: { kept: 0, skipped: 0 } },
  { id: 'csv-semicolon.csv', expected: { kept: 2, skipped: 0 }, build: true },
  {
    id: 'csv-many-columns.csv',
    make: (dir) => {
      const extra = Array.from({ length: 5000 }, (_, i) => `c${i}`);
      return write(
        dir,
        'csv-many-columns.csv',
        `title,abstract,${extra.join(',')}\nWide Table Paper,"${A1}",${extra.map(() => 'x').join(',')}\n`,
      );
    },
    expected: { kept: 1, skipped: 0 },
  },
  {
    id: 'tsv-quotes.tsv',
    expected: {
      kept: 2,
      skipped: 0,
      check: ({ papers }) =>
        expect(papers.map((p) => p.title)).toEqual([
          'Quoted "Sparse" Attention',
          'A title with a stray " quote',
        ]),
    },
    build: true,
  },
  {
    id: 'papers-orphans.txt',
    expected: {
      kept: 1,
      skipped: 3,
      issues: [
        [1, /abstract with no title before it/],
        [2, /title with no abstract: "A Title Without Its Abstract"/],
        [3, /title with no abstract: "Another Title Right After It"/],
      ],
    },
    build: true,
  },
  {
    id: 'nul-escaped.json',
    expected: {
      kept: 1,
      skipped: 0,
      check: ({ papers }) => {
        expect(papers[0].title).toBe('Sparse Attention for [31m Long Documents');
        expect(papers[0].abstract).toBe(A1);
      },
    },
    build: true,
  },
  {
    id: 'prototype-keys.json',
    expected: {
      kept: 2,
      skipped: 0,
      check: ({ papers }) => {
        expect(papers.map((p) => p.id)).toEqual(['__proto__', 'constructor']);
        expect(({} as Record<string, unknown>).title).toBeUndefined();
      },
    },
    build: true,
  },
  {
    id: 'unicode-scripts.jsonl',
    expected: {
      kept: 5,
      skipped: 0,
      check: ({ papers }) => {
        expect(papers.map((p) => p.id)).toEqual(['zh', 'ar', 'ru', 'emoji', 'mixed']);
        expect(papers[3].abstract).toContain('👨‍👩‍👧');
        expect(papers[4].title).toBe('ZeroWidth and Combining Accents: Café Résumé'); // U+200B gone, NFC
      },
    },
    build: true,
  },
  {
    id: 'latex-abstract.json',
    expected: {
      kept: 1,
      skipped: 0,
      check: ({ papers }) => expect(papers[0].abstract).toContain('\\mathcal{O}'),
    },
    build: true,
  },
  {
    id: 'html-abstract.json',
    expected: {
      kept: 1,
      skipped: 0,
      check: ({ papers }) => {
        // Known tags are stripped; anything else stays as inert text (escaped wherever it is shown).
        expect(papers[0].title).toBe('In vivo Sparse Attention<script>alert(1)</script>');
        expect(papers[0].abstract).toMatch(/^We study sparse attention & memory\. Second <paragraph>/);
        expect(papers[0].abstract).toContain('<img src=x onerror=alert(1)>');
      },
    },
    build: true,
  },
  {
    id: 'empty-abstracts.jsonl',
    expected: {
      kept: 1,
      skipped: 7,
      issues: [
        [1, /no abstract/],
        [2, /no abstract/],
        [3, /no abstract/],
        [4, /no abstract/],
        [5, /no abstract/],
        [6, /abstract is too short \(6 characters/],
        [7, /no abstract/],
      ],
    },
    build: true,
  },
  {
    id: 'duplicate-ids.jsonl',
    expected: {
      kept: 2,
      skipped: 0,
      duplicates: 3,
      issues: [[2, /id "d1" appears again with a different title .*kept the first/]],
      check: ({ papers }) => {
        expect(papers.map((p) => [p.id, p.title, p.year])).toEqual([
          ['d1', 'Sparse Attention for Long Documents', 2021],
          ['d2', 'Graph Neural Networks for Citations', undefined],
        ]);
        expect(papers[1].venue).toBe('EMNLP'); // filled in by the later copy with the same title
      },
    },
    build: true,
  },
  {
    id: 'abstract-10k-words.jsonl',
    make: (dir) => {
      const words = readFileSync('graph/samples/seed-papers.txt', 'utf8').split(/\s+/).slice(0, 10_000);
      return write(
        dir,
        'abstract-10k-words.jsonl',
        jsonl([{ title: 'A Very Long Abstract', abstract: words.join(' ') }]),
      );
    },
    expected: {
      kept: 1,
      skipped: 0,
      check: ({ papers }) => expect(papers[0].abstract.split(' ').length).toBeGreaterThan(9000),
    },
    build: true,
  },
  {
    id: 'abstract-too-long.jsonl',
    make: (dir) =>
      write(
        dir,
        'abstract-too-long.jsonl',
        jsonl([
          { title: 'Full Text', abstract: 'word '.repeat(30_000) },
          { title: 'Fine', abstract: A1 },
        ]),
      ),
    expected: {
      kept: 1,
      skipped: 1,
      issues: [[1, /abstract is too long \(149999 characters, at most 100000/]],
    },
  },
  {
    id: 'title-too-long.json',
    make: (dir) =>
      write(dir, 'title-too-long.json', JSON.stringify([{ title: 'Word '.repeat(1000), abstract: A1 }])),
    expected: { kept: 0, skipped: 1, issues: [[1, /item 1: title is too long \(4999 characters/]] },
  },
  {
    id: 'deep-nesting.json',
    make: (dir) => {
      const fields = ['title', 'abstract', 'year', 'doi', 'url', 'id', 'venue', 'date'];
      const records = [
        `{"title": "Deep Authors", "abstract": "${A1}", "authors": [${nestedAuthors(20_000)}]}`,
        ...fields.map(
          (field) => `{"title": "Deep ${field}", "abstract": "${A1}", "${field}": ${nestedArrays(20_000)}}`,
        ),
        nestedArrays(50_000),
      ];
      return write(dir, 'deep-nesting.json', `[\n${records.join(',\n')}\n]\n`);
    },
    expected: {
      kept: 7,
      skipped: 3,
      warnings: 5,
      check: ({ papers, issues }) => {
        expect(papers.map((p) => p.title)).toEqual([
          'Deep Authors',
          'Deep year',
          'Deep doi',
          'Deep url',
          'Deep id',
          'Deep venue',
          'Deep date',
        ]);
        expect(issues.map((i) => i.message)).toEqual(
          expect.arrayContaining([
            'item 2: title is an array, not text',
            'item 3: abstract is an array, not text ("Deep abstract")',
            'item 10: record is not an object (got an array)',
          ]),
        );
      },
    },
  },
  ...(FORMATS_ADDED
    ? ([
        {
          id: 'bibtex-unclosed-brace.bib',
          expected: {
            kept: 2,
            skipped: 1,
            issues: [[7, /entry "broken" cannot be read: unbalanced braces/]],
          },
          build: true,
        },
        { id: 'bibtex-no-entries.bib', expected: { error: /no BibTeX entry/ } },
        {
          id: 'bibtex-huge-entry.bib',
          make: (dir) =>
            write(
              dir,
              'bibtex-huge-entry.bib',
              `@article{huge, title={Huge}, abstract={${'word '.repeat(200_000)}}}\n\n@article{ok, title={Fine}, abstract={${A1}}}\n`,
            ),
          expected: {
            kept: 1,
            skipped: 1,
            issues: [[1, /entry "huge" is longer than 120,000 characters; skipped/]],
          },
        },
        {
          id: 'ris-unterminated.ris',
          expected: { kept: 2, skipped: 0, warnings: 1, issues: [[6, /not closed by an ER line/]] },
          build: true,
        },
        {
          id: 'wos-garbage.txt',
          format: 'wos',
          expected: { kept: 1, skipped: 1, issues: [[7, /record has no title/]] },
          build: true,
        },
        {
          id: 'xml-billion-laughs.xml',
          expected: {
            kept: 1,
            skipped: 0,
            check: ({ papers }) => {
              // Entities are never expanded: the reference stays as written, the text stays small.
              expect(papers[0].title).toBe('Laughs &lol9; in a Title');
              expect(papers[0].abstract.length).toBeLessThan(200);
            },
          },
          build: true,
        },
        {
          id: 'xml-external-entity.xml',
          expected: {
            kept: 1,
            skipped: 0,
            check: ({ papers }) => {
              // Never fetched or read: no /etc/passwd content, the reference stays as written.
              expect(papers[0].abstract).toContain('&xxe;');
              expect(papers[0].abstract).not.toMatch(/root:/);
            },
          },
          build: true,
        },
        {
          id: 'xml-malformed.xml',
          expected: {
            kept: 1,
            skipped: 2,
            issues: [
              [7, /malformed <entry>/],
              [11, /<entry> is not closed at the end of the file/],
            ],
          },
          build: true,
        },
        {
          id: 'xml-huge-record.xml',
          make: (dir) =>
            write(
              dir,
              'xml-huge-record.xml',
              `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Huge</title><summary>${'word '.repeat(1_000_000)}</summary></entry></feed>\n`,
            ),
          expected: { kept: 0, skipped: 1, issues: [[2, /abstract is too long/]] },
        },
        {
          id: 'xml-unclosed-comment.xml',
          make: (dir) =>
            write(
              dir,
              'xml-unclosed-comment.xml',
              `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><!-- ${'word '.repeat(1_000_000)}`,
            ),
          expected: { kept: 0, skipped: 0 },
        },
      ] satisfies BadCase[])
    : []),
];

function mkdirOf(dir: string, name: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

let dir: string;
let guard: Guard;
const readable: { id: string; file: string; kept: number }[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'litgraph-bad-'));
  guard = new Guard();
});
afterAll(async () => {
  await guard?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectOutcome(outcome: GuardedOutcome, file: string, expected: Expected): IngestResult | undefined {
  if (outcome.status === 'hung') throw new Error(`hung: no answer after ${Math.round(outcome.ms)} ms`);
  if (outcome.status === 'threw') {
    const error = outcome.error;
    // Anything but a LitgraphError is a crash: show its stack.
    expect(error.litgraph, `crash: ${error.stack ?? error.message}`).toBe(true);
    expect('error' in expected, `unexpected error: ${error.described}`).toBe(true);
    if (!('error' in expected)) return undefined;
    expect(error.code).toBe('BAD_INPUT');
    expect(error.file).toBe(file);
    expect(error.described).toContain(file);
    expect(error.message).toMatch(expected.error);
    if (expected.line === null) expect(error.line).toBeUndefined();
    else if (expected.line !== undefined) expect(error.line).toBe(expected.line);
    return undefined;
  }
  const result = outcome.value as IngestResult;
  expect('kept' in expected, `expected an error, read ${JSON.stringify(result.stats)}`).toBe(true);
  if (!('kept' in expected)) return undefined;
  const { stats, issues, papers } = result;
  expect(stats.kept).toBe(expected.kept);
  expect(papers).toHaveLength(expected.kept);
  expect(stats.skipped).toBe(expected.skipped);
  expect(stats.duplicates).toBe(expected.duplicates ?? 0);
  // Every record is accounted for: read = kept + skipped + merged duplicates.
  expect(stats.read).toBe(stats.kept + stats.skipped + stats.duplicates);
  // Every dropped record has its issue; the rest are warnings (or duplicate-id notes).
  const duplicateNotes = issues.filter((i) => /appears again with a different title/.test(i.message)).length;
  expect(issues.length - stats.skipped - duplicateNotes).toBe(expected.warnings ?? 0);
  for (const issue of issues) expect(issue.file).toBe(file);
  if (expected.issues) {
    expect(issues.map((i) => [i.line, i.message])).toEqual(
      expected.issues.map(([line, message]) => [line, expect.stringMatching(message)]),
    );
  }
  // Papers are clean text: no control characters, never empty.
  for (const paper of papers) {
    expect(paper.title.trim()).not.toBe('');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that there are none
    expect(`${paper.id}${paper.title}${paper.abstract}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  }
  expected.check?.(result);
  return result;
}

describe('bad and odd inputs', () => {
  it('the table has at least 40 cases, each documented in test/fixtures/bad/README.md', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const readme = readFileSync(README, 'utf8');
    const undocumented = CASES.map((c) => c.id).filter((id) => !readme.includes(`\`${id}\``));
    expect(undocumented).toEqual([]);
  });

  it.each(CASES.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, badCase) => {
      const file = badCase.make ? badCase.make(dir) : path.join(FIXTURES, badCase.id);
      const limit = badCase.limit ?? 10_000;
      const outcome = await guard.run({ kind: 'read', files: [file], format: badCase.format }, limit);
      const result = expectOutcome(outcome, file, badCase.expected);
      if (badCase.build && result) readable.push({ id: badCase.id, file, kept: result.papers.length });
      // Generated files go as soon as they are read (some are big), unless the graph test reads them again.
      if (badCase.make && !badCase.build) rmSync(file, { recursive: true, force: true });
    },
    120_000,
  );

  it('the odd but readable papers extract without a crash, mention offsets inside their text', async () => {
    const files = readable.map((r) => r.file);
    expect(files.length).toBeGreaterThan(15);
    const read = await guard.run({ kind: 'read', files }, 20_000);
    expect(read.status).toBe('ok');
    const { papers } = (read as { value: IngestResult }).value;
    const outcome = await guard.run(
      { kind: 'extract', papers: papers.map(({ id, title, abstract }) => ({ id, title, abstract })) },
      60_000,
    );
    if (outcome.status !== 'ok') throw new Error(`extraction ${outcome.status}: ${JSON.stringify(outcome)}`);
    const extractions = outcome.value as PaperExtraction[];
    expect(extractions.map((e) => e.paperId)).toEqual(papers.map((p) => p.id));
    extractions.forEach((extraction, i) => {
      const paper = papers[i];
      for (const m of extraction.mentions) {
        const text = m.field === 'title' ? paper.title : paper.abstract;
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThan(m.end);
        expect(m.key).not.toBe('');
      }
      for (const [start, end] of extraction.sentences) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(paper.abstract.length);
      }
    });
  }, 120_000);

  it('built together, the graph holds exactly the papers read, with their exact text', async () => {
    const files = readable.map((r) => r.file);
    const read = await guard.run({ kind: 'read', files }, 20_000);
    expect(read.status).toBe('ok');
    const { papers, stats } = (read as { value: IngestResult }).value;
    const outcome = await guard.run({ kind: 'build', inputs: files, out: path.join(dir, 'out') }, 90_000);
    if (outcome.status !== 'ok') throw new Error(`build ${outcome.status}: ${JSON.stringify(outcome)}`);
    const { graph, summary } = outcome.value as {
      graph: { nodes: { key: string; attributes: Record<string, unknown> }[] };
      summary: { papers: { kept: number; skipped: number; duplicates: number }; warnings: { count: number } };
    };
    const paperNodes = graph.nodes.filter((n) => n.attributes.kind === 'paper');
    expect(paperNodes).toHaveLength(papers.length);
    expect(summary.papers).toMatchObject({
      kept: stats.kept,
      skipped: stats.skipped,
      duplicates: stats.duplicates,
    });
    const byKey = new Map(paperNodes.map((n) => [n.key, n.attributes]));
    for (const paper of papers) {
      const node = byKey.get(`paper:${paper.id}`);
      expect(node, paper.id).toBeDefined();
      expect(node?.label).toBe(paper.title);
      expect(node?.abstract).toBe(paper.abstract);
    }
  }, 120_000);

  it('a folder of files where one cannot be read fails as a whole, naming that file', async () => {
    const good = path.join(FIXTURES, 'bom.json');
    const bad = path.join(FIXTURES, 'json-scalar.json');
    const outcome = await guard.run(
      { kind: 'build', inputs: [good, bad], out: path.join(dir, 'out2') },
      60_000,
    );
    expect(outcome.status).toBe('threw');
    if (outcome.status === 'threw') {
      expect(outcome.error.litgraph).toBe(true);
      expect(outcome.error.described).toContain(bad);
    }
  }, 90_000);

  it('no usable papers: the build stops with a LitgraphError, not an empty graph', async () => {
    const files = ['json-empty-array.json', 'csv-header-only.csv'].map((f) => path.join(FIXTURES, f));
    const outcome = await guard.run({ kind: 'build', inputs: files, out: path.join(dir, 'out3') }, 60_000);
    expect(outcome.status).toBe('threw');
    if (outcome.status === 'threw') {
      expect(outcome.error.litgraph).toBe(true);
      expect(outcome.error.message).toMatch(/no usable papers/);
    }
  }, 90_000);
});
