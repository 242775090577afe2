// XML text and attribute escaping for the writers that build XML themselves (GraphML). Characters XML 1.0
// cannot carry at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates) are dropped.

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE: Record<string, string> = {
  ...TEXT,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escapes element content; tabs and newlines are kept as they are, a CR as a character reference. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT[c]);
}

/** Escapes an attribute value, with tabs and newlines as character references so parsers keep them. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]);
}
