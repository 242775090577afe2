// The streamed GEXF writer: valid against the GEXF 1.3 schema, parsed back by graphology-gexf with attributes and
// viz intact, hostile text escaped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexfString } from '../../src/export';
import { validateGexf } from '../helpers/gexf';

function sample(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.replaceAttributes({ name: 'test & <graph>', litgraphVersion: '0.1.0', modularity: 0.5, communities: [] });
  g.addNode('term:a', {
    label: 'sparse "autoencoder" <b>&</b>',
    kind: 'term',
    df: 3,
    score: 1.5,
    aliases: ['SAE', 'SAEs'],
    x: 1.5,
    y: -2,
    size: 4,
    color: '#e6194b',
    community: 0,
  });
  g.addNode('paper:1', {
    label: '<img src=x onerror=alert(1)>',
    kind: 'paper',
    year: 2020,
    abstract: 'tab\there\nnew line \u0001 control',
    x: 0,
    y: 0,
    size: 2,
    color: '#3cb44b',
    community: 1,
  });
  g.addNode('paper:2', {
    label: 'second',
    kind: 'paper',
    score: 2,
    x: 3,
    y: 3,
    size: 2,
    color: '#3cb44b',
    community: 1,
  });
  g.addEdgeWithKey('e0', 'paper:1', 'term:a', {
    kind: 'mention',
    weight: 3,
    mentions: 2,
    spans: [[1, 0, 0, 4]],
  });
  g.addEdgeWithKey('e1', 'paper:2', 'term:a', { kind: 'mention', weight: 1, mentions: 1, spans: [] });
  return g;
}

describe('writeGexfString', () => {
  const xml = writeGexfString(sample());

  it('validates against the GEXF 1.3 schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lg-gexf-')), 'g.gexf');
    writeFileSync(file, xml);
    const { ok, output } = validateGexf(file);
    expect(output).toContain('valid GEXF 1.3');
    expect(ok).toBe(true);
  });

  it('parses back with labels, typed attributes, weights and viz', () => {
    const back = parse(Graph, xml);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute('term:a', 'label')).toBe('sparse "autoencoder" <b>&</b>');
    expect(back.getNodeAttribute('paper:1', 'label')).toBe('<img src=x onerror=alert(1)>');
    expect(back.getNodeAttribute('term:a', 'df')).toBe(3);
    expect(back.getNodeAttribute('term:a', 'aliases')).toBe('SAE; SAEs');
    expect(back.getNodeAttribute('term:a', 'color')).toBe('#e6194b');
    expect(back.getNodeAttribute('term:a', 'size')).toBe(4);
    expect(back.getNodeAttribute('term:a', 'x')).toBe(1.5);
    expect(back.getNodeAttribute('paper:1', 'abstract')).toBe('tab\there\nnew line  control');
    expect(back.getEdgeAttribute(back.edge('paper:1', 'term:a')!, 'weight')).toBe(3);
    expect(back.getEdgeAttribute(back.edge('paper:1', 'term:a')!, 'mentions')).toBe(2);
  });

  it('declares a number column double when integers and fractions mix, and leaves offsets out', () => {
    expect(xml).toContain('<attribute id="score" title="score" type="double"/>');
    expect(xml).toContain('<attribute id="year" title="year" type="integer"/>');
    expect(xml).not.toContain('spans');
    expect(xml).not.toContain('\u0001');
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b < c > "d" \'e\'', 'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;'],
    ['ctrl\u0000\u0007\u001f end', 'ctrl end'],
    ['pair \ud83d\ude00 ok', 'pair \ud83d\ude00 ok'],
    ['lone \ud83d high', 'lone  high'],
    ['lone \ude00 low', 'lone  low'],
    ['tab\tnl\ncr\r', 'tab&#9;nl&#10;cr&#13;'],
  ])('%j', async (input, expected) => {
    const { escapeXml } = await import('../../src/export');
    expect(escapeXml(input)).toBe(expected);
  });
});
