// A paragraph of untrusted text with some ranges marked: text nodes and <mark> elements built with textContent
// (never markup). Marks can select the node they stand for (click, Enter or Space).
import { type MarkSpan, markAbstract } from '../state/abstract-marks';
import { h } from './dom';

export interface MarkOptions {
  className: string;
  /** Makes marks buttons that select their node. */
  onMark?: (node: string) => void;
  /** Tooltip of a mark (e.g. the term's label). */
  titleOf?: (node: string) => string | undefined;
}

export function markedParagraph(text: string, spans: readonly MarkSpan[], options: MarkOptions): HTMLElement {
  const paragraph = h('p', { className: options.className });
  for (const piece of markAbstract(text, spans)) {
    if (!('node' in piece)) {
      paragraph.append(document.createTextNode(piece.text));
      continue;
    }
    const target = piece.node;
    const title = options.titleOf?.(target);
    const { onMark } = options;
    const mark = h('mark', {
      text: piece.text,
      attrs: { 'data-node': target, ...(title ? { title } : {}) },
    });
    if (onMark) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.addEventListener('click', () => onMark(target));
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onMark(target);
        }
      });
    }
    paragraph.append(mark);
  }
  return paragraph;
}
