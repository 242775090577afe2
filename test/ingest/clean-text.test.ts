// Tests the clean-up of export quirks in abstracts: copyright and licence sentences at the end, placeholders
// for missing abstracts, decomposed accents; and that "null"-like cells count as empty in records.
import { describe, expect, it } from 'vitest';
import { cleanText, isAbstractPlaceholder, stripCopyright } from '../../src/ingest/clean-text';
import { toPaper } from '../../src/ingest/to-paper';

const TEXT = 'We did things.';

describe('stripCopyright', () => {
  it.each([
    `${TEXT} © 2021 Elsevier Ltd. All rights reserved.`,
    `${TEXT}© 2019 IEEE.`,
    `${TEXT} Copyright © 2020 John Wiley & Sons, Ltd.`,
    `${TEXT} (C) 2019 Elsevier B.V.`,
    `${TEXT} © 2021 The Author(s). Published by Elsevier B.V. This is an open access article under the CC BY license (http://creativecommons.org/licenses/by/4.0/).`,
    `${TEXT} This article is protected by copyright. All rights reserved.`,
    `${TEXT} (PsycInfo Database Record (c) 2021 APA, all rights reserved)`,
    `${TEXT} Copyright 2021 by the authors. All rights reserved.`,
  ])('removes the end of %j', (abstract) => {
    expect(stripCopyright(abstract)).toBe(TEXT);
  });

  it.each([
    'Three parts: (a) x. (b) y. (c) a benchmark.',
    'We study copyright law. Copyright infringement is hard to detect.',
    'We count how often the © sign appears in licence texts of open datasets.',
    `We found © 2021 notices in ${'many places of the corpus, and explain at length why they matter. '.repeat(8)}`,
  ])('keeps %j', (abstract) => {
    expect(stripCopyright(abstract)).toBe(abstract.trimEnd());
  });

  it('leaves nothing of an abstract that is only a copyright line', () => {
    expect(stripCopyright('© 2021 Elsevier Ltd. All rights reserved.')).toBe('');
  });
});

describe('missing values', () => {
  it.each(['[No abstract available]', 'No abstract available.', '[no abstract]'])(
    '%j is a placeholder',
    (text) => {
      expect(isAbstractPlaceholder(text)).toBe(true);
    },
  );

  it('composes decomposed accents (NFC)', () => {
    expect(cleanText('Mu\u0308ller')).toBe('Müller');
  });

  it.each(['null', 'NULL', 'None', 'NaN', 'n/a'])(
    'treats a %j cell as empty, without a warning',
    (missing) => {
      const { paper, issues } = toPaper(
        {
          title: 'A Title',
          abstract: `${TEXT} ${TEXT} ${TEXT}`,
          year: missing,
          doi: missing,
          venue: missing,
        },
        'f.csv',
        2,
      );
      expect(issues).toEqual([]);
      expect(paper).toEqual({
        id: expect.stringMatching(/^t-/),
        title: 'A Title',
        abstract: `${TEXT} ${TEXT} ${TEXT}`,
      });
    },
  );

  it('skips a record whose abstract is a placeholder or only a copyright line', () => {
    for (const abstract of ['[No abstract available]', '© 2021 Elsevier Ltd. All rights reserved.']) {
      const { paper, issues } = toPaper({ title: 'A Title', abstract }, 'f.csv', 3);
      expect(paper).toBeUndefined();
      expect(issues).toEqual([
        { issue: { file: 'f.csv', line: 3, message: 'record has no abstract ("A Title")' }, skipped: true },
      ]);
    }
  });
});
