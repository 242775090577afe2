// The community legend: colour swatch, label, size (papers and terms; terms only in the concept map); a click
// shows or hides the community.
import type { ViewState } from '../state/view-state';
import type { CommunityInfo } from '../types';
import { h } from './dom';

export interface LegendPanel {
  update(state: ViewState): void;
}

export function createLegendPanel(
  host: HTMLElement,
  communities: readonly CommunityInfo[],
  onToggle: (id: number) => void,
  sizeOf: (community: CommunityInfo) => number = (c) => c.papers + c.terms,
): LegendPanel {
  const sorted = [...communities].sort((a, b) => sizeOf(b) - sizeOf(a) || a.id - b.id);
  const buttons = new Map<number, HTMLButtonElement>();
  const list = h('ul', { className: 'legend' });
  for (const community of sorted) {
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = community.color;
    const size = sizeOf(community);
    const button = h(
      'button',
      {
        attrs: {
          type: 'button',
          'aria-pressed': 'true',
          'data-community': String(community.id),
          title: community.topTerms?.length ? community.topTerms.join(', ') : community.label,
        },
        on: { click: () => onToggle(community.id) },
      },
      swatch,
      h('span', { className: 'legend-label', text: community.label }),
      h('span', { className: 'legend-count', text: String(size) }),
    );
    buttons.set(community.id, button);
    list.append(h('li', {}, button));
  }
  host.append(list);
  return {
    update(state) {
      const hidden = new Set(state.hiddenCommunities);
      for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(!hidden.has(id)));
    },
  };
}
