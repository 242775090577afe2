// Tests the normal forms: titles, DOIs, paper ids (stable hashes), and text clean-up of markup and entities.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseTitle, paperIdFor } from '../../src/ingest';
import { cleanText } from '../../src/ingest/clean-text';
import { normaliseDoi } from '../../src/ingest/normalise';

describe('normaliseTitle', () => {
  it.each([
    ['Attention Is All You Need', 'attention is all you need'],
    ['  Attention   is all\tyou need!  ', 'attention is all you need'],
    [
      'BERT: Pre-training of Deep Bidirectional Transformers',
      'bert pre training of deep bidirectional transformers',
    ],
    ['Schrödinger’s “Cat”', 'schrodinger s cat'],
    ['Ｆｕｌｌ-width ＧＰＴ', 'full width gpt'],
    ['...', ''],
  ])('%j -> %j', (title, normal) => {
    expect(normaliseTitle(title)).toBe(normal);
  });
});

describe('normaliseDoi', () => {
  it.each([
    ['10.1000/ABC', '10.1000/abc'],
    ['https://doi.org/10.1000/ABC', '10.1000/abc'],
    ['http://dx.doi.org/10.1000/abc', '10.1000/abc'],
    ['doi:10.1000/abc', '10.1000/abc'],
    ['  DOI: 10.1000/a%2Fb ', '10.1000/a/b'],
  ])('%j -> %j', (doi, normal) => {
    expect(normaliseDoi(doi)).toBe(normal);
  });
});

describe('paperIdFor', () => {
  const sha = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

  it('keeps a given id, trimmed', () => {
    expect(paperIdFor({ id: '  P18-1001 ', doi: '10.1/x', title: 'T' })).toBe('P18-1001');
  });

  it('falls back to the normalised DOI', () => {
    expect(paperIdFor({ id: ' ', doi: 'https://doi.org/10.1000/XYZ', title: 'T' })).toBe('10.1000/xyz');
  });

  it('falls back to t- and 12 hex digits of the SHA-1 of the normalised title', () => {
    const id = paperIdFor({ title: 'Attention Is All You Need' });
    expect(id).toBe(`t-${sha('attention is all you need')}`);
    expect(id).toMatch(/^t-[0-9a-f]{12}$/);
  });

  it('is stable across spelling variants of the same title and differs between titles', () => {
    const a = paperIdFor({ title: 'Attention Is All You Need' });
    expect(paperIdFor({ title: '  attention is ALL you need.' })).toBe(a);
    expect(paperIdFor({ title: 'Attention Is Not All You Need' })).not.toBe(a);
  });

  it('gives ids that are safe in node keys and URL paths once encoded', () => {
    const id = paperIdFor({ title: 'Ünïcode / slashes & "quotes"?' });
    expect(encodeURIComponent(id)).toBe(id);
  });
});

describe('cleanText', () => {
  it.each([
    [
      '<jats:title>Abstract</jats:title><jats:p>We study <jats:italic>x</jats:italic>.</jats:p>',
      'We study x.',
    ],
    ['<p>First.</p><p>Second.</p>', 'First. Second.'],
    ['H<sub>2</sub>O and <i>in vivo</i>', 'H2O and in vivo'],
    ['A &amp; B &lt;tag&gt; &#233;t&#xE9; &quot;q&quot; &nbsp;x', 'A & B <tag> été "q" x'],
    ['triples of <news article, headline, keyphrase>.', 'triples of <news article, headline, keyphrase>.'],
    ['the suffix <er> stays', 'the suffix <er> stays'],
    ['  many \n\t spaces\u00a0here\u200b ', 'many spaces here'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%j -> %j', (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });
});
