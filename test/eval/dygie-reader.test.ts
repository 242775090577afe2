// The DyGIE reader on a hand-written two-document fixture and on malformed input.
import { describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { detokenize } from '../../src/eval/detokenize';
import { parseDygie, readDygieFile } from '../../src/eval/dygie-reader';

const FIXTURES = 'test/fixtures/eval';

function caught(run: () => unknown): LitgraphError {
  try {
    run();
  } catch (error) {
    if (error instanceof LitgraphError) return error;
    throw error;
  }
  throw new Error('expected a LitgraphError');
}

describe('readDygieFile', () => {
  const documents = readDygieFile(`${FIXTURES}/two-docs.json`);

  it('reads both documents with document-level token indices', () => {
    expect(documents.map((d) => [d.docKey, d.line, d.tokens.length])).toEqual([
      ['FIX-1', 1, 26],
      ['FIX-2', 2, 15],
    ]);
    expect(documents[0].gold).toEqual([
      { start: 4, end: 6, type: 'Method' },
      { start: 9, end: 10, type: 'Task' },
      { start: 13, end: 13, type: 'Generic' },
    ]);
    expect(documents[1].gold.map((g) => g.type)).toEqual(['Metric', 'Material']);
  });

  it('yields documents whose text reads naturally', () => {
    expect(documents.map((d) => detokenize(d.tokens).text)).toEqual([
      'We propose a (neural) parser for "semantic parsing". It doesn\'t fail, and it\'s fast [1].',
      'Accuracy on the Penn Treebank is 97%; see Table 2: results?',
    ]);
  });

  it('names file and line of a malformed line', () => {
    const error = caught(() => readDygieFile(`${FIXTURES}/malformed.json`));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.line).toBe(2);
    expect(error.describe()).toContain('malformed.json:2');
  });

  it('reports a missing file as NOT_FOUND', () => {
    expect(caught(() => readDygieFile(`${FIXTURES}/no-such-file.json`)).code).toBe('NOT_FOUND');
  });

  it('rejects a file without documents', () => {
    expect(caught(() => readDygieFile(`${FIXTURES}/empty.json`)).code).toBe('BAD_INPUT');
  });
});

describe('parseDygie', () => {
  const good = '{"doc_key": "a", "sentences": [["x", "y"]], "ner": [[[0, 1, "Task"]]]}';
  it.each([
    ['not JSON', '{"doc_key": '],
    ['a JSON array', '[1, 2]'],
    ['no doc_key', '{"sentences": [["x"]], "ner": [[]]}'],
    ['no sentences', '{"doc_key": "a", "ner": []}'],
    ['a sentence that is not a token list', '{"doc_key": "a", "sentences": ["x y"], "ner": [[]]}'],
    ['no ner', '{"doc_key": "a", "sentences": [["x"]]}'],
    ['ner of the wrong length', '{"doc_key": "a", "sentences": [["x"]], "ner": [[], []]}'],
    ['a span past the last token', '{"doc_key": "a", "sentences": [["x"]], "ner": [[[0, 1, "Task"]]]}'],
    ['a span with start after end', '{"doc_key": "a", "sentences": [["x", "y"]], "ner": [[[1, 0, "Task"]]]}'],
    ['a span without type', '{"doc_key": "a", "sentences": [["x"]], "ner": [[[0, 0]]]}'],
  ])('rejects %s with BAD_INPUT at its line', (_name, line) => {
    const error = caught(() => parseDygie(`${good}\n\n${line}\n`, 'in.json'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.file).toBe('in.json');
    expect(error.line).toBe(3);
  });

  it('skips blank lines and accepts CRLF', () => {
    expect(parseDygie(`${good}\r\n\r\n${good}\r\n`, 'in.json').map((d) => d.line)).toEqual([1, 3]);
  });
});
