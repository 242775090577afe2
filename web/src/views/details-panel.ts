// The side panel for the selected node. A term: type, aliases, papers (df), community, strongest co-occurring
// terms, its papers. A paper: title, year, authors, link, the abstract with its terms marked, its terms.
// Everything from the data is set as text; links are http(s) only.
import type { GraphModel } from '../data/build-graph';
import { abstractSpans, markAbstract } from '../state/abstract-marks';
import { coOccurringTerms, type Linked, linkedNodes } from '../state/term-stats';
import type { PaperNodeAttributes, TermNodeAttributes } from '../types';
import { clear, h, safeHttpUrl } from './dom';

const MAX_LISTED = 50;

export interface DetailsPanel {
  show(node: string | null): void;
}

export function createDetailsPanel(
  host: HTMLElement,
  model: GraphModel,
  onSelect: (node: string | null) => void,
): DetailsPanel {
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
    const papers = linkedNodes(model.graph, node);
    return [
      h('h2', { text: a.label }),
      h('p', {}, h('span', { className: 'badge', text: a.type }), ` ${a.df} paper${a.df === 1 ? '' : 's'}`),
      aliases.length ? h('p', { className: 'meta aliases', text: `Also: ${aliases.join(', ')}` }) : null,
      a.firstYear ? h('p', { className: 'meta', text: `First seen ${a.firstYear}` }) : null,
      communityLine(a.community),
      ...list('Co-occurring terms', coOccurringTerms(model.graph, node, 10), (item) => `(${item.weight})`),
      ...list('Papers', papers, () => undefined),
    ].filter((element): element is HTMLElement => element !== null);
  };

  const abstract = (node: string, a: PaperNodeAttributes): HTMLElement => {
    const mentions: { node: string; spans: number[][] }[] = [];
    model.graph.forEachEdge(node, (edge, _attributes, source, target) => {
      mentions.push({
        node: source === node ? target : source,
        spans: model.edgeAttributes.get(edge)?.spans ?? [],
      });
    });
    const paragraph = h('p', { className: 'abstract' });
    for (const piece of markAbstract(a.abstract ?? '', abstractSpans(mentions))) {
      if (!('node' in piece)) {
        paragraph.append(document.createTextNode(piece.text));
        continue;
      }
      const target = piece.node;
      const mark = h('mark', {
        text: piece.text,
        attrs: {
          tabindex: '0',
          role: 'button',
          'data-node': target,
          title: model.graph.getNodeAttribute(target, 'label'),
        },
        on: {
          click: () => onSelect(target),
          keydown: (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onSelect(target);
            }
          },
        },
      });
      paragraph.append(mark);
    }
    return paragraph;
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
        const type = model.graph.getNodeAttribute(item.node, 'termType');
        return type ? `(${type})` : undefined;
      }),
    ].filter((element): element is HTMLElement => element !== null);
  };

  return {
    show(node) {
      clear(host);
      const a = node ? model.attributes.get(node) : undefined;
      host.hidden = !node || !a;
      if (!node || !a) return;
      const close = h('button', {
        className: 'close',
        text: '×',
        attrs: { type: 'button', 'aria-label': 'Close details' },
        on: { click: () => onSelect(null) },
      });
      host.append(close, ...(a.kind === 'term' ? term(node, a) : paper(node, a)));
      host.scrollTop = 0;
    },
  };
}
