// Reads PubMed XML (`<PubmedArticleSet><PubmedArticle>…`, E-utilities efetch or the baseline files), streaming
// one article at a time: ArticleTitle (a translated title's [brackets] removed), AbstractText (labelled parts
// joined as "BACKGROUND: … METHODS: …"; CopyrightInformation left out), PubDate/Year else MedlineDate else
// ArticleDate, AuthorList/Author (ForeName LastName, or CollectiveName), Journal/Title, the DOI from
// ELocationID EIdType="doi" else ArticleId IdType="doi", and "PMID:<n>" as the paper id. Book articles
// (`PubmedBookArticle`) are read the same way from their BookDocument.
import { badInput } from '../errors';
import { normaliseDoi } from './normalise';
import type { RawItem } from './types';
import {
  asArray,
  attribute,
  child,
  plainText,
  recordParser,
  richText,
  type XmlNode,
} from './xml-record-parser';
import { xmlRecords } from './xml-records';

const RECORD_TAGS = new Set(['PubmedArticle', 'PubmedBookArticle']);
const ROOT_TAGS = new Set(['PubmedArticleSet', 'PubmedBookArticleSet', ...RECORD_TAGS]);
const parseArticle = recordParser(['ArticleTitle', 'VernacularTitle', 'BookTitle', 'AbstractText']);

export async function* readPubmed(file: string, chunks: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let root = false;
  for await (const event of xmlRecords(chunks, RECORD_TAGS)) {
    if (event.kind === 'root') {
      if (!ROOT_TAGS.has(event.name)) {
        throw badInput(
          `not PubMed XML: the root element is <${event.name}>, expected <PubmedArticleSet>`,
          file,
          event.line,
        );
      }
      root = true;
    } else if (event.kind === 'unclosed') {
      const where = event.next ? `before the next article on line ${event.next}` : 'at the end of the file';
      const message = `<${event.tag}> is not closed ${where}`;
      yield { issue: { file, line: event.line, message }, skipped: true };
    } else {
      const parsed = parseArticle(event.xml, event.line);
      if ('error' in parsed) {
        const message = `malformed <${event.tag}> (line ${parsed.line}): ${parsed.error}`;
        yield { issue: { file, line: event.line, message }, skipped: true };
        continue;
      }
      yield articleItem(parsed.value, event.line);
    }
  }
  if (!root) throw badInput('no XML element found: not PubMed XML', file);
}

function articleItem(value: XmlNode, line: number): RawItem {
  const book = child(value.PubmedBookArticle, 'BookDocument');
  const citation = book ?? child(value.PubmedArticle, 'MedlineCitation');
  const article = book ?? child(citation, 'Article');
  const pubmedData = child(value.PubmedArticle ?? value.PubmedBookArticle, 'PubmedData');
  const pmid = plainText(child(citation, 'PMID') ?? citation?.PMID);
  const journal = child(article, 'Journal');
  const dates = [
    child(child(journal, 'JournalIssue'), 'PubDate'),
    child(child(book, 'Book'), 'PubDate'),
    child(article, 'ArticleDate'),
  ];
  const year =
    dates.map((date) => plainText(date?.Year)).find(Boolean) ??
    dates.map((date) => /\d{4}/.exec(plainText(date?.MedlineDate) ?? '')?.[0]).find(Boolean);
  const ids = [
    ...asArray(article?.ELocationID).filter((id) => attribute(id, 'EIdType') === 'doi'),
    ...asArray(child(pubmedData, 'ArticleIdList')?.ArticleId).filter(
      (id) => attribute(id, 'IdType') === 'doi',
    ),
  ];
  const doi = ids.map(plainText).find(Boolean);
  const record = {
    id: pmid ? `PMID:${pmid}` : undefined,
    title: untranslated(
      richText(article?.ArticleTitle) ??
        richText(article?.VernacularTitle) ??
        richText(child(book, 'Book')?.BookTitle),
    ),
    abstract: abstractOf(child(article, 'Abstract')),
    year,
    authors: asArray(child(article, 'AuthorList')?.Author).map(authorName),
    doi: doi ? normaliseDoi(doi) : undefined,
    url: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined,
    venue: plainText(journal?.Title) ?? plainText(journal?.ISOAbbreviation),
  };
  return { record, line, label: pmid ? `PMID ${pmid}` : undefined };
}

/** PubMed writes a title translated into English in brackets: "[Treatment of …]." -> "Treatment of …". */
function untranslated(title: string | undefined): string | undefined {
  const match = title && /^\s*\[([\s\S]*)\]\.?\s*$/.exec(title);
  return match && !match[1].includes(']') ? match[1] : title;
}

/** The AbstractText parts, each prefixed by its Label ("BACKGROUND: …"), joined. */
function abstractOf(abstract: XmlNode | undefined): string | undefined {
  const parts = asArray(abstract?.AbstractText)
    .map((part) => {
      const text = richText(part);
      const label = attribute(part, 'Label');
      return text && label ? `${label}: ${text}` : text;
    })
    .filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function authorName(author: unknown): string | undefined {
  if (typeof author !== 'object' || author === null) return undefined;
  const node = author as XmlNode;
  const collective = richText(node.CollectiveName);
  if (collective) return collective;
  const family = plainText(node.LastName);
  const given = plainText(node.ForeName) ?? plainText(node.Initials);
  if (!family) return undefined;
  return given ? `${given} ${family}` : family;
}
