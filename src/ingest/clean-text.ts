// Cleans text fields from any source: strips HTML/JATS/MathML markup (only known tag names, so "<news article,
// headline>" in an abstract survives), decodes basic character entities and collapses whitespace.

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

/** Collapses runs of whitespace (non-breaking ones too; zero-width spaces and BOMs removed) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u200b|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Full clean-up of a title or abstract: tags, then entities, then whitespace. */
export function cleanText(text: string): string {
  return collapseWhitespace(decodeEntities(stripTags(text)));
}
