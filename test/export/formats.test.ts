// `litgraph export` on the sample graph: every format written, parsed back with its own reader (GEXF with
// graphology-gexf and the official schema, GraphML with graphology-graphml, CSV with csv-parse, JSON with
// JSON.parse), counts and attributes intact, and labels with markup, quotes, tabs and newlines surviving.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LitgraphError } from '../../src/errors';
import { buildView, exportGraph, exportTarget, resolveExportView } from '../../src/export';
import { buildProjection, type LitgraphGraph } from '../../src/graph';
import { runBuild } from '../../src/pipeline';
import { loadGraphFile } from '../../src/query';
import type { PaperNodeAttributes, TermNodeAttributes } from '../../src/types';
import { validateGexf } from '../helpers/gexf';

const TRICKY = 'A <b>&amp;</b> "quoted", \'single\'; semi\tTab\nNew line';

let dir: string;
let graphFile: string;
let graph: LitgraphGraph;
let trickyTerm: string;
let trickyPaper: string;
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'litgraph-export-'));
  await runBuild({ inputs: ['graph/samples/seed-papers.txt'], out: dir }, { quiet: true });
  graphFile = join(dir, 'graph.json');
  graph = loadGraphFile(graphFile);
  // Hostile labels, and years (the sample has none) on a term and its papers.
  let best = '';
  graph.forEachNode((node, a) => {
    if (a.kind === 'term' && (best === '' || graph.degree(node) > graph.degree(best))) best = node;
  });
  trickyTerm = best;
  graph.setNodeAttribute(trickyTerm, 'label', TRICKY);
  graph.mergeNodeAttributes(trickyTerm, { firstYear: 2019, meanYear: 2020.5, years: { 2019: 1, 2022: 1 } });
  trickyPaper = graph.neighbors(trickyTerm)[0];
  graph.mergeNodeAttributes(trickyPaper, {
    label: TRICKY,
    year: 2019,
    authors: ['Ada; Lovelace', 'Alan Turing'],
  });
});

const terms = () => graph.filterNodes((_n, a) => a.kind === 'term');
const papers = () => graph.filterNodes((_n, a) => a.kind === 'paper');

describe('views', () => {
  it('terms: the co-occurrence projection, degree recomputed for the view', () => {
    const view = buildView(graph, 'terms');
    const projection = buildProjection(graph);
    expect(view.order).toBe(terms().length);
    expect(view.size).toBe(projection.size);
    view.forEachNode((node, a) => expect(a.degree).toBe(view.degree(node)));
    expect(view.getAttribute('view')).toBe('terms');
  });

  it('papers: links weighted by shared terms, at least --min-shared of them (checked by brute force)', () => {
    const view = buildView(graph, 'papers', 2);
    const ps = papers().slice(0, 40);
    for (let i = 0; i < ps.length; i++) {
      const mine = new Set(graph.neighbors(ps[i]));
      for (let j = i + 1; j < ps.length; j++) {
        const shared = graph.neighbors(ps[j]).filter((t) => mine.has(t)).length;
        const edge = view.edge(ps[i], ps[j]);
        if (shared >= 2) expect(edge && view.getEdgeAttribute(edge, 'weight')).toBe(shared);
        else expect(edge).toBeUndefined();
      }
    }
    expect(view.order).toBe(papers().length);
    expect(view.getNodeAttribute(ps[0], 'terms')).toBe(graph.degree(ps[0]));
  });

  it.each([
    ['vosviewer', 'all', /--to vosviewer supports --view terms or papers/],
    ['neo4j', 'terms', /--to neo4j supports --view all/],
    ['pdf', undefined, /--to must be one of gexf, graphml, csv, vosviewer, cytoscape, neo4j/],
    ['csv', 'authors', /--view must be one of all, terms, papers/],
  ])('refuses --to %s --view %s with a USAGE error', (format, view, message) => {
    const run = () => resolveExportView(format, view);
    expect(run).toThrow(LitgraphError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as LitgraphError).code).toBe('USAGE');
    }
  });

  it('refuses a bad --min-shared', () => {
    expect(() => buildView(graph, 'terms', 0)).toThrow(/--min-shared must be an integer/);
  });

  it.each([
    ['gexf', 'all', undefined, 'g/graph.gexf'],
    ['gexf', 'terms', undefined, 'g/graph-terms.gexf'],
    ['cytoscape', 'all', undefined, 'g/graph.cyjs'],
    ['csv', 'all', undefined, 'g/export-csv'],
    ['csv', 'papers', undefined, 'g/export-csv-papers'],
    ['vosviewer', 'terms', undefined, 'g/export-vosviewer'],
    ['graphml', 'all', 'x/my.graphml', 'x/my.graphml'],
  ] as const)('puts --to %s --view %s (out %s) at %s', (format, view, target, expected) => {
    expect(exportTarget(format, view, 'g/graph.json', target)).toBe(expected);
  });
});

describe('gexf', () => {
  it.each(['all', 'terms', 'papers'] as const)('view %s: valid GEXF 1.3 that parses back whole', (view) => {
    const file = out(`v-${view}.gexf`);
    const r = exportGraph(graph, graphFile, { format: 'gexf', view, out: file });
    expect(r.files).toEqual([file]);
    const check = validateGexf(file);
    expect(check.ok, check.output).toBe(true);
    const back = parseGexf(Graph, readFileSync(file, 'utf8'));
    expect([back.order, back.size]).toEqual([r.nodes, r.edges]);
    if (view !== 'papers') expect(back.getNodeAttribute(trickyTerm, 'label')).toBe(TRICKY);
    if (view !== 'terms') expect(back.getNodeAttribute(trickyPaper, 'label')).toBe(TRICKY);
  });
});

describe('graphml', () => {
  let back: Graph;
  beforeAll(() => {
    const file = out('graph.graphml');
    exportGraph(graph, graphFile, { format: 'graphml', out: file });
    back = parseGraphml(Graph, readFileSync(file, 'utf8'));
  });

  it('parses back with the same nodes and edges', () => {
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachEdge((_e, _a, s, t) => expect(back.hasEdge(s, t)).toBe(true));
  });

  it('keeps every attribute with its type (arrays joined, offsets left out)', () => {
    const t = graph.getNodeAttributes(trickyTerm) as TermNodeAttributes;
    const bt = back.getNodeAttributes(trickyTerm);
    expect(bt).toMatchObject({
      label: TRICKY,
      kind: 'term',
      type: t.type,
      df: t.df,
      score: t.score,
      x: t.x,
      y: t.y,
      color: t.color,
      community: t.community,
      aliases: t.aliases.join('; '),
      years: JSON.stringify(t.years),
    });
    const p = graph.getNodeAttributes(trickyPaper) as PaperNodeAttributes;
    expect(back.getNodeAttributes(trickyPaper)).toMatchObject({
      label: TRICKY,
      year: 2019,
      abstract: p.abstract,
      authors: 'Ada; Lovelace; Alan Turing',
    });
    expect(back.getNodeAttribute(trickyPaper, 'sentences')).toBeUndefined();
    const [edge] = graph.edges(trickyPaper, trickyTerm);
    const be = back.getEdgeAttributes(back.edge(trickyPaper, trickyTerm)!);
    expect(be).toMatchObject({ kind: 'mention', weight: graph.getEdgeAttribute(edge, 'weight') });
    expect(be.spans).toBeUndefined();
  });
});

describe('csv', () => {
  let nodes: Record<string, string>[];
  let edges: Record<string, string>[];
  let files: string[];
  beforeAll(() => {
    const r = exportGraph(graph, graphFile, { format: 'csv', out: out('csv') });
    files = r.files;
    const read = (f: string) =>
      parseCsv(readFileSync(f, 'utf8'), { columns: true }) as Record<string, string>[];
    nodes = read(join(dir, 'csv', 'nodes.csv'));
    edges = read(join(dir, 'csv', 'edges.csv'));
  });

  it('writes nodes.csv and edges.csv with CRLF records and nothing else in the folder', () => {
    expect(readdirSync(out('csv')).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(files.map((f) => f.split('/').pop())).toEqual(['nodes.csv', 'edges.csv']);
    expect(readFileSync(out('csv/edges.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,source,target,/);
  });

  it('has one row per node and edge, all attributes as columns', () => {
    expect(nodes).toHaveLength(graph.order);
    expect(edges).toHaveLength(graph.size);
    expect(Object.keys(nodes[0]).slice(0, 3)).toEqual(['id', 'kind', 'label']);
    const row = nodes.find((n) => n.id === trickyTerm)!;
    const t = graph.getNodeAttributes(trickyTerm) as TermNodeAttributes;
    expect(row).toMatchObject({
      label: TRICKY,
      type: t.type,
      df: String(t.df),
      aliases: t.aliases.join('; '),
      years: '{"2019":1,"2022":1}',
    });
    const paper = nodes.find((n) => n.id === trickyPaper)!;
    expect(JSON.parse(paper.sentences)).toEqual(
      (graph.getNodeAttributes(trickyPaper) as PaperNodeAttributes).sentences,
    );
    const edge =
      edges.find((e) => e.source === trickyPaper && e.target === trickyTerm) ??
      edges.find((e) => e.target === trickyPaper && e.source === trickyTerm)!;
    expect(edge.kind).toBe('mention');
    expect(JSON.parse(edge.spans)).toEqual(
      graph.getEdgeAttribute(graph.edge(trickyPaper, trickyTerm)!, 'spans'),
    );
  });
});

describe('vosviewer', () => {
  let map: Record<string, string>[];
  let mapText: string;
  let network: string[][];
  let json: {
    network: {
      items: {
        id: number;
        label: string;
        cluster: number;
        weights: Record<string, number>;
        scores: Record<string, number>;
      }[];
      links: { source_id: number; target_id: number; strength: number }[];
      clusters: { cluster: number; label: string }[];
    };
    config: {
      terminology: Record<string, string>;
      color_schemes: { cluster_colors: { cluster: number; color: string }[] };
    };
  };
  beforeAll(() => {
    exportGraph(graph, graphFile, { format: 'vosviewer', out: out('vos') });
    mapText = readFileSync(out('vos/map.txt'), 'utf8');
    map = parseCsv(mapText, { columns: true, delimiter: '\t' });
    network = readFileSync(out('vos/network.txt'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    json = JSON.parse(readFileSync(out('vos/vosviewer.json'), 'utf8'));
  });

  it('map file: the VOSviewer header, one item per term', () => {
    expect(mapText.split('\n')[0].split('\t')).toEqual([
      'id',
      'label',
      'x',
      'y',
      'cluster',
      'weight<Links>',
      'weight<Total link strength>',
      'weight<Occurrences>',
      'score<Avg. pub. year>',
    ]);
    expect(map).toHaveLength(terms().length);
    for (const item of map) expect(Number(item.cluster)).toBeGreaterThanOrEqual(1);
  });

  it('escapes labels the VOSviewer way: quoted with a comma or semicolon, tabs and newlines as spaces', () => {
    const item = map.find((m) => m.label.startsWith('A <b>'))!;
    expect(item.label).toBe(TRICKY.replace(/[\t\n]/g, ' '));
    expect(item['score<Avg. pub. year>']).toBe('2020.5');
    expect(map.filter((m) => m['score<Avg. pub. year>'] !== '')).toHaveLength(1);
  });

  it('weights agree with the network file: links, total strength; occurrences = papers', () => {
    const links = new Map<string, number>();
    const strength = new Map<string, number>();
    for (const [a, b, s] of network) {
      for (const id of [a, b]) {
        links.set(id, (links.get(id) ?? 0) + 1);
        strength.set(id, (strength.get(id) ?? 0) + Number(s));
      }
    }
    for (const item of map) {
      expect(Number(item['weight<Links>'])).toBe(links.get(item.id) ?? 0);
      expect(Number(item['weight<Total link strength>'])).toBeCloseTo(strength.get(item.id) ?? 0, 6);
    }
    const item = map.find((m) => m.label.startsWith('A <b>'))!;
    expect(Number(item['weight<Occurrences>'])).toBe(graph.degree(trickyTerm));
    expect(network).toHaveLength(buildProjection(graph).size);
  });

  it('JSON: the same items and links, labels verbatim, clusters and terminology', () => {
    expect(json.network.items).toHaveLength(map.length);
    expect(json.network.links).toHaveLength(network.length);
    const item = json.network.items.find((i) => i.label === TRICKY)!;
    expect(item.weights).toEqual({
      Links: Number(map[item.id - 1]['weight<Links>']),
      'Total link strength': Number(map[item.id - 1]['weight<Total link strength>']),
      Occurrences: graph.degree(trickyTerm),
    });
    expect(item.scores).toEqual({ 'Avg. pub. year': 2020.5 });
    expect(json.network.links[0]).toEqual({
      source_id: Number(network[0][0]),
      target_id: Number(network[0][1]),
      strength: Number(network[0][2]),
    });
    const used = new Set(json.network.items.map((i) => i.cluster));
    expect(json.network.clusters.map((c) => c.cluster).sort((a, b) => a - b)).toEqual(
      [...used].sort((a, b) => a - b),
    );
    expect(json.config.terminology.items).toBe('terms');
    expect(json.config.color_schemes.cluster_colors.every((c) => /^#[0-9a-f]{6}$/i.test(c.color))).toBe(true);
  });

  it('descriptions are HTML-escaped', () => {
    const raw = readFileSync(out('vos/vosviewer.json'), 'utf8');
    const items = JSON.parse(raw).network.items as { description: string }[];
    expect(items.every((i) => !/<(?!\/?b>|br>)/.test(i.description))).toBe(true);
  });

  it('papers view: weight<Terms> and score<Pub. year>', () => {
    exportGraph(graph, graphFile, { format: 'vosviewer', view: 'papers', out: out('vos-papers') });
    const header = readFileSync(out('vos-papers/map.txt'), 'utf8').split('\n')[0].split('\t');
    expect(header.slice(-2)).toEqual(['weight<Terms>', 'score<Pub. year>']);
  });
});

describe('cytoscape', () => {
  let doc: {
    data: Record<string, unknown>;
    elements: {
      nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
      edges: { data: { id: string; source: string; target: string } & Record<string, unknown> }[];
    };
  };
  beforeAll(() => {
    const r = exportGraph(graph, graphFile, { format: 'cytoscape', out: dir });
    expect(r.files).toEqual([join(dir, 'graph.cyjs')]);
    doc = JSON.parse(readFileSync(join(dir, 'graph.cyjs'), 'utf8'));
  });

  it('has every node and edge, ids and ends intact', () => {
    expect(doc.elements.nodes).toHaveLength(graph.order);
    expect(doc.elements.edges).toHaveLength(graph.size);
    const ids = new Set(doc.elements.nodes.map((n) => n.data.id));
    for (const e of doc.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });

  it('keeps attributes (lists as lists), positions with y flipped, and the label verbatim', () => {
    const node = doc.elements.nodes.find((n) => n.data.id === trickyTerm)!;
    const a = graph.getNodeAttributes(trickyTerm) as TermNodeAttributes;
    expect(node.data).toMatchObject({ label: TRICKY, df: a.df, aliases: a.aliases, kind: 'term' });
    expect(node.position).toEqual({ x: a.x, y: -a.y });
    expect(node.data.x).toBeUndefined();
    const paper = doc.elements.nodes.find((n) => n.data.id === trickyPaper)!;
    expect(paper.data.authors).toEqual(['Ada; Lovelace', 'Alan Turing']);
    expect(paper.data.sentences).toBeUndefined();
  });
});

describe('neo4j', () => {
  let paperRows: Record<string, string>[];
  let termRows: Record<string, string>[];
  let mentionRows: Record<string, string>[];
  let script: string;
  const read = (f: string) =>
    parseCsv(readFileSync(f, 'utf8'), { columns: true }) as Record<string, string>[];
  beforeAll(() => {
    exportGraph(graph, graphFile, { format: 'neo4j', out: out('neo') });
    paperRows = read(out('neo/papers.csv'));
    termRows = read(out('neo/terms.csv'));
    mentionRows = read(out('neo/mentions.csv'));
    script = readFileSync(out('neo/load.cypher'), 'utf8');
  });

  it('writes neo4j-admin import headers', () => {
    expect(Object.keys(paperRows[0]).slice(0, 5)).toEqual([
      'paperId:ID(Paper)',
      ':LABEL',
      'title',
      'abstract',
      'year:int',
    ]);
    expect(Object.keys(paperRows[0])).toContain('authors:string[]');
    expect(Object.keys(termRows[0]).slice(0, 2)).toEqual(['termId:ID(Term)', ':LABEL']);
    expect(Object.keys(mentionRows[0])).toEqual([
      ':START_ID(Paper)',
      ':END_ID(Term)',
      ':TYPE',
      'weight:int',
      'mentions:int',
    ]);
  });

  it('has one row per paper, term and mention; ids match across files', () => {
    expect(paperRows).toHaveLength(papers().length);
    expect(termRows).toHaveLength(terms().length);
    expect(mentionRows).toHaveLength(graph.size);
    const paperIds = new Set(paperRows.map((r) => r['paperId:ID(Paper)']));
    const termIds = new Set(termRows.map((r) => r['termId:ID(Term)']));
    for (const m of mentionRows) {
      expect(paperIds.has(m[':START_ID(Paper)']) && termIds.has(m[':END_ID(Term)'])).toBe(true);
      expect(m[':TYPE']).toBe('MENTIONS');
    }
  });

  it('labels terms by type, writes arrays with ";" and keeps the title verbatim', () => {
    const a = graph.getNodeAttributes(trickyTerm) as TermNodeAttributes;
    const row = termRows.find((r) => r['termId:ID(Term)'] === a.key)!;
    expect(row[':LABEL']).toBe(`Term;${a.type[0].toUpperCase()}${a.type.slice(1)}`);
    expect(row['aliases:string[]'].split(';')).toHaveLength(a.aliases.length);
    expect([row['years:int[]'], row['yearCounts:int[]']]).toEqual(['2019;2022', '1;1']);
    const paper = paperRows.find((r) => r.title === TRICKY)!;
    expect(paper['authors:string[]']).toBe('Ada, Lovelace;Alan Turing');
    expect(paper['year:int']).toBe('2019');
  });

  it('load.cypher creates the constraints and reads only columns the CSV files have', () => {
    expect(script).toContain(
      'CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.paperId IS UNIQUE',
    );
    for (const f of ['papers.csv', 'terms.csv', 'mentions.csv']) expect(script).toContain(`'file:///${f}'`);
    const columns = new Set([
      ...Object.keys(paperRows[0]),
      ...Object.keys(termRows[0]),
      ...Object.keys(mentionRows[0]),
    ]);
    const used = [...script.matchAll(/row\.`([^`]+)`/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    for (const name of used) expect(columns.has(name), name).toBe(true);
  });
});
