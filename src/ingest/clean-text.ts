// Cleans text fields from any source: strips HTML/JATS/MathML markup (only known tag names, so "<news article,
// headline>" in an abstract survives), decodes basic character entities, collapses whitespace, composes
// accents (NFC); removes copyright lines at the end of abstracts.

/** Known markup: any `jats:`/`mml:`/`xhtml:` element, plus the HTML and JATS tags abstracts carry. */
const TAG =
  /<\/?(?:(?:jats|mml|xhtml):[\w.-]+|a|abbr|b|big|blockquote|bold|br|cite|code|disp-formula|div|em|ext-link|font|h[1-6]|hr|i|inline-formula|italic|li|list|list-item|named-content|ol|p|pre|q|s|sc|sec|small|span|strike|strong|sub|sup|tex-math|title|tt|u|ul|xref)(?:\s[^<>]*)?\/?>/gi;

/** Tags that separate words (block level): replaced by a space; other tags are removed without a gap. */
const BLOCK_TAG =
  /^<\/?(?:(?:jats|xhtml):)?(?:p|br|div|sec|title|li|list|list-item|h[1-6]|hr|blockquote|ol|ul)\b/i;

/** A leading "Abstract" heading (`<jats:title>Abstract</jats:title>`), common in Crossref records. */
const ABSTRACT_HEADING = /^\s*<(jats:)?title>\s*(abstract|summary)\s*<\/(jats:)?title>/i;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

const ENTITY = /&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi;

/** Decodes numeric entities and the few named ones abstracts use; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes known markup tags (block tags become a space). */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(ABSTRACT_HEADING, ' ').replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''));
}

/**
 * Replaces control characters (C0 other than whitespace, DEL, C1) with spaces: they are never text, an XML
 * export cannot hold them, and printed to a terminal an ESC sequence in a title would be obeyed.
 */
export function replaceControlCharacters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Collapses runs of whitespace (non-breaking ones too; zero-width spaces and BOMs removed; control characters
 * count as whitespace) to one space and trims.
 */
export function collapseWhitespace(text: string): string {
  return replaceControlCharacters(text)
    .replace(/\u200b|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Full clean-up of a title or abstract: tags, then entities, then whitespace, then Unicode NFC (LaTeX
 * accents come out of the BibTeX parser decomposed: "u" + U+0308 becomes "ü").
 */
export function cleanText(text: string): string {
  return collapseWhitespace(decodeEntities(stripTags(text))).normalize('NFC');
}

/**
 * Copyright and licence notes that databases append to abstracts, each matched at the end of the (cleaned)
 * text: "© 2021 Elsevier Ltd. All rights reserved.", "Copyright © 2020 John Wiley & Sons, Ltd.", "(C) 2019
 * IEEE.", "© The Author(s) 2021. Published by … licence (http://…).", Wiley's "This article is protected by
 * copyright. All rights reserved." and APA's "(PsycInfo Database Record (c) 2021 APA, all rights reserved)".
 * "©" must be followed by a year (within 60 characters) or "The Author(s)"; "(c)" and "Copyright" count only at a
 * sentence start and followed by a year or "The Author(s)", so "(a) … (b) … (c) a benchmark" and "Copyright
 * infringement is …" survive. At most 400 characters are removed.
 */
const COPYRIGHT_TAILS: readonly RegExp[] = [
  /(?:^|(?<=[.!?;:)\]"”’]))\s*(?:\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:\d{4}|the\s+authors?\b)[\s\S]{0,400}$/iu,
  /(?:^|(?<=[\s.!?;:)\]"”’]))©(?=[\s\S]{0,60}?\b(?:1[89]|20)\d\d\b|\s*the\s+authors?\b)[\s\S]{0,400}$/iu,
  /(?:^|(?<=[.!?]))\s*this article is protected by copyright\.?(?:\s*all rights reserved\.?)?$/i,
  /\s*\((?:[^()]|\([^()]*\))*(?:©|\(c\)|copyright)\s*\d{4}(?:[^()]|\([^()]*\))*\)\.?$/i,
  /(?:^|(?<=[.!?]))\s*all rights reserved\.?$/i,
];

/** Removes copyright/licence sentences from the end of a cleaned abstract (repeatedly: they come in pairs). */
export function stripCopyright(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = COPYRIGHT_TAILS.reduce((value, pattern) => value.replace(pattern, ''), current).trimEnd();
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Placeholders that databases put where an abstract is missing ("[No abstract available]", Scopus). */
export function isAbstractPlaceholder(text: string): boolean {
  return /^\[?\s*no abstract(?: is)?(?: available)?\s*\]?\.?$/i.test(text);
}
