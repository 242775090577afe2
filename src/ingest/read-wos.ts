// Reads a Web of Science plain-text export ("savedrecs.txt"/.ciw: an `FN`/`VR` header, then records from
// `PT J` to `ER`, `EF` at the end). A line is a two-letter tag, a space and a value; lines indented by three
// spaces continue the previous tag (a new value for authors and addresses, the same value for titles and
// abstracts). Tolerant of CRLF, stray carriage returns, a missing `ER` (the record ends at the next `PT`, with
// a warning) and unknown lines inside a record (read as continuations). A file without any record is
// BAD_INPUT.
import { badInput } from '../errors';
import { joinStrayCarriageReturns, splitLines } from './split-lines';
import { TaggedRecord } from './tagged-record';
import type { RawItem } from './types';
import { WOS_KNOWN_TAGS, WOS_LIST_TAGS, wosFieldName } from './wos-tags';

const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;

export async function* readWos(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let record: TaggedRecord | undefined;
  let missingType = false;
  let ended = false;
  let records = 0;
  const finish = function* (ending: string | undefined): Generator<RawItem> {
    if (!record) return;
    records++;
    const current = record;
    record = undefined;
    const problems = [missingType ? 'has no PT line' : '', ending ?? ''].filter(Boolean);
    if (problems.length) {
      yield {
        issue: {
          file,
          line: current.line,
          message: `Web of Science record ${problems.join(' and ')}; read anyway`,
        },
        skipped: false,
      };
    }
    yield wosItem(current);
  };

  for await (const { line, text: raw } of splitLines(joinStrayCarriageReturns(chunks))) {
    if (ended) continue;
    const text = raw.replace(/^\ufeff/, '').trimEnd();
    if (!text.trim()) continue;
    const tagged = /^\s/.test(text) ? null : TAG_LINE.exec(text);
    if (!tagged || !WOS_KNOWN_TAGS.has(tagged[1])) {
      // An indented continuation, or a line broken by a stray line break inside a value.
      const lastIsList = record !== undefined && /^\s/.test(text);
      record?.continueLast(text.trim(), lastIsList && isListContinuation(record));
      continue;
    }
    const [, tag, value = ''] = tagged;
    if (tag === 'FN' || tag === 'VR') continue;
    if (tag === 'EF') {
      yield* finish('is not closed by an ER line before EF');
      ended = true;
    } else if (tag === 'PT') {
      yield* finish(`has no ER line before the next PT (line ${line})`);
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
  if (records === 0) {
    throw badInput('no Web of Science record ("PT J" to "ER") found; a tab-delimited export is tsv', file);
  }
}

/** Whether the record's last tag keeps one value per line. */
function isListContinuation(record: TaggedRecord): boolean {
  return WOS_LIST_TAGS.has(record.lastTagName() ?? '');
}

function wosItem(record: TaggedRecord): RawItem {
  const fields: Record<string, unknown> = {};
  for (const tag of ['TI', 'AB', 'DI', 'SO', 'UT']) fields[wosFieldName(tag)] = record.text(tag);
  fields[wosFieldName('AF')] = record.list('AF');
  fields[wosFieldName('AU')] = record.list('AU');
  // Early-access records have no PY yet: the year of EA ("JAN 2021") or PD ("2021 JAN 5").
  const early = /\b(\d{4})\b/.exec(record.text('EA') ?? record.text('PD') ?? '')?.[1];
  fields.year = record.text('PY') ?? early;
  const id = record.text('UT');
  return { record: fields, line: record.line, label: id ? `record ${id}` : undefined };
}
