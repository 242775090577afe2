// The language check that keeps non-English abstracts out of English-only extraction.
import { describe, expect, it } from 'vitest';
import { extractPaper, isProbablyEnglish } from '../../src/extract';

describe('isProbablyEnglish', () => {
  it.each([
    [
      'We present a framework for the unsupervised learning of neurosymbolic encoders, which are obtained by composing networks.',
      true,
    ],
    [
      'Nous présentons un système de traduction automatique qui est fondé sur des règles et sur la structure des phrases.',
      false,
    ],
    [
      'Wir stellen ein System für die maschinelle Übersetzung vor, das mit einer Grammatik und den Regeln arbeitet.',
      false,
    ],
    [
      'Presentamos un sistema para la traducción automática de los textos con una gramática del español.',
      false,
    ],
    ['Short title only', true],
    ['我们提出了一种新的机器翻译方法，并在多个数据集上进行了实验，结果表明该方法有效。', true],
  ])('%s → %s', (text, english) => {
    expect(isProbablyEnglish(text)).toBe(english);
  });

  it('extracts nothing from a non-English abstract and says so', () => {
    const ex = extractPaper({
      id: 'f',
      title: 'Un système',
      abstract:
        'Nous présentons un système de traduction automatique qui est fondé sur des règles et sur la structure des phrases.',
    });
    expect(ex.mentions).toEqual([]);
    expect(ex.notEnglish).toBe(true);
  });
});
