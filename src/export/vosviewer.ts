// VOSviewer map, network and JSON files (van Eck & Waltman 2010, "Software survey: VOSviewer"; file formats
// as in the VOSviewer manual §4.1 and the VOSviewer Online docs "JSON file type"), for the term co-occurrence
// map or papers linked by shared terms, so a map opens in VOSviewer or VOSviewer Online with our layout and
// communities.
//
// - map.txt: tab-separated, header `id label x y cluster weight<Links> weight<Total link strength>
//   weight<Occurrences> score<Avg. pub. year>` (papers: `weight<Terms>` and `score<Pub. year>`). A field with a
//   comma, semicolon or double quote is quoted (quotes doubled); tabs and line breaks become spaces.
// - network.txt: sparse format, `id1 <TAB> id2 <TAB> strength`, no header; strength = shared papers (terms).
// - vosviewer.json: {network: {items, links, clusters}, config: {terminology, color_schemes}, info}.
//
// VOSviewer clusters are integers 1–1000: community c becomes cluster c + 1 (communities are numbered by size,
// so only the smallest share cluster 1000); nodes without a community go to cluster 1000 too.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { bufferedWriter } from './csv';
import type { ChunkWriter } from './json';
import type { ExportView } from './types';

export const MAX_CLUSTER = 1000;

export const clusterOf = (community: unknown): number =>
  typeof community === 'number' && Number.isInteger(community) && community >= 0
    ? Math.min(community + 1, MAX_CLUSTER)
    : MAX_CLUSTER;

/** A map-file field: tabs and line breaks as spaces; quoted when it holds a comma, semicolon or quote. */
export function vosField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value).replace(/[\t\r\n]+/g, ' ');
  return /[,;"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const round = (v: number, digits = 4): number => Number(v.toFixed(digits));

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** VOSviewer shows descriptions as HTML: everything from the corpus is escaped. */
const html = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c]);

interface Item {
  id: number;
  label: string;
  x: number;
  y: number;
  cluster: number;
  links: number;
  strength: number;
  /** Occurrences (terms: papers mentioning it) or, for papers, their number of terms. */
  size: number;
  score?: number;
  description: string;
  url?: string;
}

function termDescription(a: Attributes): string {
  const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]).slice(0, 8) : [];
  return [
    `<b>Type:</b> ${html(String(a.type ?? ''))}`,
    aliases.length ? `<b>Also written:</b> ${html(aliases.join(', '))}` : '',
    `<b>Papers:</b> ${Number(a.df ?? 0)}`,
    typeof a.firstYear === 'number' ? `<b>First year:</b> ${a.firstYear}` : '',
  ]
    .filter(Boolean)
    .join('<br>');
}

function paperDescription(a: Attributes): string {
  const authors = Array.isArray(a.authors) ? (a.authors as string[]) : [];
  return [
    authors.length
      ? `<b>Authors:</b> ${html(authors.slice(0, 10).join(', '))}${authors.length > 10 ? ', …' : ''}`
      : '',
    typeof a.venue === 'string' ? `<b>Venue:</b> ${html(a.venue)}` : '',
    typeof a.year === 'number' ? `<b>Year:</b> ${a.year}` : '',
    typeof a.doi === 'string' ? `<b>DOI:</b> ${html(a.doi)}` : '',
  ]
    .filter(Boolean)
    .join('<br>');
}

/** Only http(s) links: a `javascript:` URL from an input file must never become clickable. */
const safeUrl = (u: unknown): string | undefined =>
  typeof u === 'string' && /^https?:\/\//i.test(u) ? u : undefined;

function items(graph: Graph, view: ExportView): { list: Item[]; ids: Map<string, number> } {
  const ids = new Map<string, number>();
  const list: Item[] = [];
  graph.forEachNode((node, a) => {
    const id = list.length + 1;
    ids.set(node, id);
    let strength = 0;
    graph.forEachEdge(node, (_e, ea) => {
      strength += typeof ea.weight === 'number' ? ea.weight : 1;
    });
    const paper = view === 'papers';
    const score = paper ? a.year : a.meanYear;
    list.push({
      id,
      label: String(a.label ?? node),
      x: typeof a.x === 'number' ? round(a.x) : 0,
      y: typeof a.y === 'number' ? round(a.y) : 0,
      cluster: clusterOf(a.community),
      links: graph.degree(node),
      strength: round(strength, 6),
      size: Number(paper ? (a.terms ?? 0) : (a.df ?? 0)),
      ...(typeof score === 'number' ? { score } : {}),
      description: paper ? paperDescription(a) : termDescription(a),
      ...(paper && safeUrl(a.url) ? { url: safeUrl(a.url) } : {}),
    });
  });
  return { list, ids };
}

const sizeLabel = (view: ExportView) => (view === 'papers' ? 'Terms' : 'Occurrences');
const scoreLabel = (view: ExportView) => (view === 'papers' ? 'Pub. year' : 'Avg. pub. year');

/** The three files' contents for a term (or paper) map. */
export function vosviewerFiles(
  graph: Graph,
  view: ExportView,
): { map: (w: ChunkWriter) => void; network: (w: ChunkWriter) => void; json: (w: ChunkWriter) => void } {
  const { list, ids } = items(graph, view);
  const withScore = list.some((i) => i.score !== undefined);
  const map = (write: ChunkWriter) => {
    const header = [
      'id',
      'label',
      'x',
      'y',
      'cluster',
      'weight<Links>',
      'weight<Total link strength>',
      `weight<${sizeLabel(view)}>`,
      ...(withScore ? [`score<${scoreLabel(view)}>`] : []),
    ];
    write(`${header.join('\t')}\n`);
    const out = bufferedWriter(write);
    for (const i of list) {
      const row = [i.id, vosField(i.label), i.x, i.y, i.cluster, i.links, i.strength, i.size];
      if (withScore) row.push(i.score === undefined ? '' : i.score);
      out.push(`${row.join('\t')}\n`);
    }
    out.flush();
  };
  const network = (write: ChunkWriter) => {
    const out = bufferedWriter(write);
    graph.forEachEdge((_e, a, s, t) => {
      out.push(`${ids.get(s)}\t${ids.get(t)}\t${typeof a.weight === 'number' ? a.weight : 1}\n`);
    });
    out.flush();
  };
  const json = (write: ChunkWriter) => {
    const attrs = graph.getAttributes();
    const communities = Array.isArray(attrs.communities)
      ? (attrs.communities as { id: number; label?: string; color?: string }[])
      : [];
    const used = new Set(list.map((i) => i.cluster));
    const clusters = communities
      .filter((c) => used.has(clusterOf(c.id)) && clusterOf(c.id) < MAX_CLUSTER)
      .map((c) => ({
        cluster: clusterOf(c.id),
        label: String(c.label ?? `community ${c.id}`),
        color: c.color,
      }));
    if (used.has(MAX_CLUSTER)) clusters.push({ cluster: MAX_CLUSTER, label: 'other', color: '#9e9e9e' });
    const paper = view === 'papers';
    const head = {
      config: {
        terminology: paper
          ? {
              item: 'paper',
              items: 'papers',
              link: 'shared-term link',
              links: 'shared-term links',
              cluster: 'community',
              clusters: 'communities',
              link_strength: 'shared terms',
              total_link_strength: 'total shared terms',
            }
          : {
              item: 'term',
              items: 'terms',
              link: 'co-occurrence link',
              links: 'co-occurrence links',
              cluster: 'community',
              clusters: 'communities',
              link_strength: 'shared papers',
              total_link_strength: 'total shared papers',
            },
        color_schemes: {
          cluster_colors: clusters
            .filter((c) => typeof c.color === 'string' && /^#[0-9a-f]{6}$/i.test(c.color))
            .map((c) => ({ cluster: c.cluster, color: c.color })),
        },
      },
      info: {
        title: html(
          `${typeof attrs.name === 'string' ? attrs.name : 'litgraph'}: ${paper ? 'papers by shared terms' : 'term co-occurrence map'}`,
        ),
        description: `${list.length} ${paper ? 'papers' : 'terms'}, ${graph.size} links; made by litgraph ${html(String(attrs.litgraphVersion ?? ''))}`,
      },
    };
    write(
      `{"config":${JSON.stringify(head.config)},"info":${JSON.stringify(head.info)},"network":{"items":[`,
    );
    const out = bufferedWriter(write);
    list.forEach((i, k) => {
      const item = {
        id: i.id,
        label: i.label,
        description: i.description,
        ...(i.url ? { url: i.url } : {}),
        x: i.x,
        y: i.y,
        cluster: i.cluster,
        weights: { Links: i.links, 'Total link strength': i.strength, [sizeLabel(view)]: i.size },
        scores: i.score === undefined ? {} : { [scoreLabel(view)]: i.score },
      };
      out.push(`${k ? ',' : ''}${JSON.stringify(item)}`);
    });
    out.flush();
    write('],"links":[');
    let first = true;
    graph.forEachEdge((_e, a, s, t) => {
      out.push(
        `${first ? '' : ','}${JSON.stringify({ source_id: ids.get(s), target_id: ids.get(t), strength: typeof a.weight === 'number' ? a.weight : 1 })}`,
      );
      first = false;
    });
    out.flush();
    write(`],"clusters":${JSON.stringify(clusters.map(({ cluster, label }) => ({ cluster, label })))}}}\n`);
  };
  return { map, network, json };
}
