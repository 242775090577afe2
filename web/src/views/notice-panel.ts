// The banner over the graph saying which view is drawn (the concept map of a large graph, or its slow full view)
// with a button to switch; switching changes the URL hash, which reloads the viewer in the other view.
import type { ViewNotice } from '../state/view-choice';
import type { GraphView } from '../types';
import { clear, h } from './dom';

export function showNotice(
  host: HTMLElement,
  notice: ViewNotice | null,
  onSwitch: (view: GraphView) => void,
): void {
  clear(host);
  host.hidden = notice === null;
  if (!notice) return;
  const { action } = notice;
  host.append(
    h('span', { className: 'notice-text', text: notice.text }),
    h('button', {
      text: action.label,
      attrs: { type: 'button', title: action.title, 'data-view': action.view },
      on: { click: () => onSwitch(action.view) },
    }),
  );
}
