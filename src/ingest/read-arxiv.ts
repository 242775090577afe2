// Reads an arXiv API Atom feed (`<feed><entry>…</entry></feed>`, export.arxiv.org/api/query): title, summary
// (the abstract), published (else updated), author/name, arxiv:doi (else the link titled "doi"), the abstract
// page link, and the arXiv id (version dropped) as the paper id. Each entry is parsed on its own, so a
// malformed entry is an issue with its line; entries whose arxiv: namespace is undeclared or missing are read
// the same. The API's error entries (`<id>…/api/errors#…</id>`) are reported as issues.
import { badInput } from '../errors';
import { normaliseDoi } from './normalise';
import type { RawItem } from './types';
import { asArray, attribute, plainText, recordParser, richText, type XmlNode } from './xml-record-parser';
import { xmlRecords } from './xml-records';

const parseEntry = recordParser(['title', 'summary']);

export async function* readArxivAtom(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let root = false;
  for await (const event of xmlRecords(chunks, new Set(['entry']))) {
    if (event.kind === 'root') {
      if (event.name !== 'feed' && event.name !== 'entry') {
        throw badInput(
          `not an arXiv Atom feed: the root element is <${event.name}>, expected <feed>`,
          file,
          event.line,
        );
      }
      root = true;
    } else if (event.kind === 'unclosed') {
      const where = event.next ? `before the next <entry> on line ${event.next}` : 'at the end of the file';
      yield { issue: { file, line: event.line, message: `<entry> is not closed ${where}` }, skipped: true };
    } else {
      const parsed = parseEntry(event.xml, event.line);
      if ('error' in parsed) {
        const message = `malformed <entry> (line ${parsed.line}): ${parsed.error}`;
        yield { issue: { file, line: event.line, message }, skipped: true };
        continue;
      }
      yield entryItem(parsed.value.entry, file, event.line);
    }
  }
  if (!root) throw badInput('no XML element found: not an arXiv Atom feed', file);
}

function entryItem(entry: unknown, file: string, line: number): RawItem {
  const node = (typeof entry === 'object' && entry !== null ? entry : {}) as XmlNode;
  const idUrl = plainText(node.id);
  if (idUrl && /arxiv\.org\/api\/errors/i.test(idUrl)) {
    const message = `arXiv API error: ${plainText(node.summary) ?? idUrl}`;
    return { issue: { file, line, message }, skipped: true };
  }
  const arxivId = idUrl ? /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/i.exec(idUrl)?.[1] : undefined;
  const links = asArray(node.link);
  const doiLink = links.find((link) => attribute(link, 'title') === 'doi');
  const pageLink = links.find((link) => attribute(link, 'rel') === 'alternate');
  const doi = plainText(node.doi) ?? attribute(doiLink, 'href');
  const record = {
    id: arxivId ? `arXiv:${arxivId}` : idUrl,
    title: richText(node.title),
    abstract: richText(node.summary),
    date: plainText(node.published) ?? plainText(node.updated),
    authors: asArray(node.author).map((author) =>
      typeof author === 'object' && author !== null ? plainText((author as XmlNode).name) : undefined,
    ),
    doi: doi ? normaliseDoi(doi) : undefined,
    url: attribute(pageLink, 'href') ?? (idUrl && /^https?:/.test(idUrl) ? idUrl : undefined),
    venue: 'arXiv',
  };
  return { record, line, label: arxivId ? `arXiv:${arxivId}` : undefined };
}
