// The side panel for the selected node. A term: type, aliases, papers (df), community, strongest co-occurring
// terms, its papers. A paper: title, year, authors, link, the abstract with its terms marked, its terms.
// In the concept map (no papers loaded) a term's co-occurring terms are its links in the map and its papers,
// like a paper's panel, come from the API (remote-details.ts).
// Everything from the data is set as text; links are http(s) only.
import type { GraphModel } from '../data/build-graph';
import { termTypeOf } from '../data/node-facts';
import { abstractSpans } from '../state/abstract-marks';
import { coOccurringTerms, type Linked, linkedNodes } from '../state/term-stats';
import type { PaperNodeAttributes, TermNodeAttributes } from '../types';
import { clear, h, safeHttpUrl } from './dom';
import { markedParagraph } from './marked-text';
import type { RemoteDetails } from './remote-details';

const MAX_LISTED = 50;

export interface DetailsPanel {
  show(node: string | null): void;
}

export interface DetailsOptions {
  /** Papers from the API (the concept map); a selected `paper:` key not in the graph is then fetched. */
  remote?: RemoteDetails;
  /** Told when a panel starts: the remote paper panel reports its terms, anything else null. */
  onPaperTerms?: (terms: string[] | null) => void;
}

export function createDetailsPanel(
  host: HTMLElement,
  model: GraphModel,
  onSelect: (node: string | null) => void,
  options: DetailsOptions = {},
): DetailsPanel {
  const { remote } = options;
  /** Aborts the previous panel's API calls when another node is shown. */
  let loading = new AbortController();
  /** The term shown last, offered as "back" on a paper opened from it. */
  let lastTerm: { node: string; label: string } | null = null;

  const nodeButton = (item: Linked, suffix?: string): HTMLElement =>
    h(
      'li',
      {},
      h('button', {
        className: 'link',
        text: item.label,
        attrs: { type: 'button', 'data-node': item.node },
        on: { click: () => onSelect(item.node) },
      }),
      suffix ? h('span', { className: 'meta', text: ` ${suffix}` }) : null,
    );

  const list = (
    title: string,
    items: Linked[],
    suffix: (item: Linked) => string | undefined,
  ): HTMLElement[] => {
    if (!items.length) return [];
    const shown = items.slice(0, MAX_LISTED);
    const more = items.length - shown.length;
    const out: HTMLElement[] = [
      h('h3', { text: title }),
      h('ul', { attrs: { 'aria-label': title } }, ...shown.map((item) => nodeButton(item, suffix(item)))),
    ];
    if (more > 0) out.push(h('p', { className: 'meta', text: `and ${more} more` }));
    return out;
  };

  const communityLine = (id: number): HTMLElement => {
    const info = model.communities.find((c) => c.id === id);
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = info?.color ?? '#999';
    return h('p', { className: 'meta community' }, swatch, ` Community: ${info?.label ?? id}`);
  };

  const term = (node: string, a: TermNodeAttributes): HTMLElement[] => {
    const aliases = (a.aliases ?? []).filter((alias) => alias !== a.label);
    const header = [
      h('h2', { text: a.label }),
      h('p', {}, h('span', { className: 'badge', text: a.type }), ` ${a.df} paper${a.df === 1 ? '' : 's'}`),
      aliases.length ? h('p', { className: 'meta aliases', text: `Also: ${aliases.join(', ')}` }) : null,
      a.firstYear ? h('p', { className: 'meta', text: `First seen ${a.firstYear}` }) : null,
      communityLine(a.community),
    ];
    // Concept map: the term's links are its strongest co-occurrences, weighted by shared papers; its papers come
    // from the API.
    const body = remote
      ? [
          ...list(
            'Co-occurring terms',
            linkedNodes(model.graph, node).slice(0, 10),
            (item) => `(${item.weight} shared)`,
          ),
          h('h3', { text: 'Papers' }),
          remote.termPapers(node, loading.signal),
        ]
      : [
          ...list(
            'Co-occurring terms',
            coOccurringTerms(model.graph, node, 10),
            (item) => `(${item.weight})`,
          ),
          ...list('Papers', linkedNodes(model.graph, node), () => undefined),
        ];
    return [...header, ...body].filter((element): element is HTMLElement => element !== null);
  };

  const abstract = (node: string, a: PaperNodeAttributes): HTMLElement => {
    const mentions: { node: string; spans: number[][] }[] = [];
    model.graph.forEachEdge(node, (_edge, attributes, source, target) => {
      mentions.push({ node: source === node ? target : source, spans: attributes.spans ?? [] });
    });
    return markedParagraph(a.abstract ?? '', abstractSpans(mentions), {
      className: 'abstract',
      onMark: onSelect,
      titleOf: (target) => model.graph.getNodeAttribute(target, 'label'),
    });
  };

  const paper = (node: string, a: PaperNodeAttributes): HTMLElement[] => {
    const href = safeHttpUrl(a.url) ?? (a.doi ? safeHttpUrl(`https://doi.org/${a.doi}`) : null);
    const facts = [a.year ? String(a.year) : '', a.venue ?? ''].filter(Boolean).join(' · ');
    return [
      h('h2', { text: a.label }),
      facts ? h('p', { className: 'meta', text: facts }) : null,
      a.authors?.length ? h('p', { className: 'meta authors', text: a.authors.join(', ') }) : null,
      href
        ? h(
            'p',
            {},
            h('a', { text: 'Open the paper', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }),
          )
        : null,
      communityLine(a.community),
      h('h3', { text: 'Abstract' }),
      abstract(node, a),
      ...list('Terms', linkedNodes(model.graph, node), (item) => {
        const type = termTypeOf(model.graph.getNodeAttributes(item.node));
        return type ? `(${type})` : undefined;
      }),
    ].filter((element): element is HTMLElement => element !== null);
  };

  return {
    show(node) {
      loading.abort();
      loading = new AbortController();
      options.onPaperTerms?.(null);
      clear(host);
      const a = node ? model.attributes.get(node) : undefined;
      const fetched = !a && remote !== undefined && node?.startsWith('paper:') === true;
      host.hidden = !node || (!a && !fetched);
      if (!node || (!a && !fetched)) return;
      const close = h('button', {
        className: 'close',
        text: '×',
        attrs: { type: 'button', 'aria-label': 'Close details' },
        on: { click: () => onSelect(null) },
      });
      if (!a) {
        if (remote) host.append(close, remote.paper(node, loading.signal, lastTerm));
      } else {
        host.append(close, ...(a.kind === 'term' ? term(node, a) : paper(node, a)));
        if (a.kind === 'term') lastTerm = { node, label: a.label };
      }
      host.scrollTop = 0;
    },
  };
}
