// Tests the streaming XML record splitter: the same events whatever the chunk boundaries, comments, CDATA and
// DOCTYPE subsets skipped, namespace prefixes ignored, unclosed records reported with their lines.
import { describe, expect, it } from 'vitest';
import { type XmlEvent, xmlRecords } from '../../src/ingest/xml-records';

const XML = `<?xml version="1.0"?>
<!DOCTYPE feed [
  <!ENTITY a "<entry>not a record</entry>">
]>
<!-- <entry>a comment, not a record</entry> -->
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">
  <atom:entry><title>One</title><summary><![CDATA[a </entry> inside CDATA]]></summary></atom:entry>
  <entry>
    <title a="x > y">Two</title>
  </entry>
  <entry><title>Three, never closed</title>
  <entry/>
  <entry><title>Last</title>
</atom:feed>
`;

async function events(text: string, size: number): Promise<XmlEvent[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out: XmlEvent[] = [];
  for await (const event of xmlRecords(chunks(), new Set(['entry']))) out.push(event);
  return out;
}

describe('xmlRecords', () => {
  it('finds the root, the records with their lines and the unclosed ones', async () => {
    const found = await events(XML, XML.length);
    expect(found.map((event) => [event.kind, event.line])).toEqual([
      ['root', 6],
      ['record', 7],
      ['record', 8],
      ['unclosed', 11],
      ['record', 12],
      ['unclosed', 13],
    ]);
    expect(found[0]).toMatchObject({ name: 'feed' });
    expect(found[1]).toMatchObject({
      xml: expect.stringMatching(/^<atom:entry>.*inside CDATA\]\]><\/summary><\/atom:entry>$/),
    });
    expect(found[2]).toMatchObject({ xml: expect.stringContaining('x > y') });
    expect(found[3]).toEqual({ kind: 'unclosed', line: 11, tag: 'entry', next: 12 });
    expect(found[4]).toMatchObject({ xml: '<entry/>' });
    expect(found[5]).toEqual({ kind: 'unclosed', line: 13, tag: 'entry' });
  });

  it.each([1, 2, 3, 7, 64])('gives the same events for chunks of %i characters', async (size) => {
    expect(await events(XML, size)).toEqual(await events(XML, XML.length));
  });
});
