// Tests the arXiv Atom reader: entries with and without the arxiv: namespace, API error entries, malformed and
// unclosed entries with their lines, entity expansion attacks (billion laughs, external entities), detection.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest';
import { ABSTRACT, collect, fixture, tempDir } from './collect-records';

describe('arXiv Atom feeds', () => {
  it('reads entries into papers: arXiv id without version, multi-line title, DOI, authors', async () => {
    const { papers, lines, issues } = await collect(fixture('arxiv-good.xml'));
    expect(issues).toEqual([]);
    expect(lines).toEqual([10, 35, 46]);
    expect(papers).toEqual([
      {
        id: 'arXiv:2101.00001',
        title: 'Sparse Attention for Long Documents: Less Memory, Same Accuracy',
        abstract:
          'We study sparse attention patterns for long documents & show that our method halves memory use. The code is at https://example.org/sparse.',
        doi: '10.1162/tacl_a_00001',
        year: 2021,
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'arXiv',
        url: 'http://arxiv.org/abs/2101.00001v2',
      },
      // An old-style id; arxiv:doi whose namespace is declared nowhere.
      expect.objectContaining({ id: 'arXiv:hep-th/9901001', doi: '10.1000/gnn.1999', year: 1999 }),
      // A doi element without any prefix; no alternate link: the id URL is the link.
      expect.objectContaining({
        id: 'arXiv:2005.00001',
        doi: '10.1000/contrastive',
        url: 'http://arxiv.org/abs/2005.00001v1',
      }),
    ]);
  });

  it('reports API errors, malformed, unclosed and incomplete entries with their lines', async () => {
    const { papers, lines, skipped, warnings } = await collect(fixture('arxiv-malformed.xml'));
    expect(warnings).toEqual([]);
    // The last entry has a bare "&" (R&D), which is escaped rather than fatal.
    expect(papers.map((paper) => paper.title)).toEqual(['R&D of a Good Entry After the Broken Ones']);
    expect(lines).toEqual([25]);
    expect(skipped.map((issue) => [issue.line, issue.message])).toEqual([
      [4, 'arXiv API error: incorrect id format for 1234'],
      [12, expect.stringMatching(/^malformed <entry> \(line 14\): .*'title'.*'titel'/)],
      [17, '<entry> is not closed before the next <entry> on line 21'],
      [21, 'arXiv:2101.00004: record has no abstract ("An Entry Without Summary")'],
    ]);
  });

  it('never expands DOCTYPE entities: no billion laughs, no external entity', async () => {
    const started = performance.now();
    const { papers } = await collect(fixture('arxiv-billion-laughs.xml'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(papers).toHaveLength(1);
    // The references stay as written; nothing is expanded, read from disk or fetched.
    expect(papers[0].title).toBe('Laughs &lol9; Title');
    expect(papers[0].abstract).toContain('&xxe;');
    expect(papers[0].abstract).not.toMatch(/root:|lollol/);
  });

  it('reads entries split across stream chunks (a large feed)', async () => {
    const { write } = tempDir('arxiv-large');
    const entries = Array.from(
      { length: 400 },
      (_, i) =>
        `  <entry>\n    <id>http://arxiv.org/abs/2101.${String(i).padStart(5, '0')}v1</id>\n    <title>Paper ${i}</title>\n    <summary>${ABSTRACT}</summary>\n  </entry>`,
    );
    const file = write(
      'large.xml',
      `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries.join('\n')}\n</feed>\n`,
    );
    const { papers, lines, issues } = await collect(file);
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(400);
    expect(papers[399]).toMatchObject({ id: 'arXiv:2101.00399', title: 'Paper 399', abstract: ABSTRACT });
    expect(lines[399]).toBe(3 + 399 * 5);
  });

  it('rejects another kind of XML read as arxiv-atom', async () => {
    await expect(collect(fixture('pubmed-good.xml'), 'arxiv-atom')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/not an arXiv Atom feed: the root element is <PubmedArticleSet>/),
    });
  });

  it.each([
    ['query.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'],
    ['query.atom', 'anything'],
    ['query', '<!-- saved from the API -->\n<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'],
    ['query.xml.gz', '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "b">]>\n<feed>'],
  ])('detects %s as arxiv-atom', (file, head) => {
    expect(detectFormat(file, head)).toBe('arxiv-atom');
  });

  it('rejects XML of an unknown kind when detecting', () => {
    expect(() => detectFormat('data.xml', '<?xml version="1.0"?>\n<rss version="2.0">')).toThrow(
      /root element is <rss>/,
    );
  });
});
