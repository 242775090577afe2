// Reads RIS (`TY  - JOUR` … `ER  - ` records), as exported by Zotero, Mendeley, EndNote, Scopus and Web of
// Science, with a small tolerant line parser: `TAG  - value` lines (one to three spaces before the hyphen),
// lines without a tag continue the previous value (wrapped abstracts), text between records (numbering lines,
// notes) is ignored, CRLF and stray carriage returns are tolerated. A record missing its `ER` line ends at the
// next `TY` with a warning; one missing its `TY` starts at its first tag with a warning. A file without any
// record is BAD_INPUT.
//
// Fields: TI/T1 title; AB, else N2 (Mendeley, EndNote) abstract; PY/Y1, else DA/Y2, date; AU/A1 authors;
// DO doi (else a doi.org link in UR); UR url; T2/JF/JO/JA/J2/BT venue. `ID` is the exporting library's local
// reference number ("12", "Smith2020"): it names the record in messages but is not the paper id, which would
// merge unrelated papers of two files that both number from 1.
import { badInput } from '../errors';
import { normaliseDoi } from './normalise';
import { joinStrayCarriageReturns, splitLines } from './split-lines';
import { TaggedRecord } from './tagged-record';
import type { RawItem } from './types';

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,3}-(?: (.*)|\s*)$/;

export async function* readRis(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let record: TaggedRecord | undefined;
  let missingType = false;
  let records = 0;
  const finish = function* (ending: string | undefined): Generator<RawItem> {
    if (!record) return;
    records++;
    const current = record;
    record = undefined;
    const problems = [missingType ? 'has no TY line' : '', ending ?? ''].filter(Boolean);
    if (problems.length) {
      yield {
        issue: { file, line: current.line, message: `RIS record ${problems.join(' and ')}; read anyway` },
        skipped: false,
      };
    }
    yield risItem(current);
  };

  for await (const { line, text: raw } of splitLines(joinStrayCarriageReturns(chunks))) {
    const text = raw.replace(/^\ufeff/, '').trimEnd();
    if (!text.trim()) continue;
    const tagged = TAG_LINE.exec(text);
    if (!tagged) {
      // A numbering line ("1.", "12"), or a wrapped value; text between records ("Record 3 of 20") is ignored.
      if (!/^\s*\d+\.?\s*$/.test(text)) record?.continueLast(text.trim(), false);
      continue;
    }
    const [, tag, value = ''] = tagged;
    if (tag === 'TY') {
      yield* finish(`has no ER line before the next TY (line ${line})`);
      record = new TaggedRecord(line);
      missingType = false;
      record.add(tag, value);
    } else if (tag === 'ER') {
      yield* finish(undefined);
    } else {
      if (!record) {
        record = new TaggedRecord(line);
        missingType = true;
      }
      record.add(tag, value);
    }
  }
  yield* finish('is not closed by an ER line at the end of the file');
  if (records === 0) throw badInput('no RIS record ("TY  - …" to "ER  - ") found', file);
}

function risItem(record: TaggedRecord): RawItem {
  const urls = record.list('UR').flatMap((value) => value.split(/\s+/));
  const doiLink = urls.find((url) => /^https?:\/\/(dx\.)?doi\.org\//i.test(url));
  const fields: Record<string, unknown> = {
    title: record.text('TI', 'T1', 'CT'),
    abstract: record.text('AB', 'N2'),
    year: record.text('PY', 'Y1'),
    date: record.text('DA', 'Y2'),
    authors: record.list('AU').length ? record.list('AU') : record.list('A1'),
    doi: record.text('DO') ?? (doiLink ? normaliseDoi(doiLink) : undefined),
    url: urls.find((url) => /^https?:\/\//i.test(url)) ?? record.text('L1'),
    venue: record.text('T2', 'JF', 'JO', 'JA', 'J2', 'BT'),
  };
  const id = record.text('ID');
  return { record: fields, line: record.line, label: id ? `record ID ${id}` : undefined };
}
