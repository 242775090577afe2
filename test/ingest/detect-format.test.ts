// Tests format detection: by extension (with .gz), by content for unknown extensions, and the override.
import { describe, expect, it } from 'vitest';
import { detectFormat, INPUT_FORMATS, type InputFormat } from '../../src/ingest';
import { ABSTRACT, collect, tempDir } from './collect-records';

const JSONL_HEAD = '{"title": "A", "abstract": "B"}\n{"title": "C", "abstract": "D"}\n';

describe('detectFormat', () => {
  it.each<[string, string, InputFormat]>([
    ['papers.txt', JSONL_HEAD, 'papers-text'],
    ['papers.json', 'title,abstract\n', 'json'],
    ['papers.jsonl', '[', 'jsonl'],
    ['papers.ndjson', '', 'jsonl'],
    ['papers.csv', '[', 'csv'],
    ['papers.tsv', '', 'tsv'],
    ['PAPERS.CSV.GZ', '', 'csv'],
    ['dir/papers.jsonl.gz', '', 'jsonl'],
    ['papers.txt.gz', '', 'papers-text'],
  ])('%s is %s by its extension, whatever the content', (file, head, format) => {
    expect(detectFormat(file, head)).toBe(format);
  });

  it.each<[string, string, InputFormat]>([
    ['starts with [', '  [\n {"title": "A"}', 'json'],
    ['one object per line', JSONL_HEAD, 'jsonl'],
    ['a pretty-printed object', '{\n  "papers": [\n', 'json'],
    ['a one-line wrapper object', '{"papers": [{"title": "A", "abstract": "B"}]}', 'json'],
    ['a comma header with a title column', 'id,Title,Abstract\n1,A,B\n', 'csv'],
    ['a quoted comma header', '"Document Title","Abstract"\n', 'csv'],
    ['a tab header with a title column', 'title\tabstract\nA\tB\n', 'tsv'],
    ['a header with no title column', 'foo,bar\n1,2\n', 'papers-text'],
    ['plain lines', 'Some Title\nAn abstract, with commas. And sentences.\n', 'papers-text'],
    ['a BOM before [', '\ufeff[{"title": "A"}]', 'json'],
  ])('a .dat file whose content %s is detected', (_what, head, format) => {
    expect(detectFormat('papers.dat', head)).toBe(format);
    expect(detectFormat('papers', head)).toBe(format);
  });

  it('lists every format once', () => {
    expect([...INPUT_FORMATS].sort()).toEqual([
      'arxiv-atom',
      'bibtex',
      'csv',
      'json',
      'jsonl',
      'papers-text',
      'pubmed-xml',
      'ris',
      'tsv',
      'wos',
    ]);
  });
});

describe('reading with detection and override', () => {
  const { write } = tempDir('detect');
  const record = { title: 'A Paper', abstract: ABSTRACT };

  it.each<[string, string]>([
    ['array.dat', JSON.stringify([record])],
    ['lines.dat', `${JSON.stringify(record)}\n${JSON.stringify({ ...record, title: 'B Paper' })}\n`],
    ['table.dat', `title,abstract\nA Paper,"${ABSTRACT}"\n`],
    ['tabs.dat', `title\tabstract\nA Paper\t${ABSTRACT}\n`],
    ['listing.dat', `A Paper\n${ABSTRACT}\n`],
  ])('reads %s by its content', async (name, content) => {
    const { papers, issues } = await collect(write(name, content));
    expect(issues).toEqual([]);
    expect(papers[0]).toMatchObject(record);
  });

  it('lets the format option override the extension', async () => {
    const file = write('mislabelled.txt', `title,abstract\nA Paper,"${ABSTRACT}"\n`);
    const asCsv = await collect(file, 'csv');
    expect(asCsv.papers).toEqual([expect.objectContaining(record)]);
    const asText = await collect(file);
    expect(asText.papers).not.toEqual(asCsv.papers);
  });

  it('rejects an unknown format as a usage error', async () => {
    const file = write('x.json', '[]');
    await expect(collect(file, 'xml' as InputFormat)).rejects.toMatchObject({ code: 'USAGE' });
  });
});
