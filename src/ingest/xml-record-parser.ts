// Parses the text of one XML record (from xml-records.ts) with fast-xml-parser, safely: entity processing is
// off (no DOCTYPE entity is ever expanded, so "billion laughs" cannot blow up and no external entity is
// fetched; the five XML entities and numeric references are decoded afterwards by clean-text.ts), values stay
// strings (a PMID or DOI is never turned into a number), namespace prefixes are dropped (so `arxiv:doi` and a
// `doi` whose namespace is missing are one field). Rich-text elements (titles, abstracts) are kept as raw
// markup so that inline tags (`H<sub>2</sub>O`, `<i>in vivo</i>`) keep their place in the text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeEntities } from './clean-text';

export type XmlNode = Record<string, unknown>;

export type XmlParse = { value: XmlNode } | { error: string; line: number };

/**
 * Returns a parser of record texts that keeps the elements named in `richTags` as raw markup. `firstLine` is
 * the line of the file the record starts on: error lines (and "line N" in messages) are lines of the file.
 */
export function recordParser(richTags: readonly string[]): (xml: string, firstLine: number) => XmlParse {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: richTags.map((tag) => `*.${tag}`),
  });
  return (xml, firstLine) => {
    const inFile = (line: number) => firstLine + line - 1;
    let text = xml;
    let valid = XMLValidator.validate(text);
    // A bare "&" ("R&D") is common in hand-made files: escape it rather than drop the record.
    if (valid !== true && valid.err.code === 'InvalidChar' && valid.err.msg.includes("'&'")) {
      text = text.replace(
        /<!\[CDATA\[[\s\S]*?\]\]>|&(?!#\d+;|#x[0-9a-f]+;|[\p{L}_][\p{L}\p{N}_.-]*;)/giu,
        (match) => (match === '&' ? '&amp;' : match),
      );
      valid = XMLValidator.validate(text);
    }
    if (valid !== true) {
      const error = valid.err.msg.replace(
        /\bline (\d+)/g,
        (_, line: string) => `line ${inFile(Number(line))}`,
      );
      return { error, line: inFile(valid.err.line) };
    }
    try {
      return { value: parser.parse(text) as XmlNode };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), line: firstLine };
    }
  };
}

/** A value as an array: none -> [], one -> [it]. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The element child `name` (the first, when repeated), when it is an element with children or attributes. */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (!isNode(node)) return undefined;
  const value = asArray(node[name])[0];
  return isNode(value) ? value : undefined;
}

/** The attribute `name` of an element. */
export function attribute(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[`@_${name}`];
  return typeof value === 'string' ? decodeEntities(value).trim() : undefined;
}

/** The text of a plain element (entities decoded, trimmed); undefined when it has none. */
export function plainText(node: unknown): string | undefined {
  const raw = rawText(node);
  if (raw === undefined) return undefined;
  return decodeEntities(raw).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The text of a rich-text element kept as raw markup: CDATA unwrapped, every tag removed (block-level ones
 * leave a space). Entities are left for cleanText, which decodes them after its own tag stripping, so an
 * escaped "&lt;news article&gt;" in an abstract stays text.
 */
export function richText(node: unknown): string | undefined {
  const raw = rawText(node);
  if (raw === undefined) return undefined;
  const text = raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) =>
      data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([\p{L}_][\w.:-]*)[^>]*>/gu, (_, name: string) => (BLOCK.test(name) ? ' ' : ''));
  return text.trim() || undefined;
}

/** Elements that separate words: replaced by a space when stripped. */
const BLOCK =
  /^(?:[\w.-]+:)?(?:p|br|div|sec|title|li|list|list-item|label|caption|table|tr|td|th|disp-formula|h[1-6])$/i;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string element, or the `#text` of an element with attributes; the first of repeated elements. */
function rawText(node: unknown): string | undefined {
  const value = Array.isArray(node) ? node[0] : node;
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return undefined;
}
