// The parts of the details panel that come from the API in the concept map, where papers are not loaded: a term's
// papers (the strongest 50, each with the sentence that mentions the term, marked) and a paper's panel (title,
// year, authors, link, the abstract with its terms marked, its terms). Sections are placeholders filled when the
// answer arrives, unless the panel moved on (aborted). Answers are cached. All text is set as text.
import type { PaperRecord, TermPapers } from '../data/api-client';
import type { GraphModel } from '../data/build-graph';
import { abstractSpans } from '../state/abstract-marks';
import { clear, h, safeHttpUrl } from './dom';
import { markedParagraph } from './marked-text';

export interface RemoteSource {
  termPapers(term: string, signal: AbortSignal): Promise<TermPapers>;
  paper(id: string, signal: AbortSignal): Promise<PaperRecord>;
}

export interface RemoteDetails {
  /** The "Papers" section of a term. */
  termPapers(term: string, signal: AbortSignal): HTMLElement;
  /** The whole panel of a paper; `back` is the term the user came from. */
  paper(id: string, signal: AbortSignal, back: { node: string; label: string } | null): HTMLElement;
}

const CACHE_SIZE = 100;

/** Remembers the last CACHE_SIZE answers (failed or aborted calls are not kept). */
function cached<T>(load: (key: string, signal: AbortSignal) => Promise<T>) {
  const values = new Map<string, T>();
  return async (key: string, signal: AbortSignal): Promise<T> => {
    const hit = values.get(key);
    if (hit !== undefined) return hit;
    const value = await load(key, signal);
    values.set(key, value);
    if (values.size > CACHE_SIZE) values.delete(values.keys().next().value as string);
    return value;
  };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Fills `section` with `render(value)` when `promise` resolves, or with a message when it fails. */
function fill<T>(
  section: HTMLElement,
  promise: Promise<T>,
  signal: AbortSignal,
  what: string,
  render: (value: T) => (HTMLElement | null)[],
): void {
  section.setAttribute('aria-busy', 'true');
  promise.then(
    (value) => {
      if (signal.aborted) return;
      clear(section);
      section.append(...render(value).filter((element): element is HTMLElement => element !== null));
      section.removeAttribute('aria-busy');
    },
    (error: unknown) => {
      if (signal.aborted) return;
      clear(section);
      section.append(
        h('p', { className: 'meta error', text: `${what} could not be loaded: ${errorText(error)}` }),
      );
      section.removeAttribute('aria-busy');
    },
  );
}

export function createRemoteDetails(
  model: GraphModel,
  source: RemoteSource,
  onSelect: (node: string | null) => void,
  onPaperTerms: (terms: string[] | null) => void,
): RemoteDetails {
  const termPapers = cached(source.termPapers);
  const paper = cached(source.paper);
  const labelOf = (node: string): string | undefined => model.attributes.get(node)?.label;

  const communityLine = (id: number | undefined): HTMLElement | null => {
    const info = model.communities.find((c) => c.id === id);
    if (!info) return null;
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = info.color;
    return h('p', { className: 'meta community' }, swatch, ` Community: ${info.label}`);
  };

  const nodeLink = (node: string, label: string): HTMLElement =>
    h('button', {
      className: 'link',
      text: label,
      attrs: { type: 'button', 'data-node': node },
      on: { click: () => onSelect(node) },
    });

  const paperRows = (term: string, value: TermPapers): (HTMLElement | null)[] => {
    if (!value.papers.length) return [h('p', { className: 'meta', text: 'No papers.' })];
    const rows = value.papers.map((row) => {
      // The sentence that best shows the term in use: the first abstract one, else the title.
      const evidence = row.evidence.find((e) => e.field === 'abstract') ?? row.evidence[0];
      return h(
        'li',
        { className: 'paper-row' },
        nodeLink(row.id, row.label),
        row.year !== null ? h('span', { className: 'meta', text: ` ${row.year}` }) : null,
        evidence && evidence.field === 'abstract'
          ? markedParagraph(
              evidence.text,
              evidence.highlights.map(([start, end]) => ({ start, end, node: term })),
              { className: 'evidence' },
            )
          : null,
      );
    });
    const shown = value.papers.length;
    return [
      h('ul', { className: 'papers', attrs: { 'aria-label': 'Papers' } }, ...rows),
      value.total > shown
        ? h('p', { className: 'meta', text: `The ${shown} strongest of ${value.total} papers.` })
        : null,
    ];
  };

  const paperPanel = (record: PaperRecord, back: { node: string; label: string } | null): HTMLElement[] => {
    const href =
      safeHttpUrl(record.url) ?? (record.doi ? safeHttpUrl(`https://doi.org/${record.doi}`) : null);
    const facts = [record.year ? String(record.year) : '', record.venue ?? ''].filter(Boolean).join(' · ');
    const inMap = record.terms.filter((t) => model.graph.hasNode(t.id));
    onPaperTerms(inMap.map((t) => t.id));
    const spans = abstractSpans(inMap.map((t) => ({ node: t.id, spans: t.spans })));
    const parts: (HTMLElement | null)[] = [
      back ? h('p', { className: 'back' }, nodeLink(back.node, `← ${back.label}`)) : null,
      h('h2', { text: record.label }),
      facts ? h('p', { className: 'meta', text: facts }) : null,
      record.authors.length ? h('p', { className: 'meta authors', text: record.authors.join(', ') }) : null,
      href
        ? h(
            'p',
            {},
            h('a', { text: 'Open the paper', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }),
          )
        : null,
      communityLine(record.community),
      h('h3', { text: 'Abstract' }),
      markedParagraph(record.abstract, spans, { className: 'abstract', onMark: onSelect, titleOf: labelOf }),
      record.terms.length ? h('h3', { text: 'Terms' }) : null,
      record.terms.length
        ? h(
            'ul',
            { attrs: { 'aria-label': 'Terms' } },
            ...record.terms.map((t) =>
              h(
                'li',
                {},
                model.graph.hasNode(t.id) ? nodeLink(t.id, t.label) : h('span', { text: t.label }),
                h('span', { className: 'meta', text: ` (${t.type})` }),
              ),
            ),
          )
        : null,
    ];
    return parts.filter((element): element is HTMLElement => element !== null);
  };

  return {
    termPapers(term, signal) {
      const section = h(
        'section',
        { className: 'remote-papers' },
        h('p', { className: 'meta', text: 'Loading papers…' }),
      );
      fill(section, termPapers(term, signal), signal, 'The papers', (value) => paperRows(term, value));
      return section;
    },
    paper(id, signal, back) {
      const section = h(
        'div',
        { className: 'remote-paper' },
        h('p', { className: 'meta', text: 'Loading the paper…' }),
      );
      fill(section, paper(id, signal), signal, 'The paper', (record) => paperPanel(record, back));
      return section;
    },
  };
}
