// The legend: a "colour by" switch (communities, or years as VOSviewer's overlay), the year ramp with its end years
// when years colour the map, and the communities — colour swatch (the community's colour, or its mean year's in
// the overlay), label, size (papers and terms; terms only in the concept map); a click shows or hides one.
import type { ColorBy, ViewState } from '../state/view-state';
import { NO_YEAR_COLOR, rampGradient, scaleLabels, type YearOverlay, yearColor } from '../state/year-colors';
import type { CommunityInfo } from '../types';
import { h } from './dom';

export interface LegendPanel {
  update(state: ViewState): void;
}

export interface LegendOptions {
  /** The year overlay (computed on first use); absent when the graph has no years. */
  readonly yearOverlay?: () => YearOverlay;
  readonly onColorBy: (mode: ColorBy) => void;
  /** A community's size as listed. */
  readonly sizeOf?: (community: CommunityInfo) => number;
  /** What a node's year is, in words, under the ramp. */
  readonly yearNote?: string;
}

export function createLegendPanel(
  host: HTMLElement,
  communities: readonly CommunityInfo[],
  onToggle: (id: number) => void,
  options: LegendOptions,
): LegendPanel {
  const sizeOf = options.sizeOf ?? ((c: CommunityInfo) => c.papers + c.terms);
  const sorted = [...communities].sort((a, b) => sizeOf(b) - sizeOf(a) || a.id - b.id);
  const buttons = new Map<number, HTMLButtonElement>();
  const swatches = new Map<number, HTMLSpanElement>();
  const list = h('ul', { className: 'legend' });
  for (const community of sorted) {
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = community.color;
    swatches.set(community.id, swatch);
    const size = sizeOf(community);
    const terms = community.topTerms?.length ? community.topTerms.join(', ') : community.label;
    const meanYear =
      typeof community.meanYear === 'number' ? ` — mean year ${community.meanYear.toFixed(1)}` : '';
    const button = h(
      'button',
      {
        attrs: {
          type: 'button',
          'aria-pressed': 'true',
          'data-community': String(community.id),
          title: `${terms}${meanYear}`,
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

  const radios = new Map<ColorBy, HTMLInputElement>();
  let ramp: HTMLElement | null = null;
  if (options.yearOverlay) {
    const group = h('div', {
      className: 'color-by',
      attrs: { role: 'radiogroup', 'aria-label': 'Colour nodes by' },
    });
    group.append(h('span', { text: 'Colour by' }));
    for (const mode of ['community', 'year'] as const) {
      const input = h('input', { attrs: { type: 'radio', name: 'colorBy', value: mode } });
      input.addEventListener('change', () => {
        if (input.checked) options.onColorBy(mode);
      });
      radios.set(mode, input);
      group.append(h('label', {}, input, mode));
    }
    ramp = h('div', { className: 'year-legend', attrs: { 'aria-label': 'Year colours' } });
    ramp.hidden = true;
    host.append(group, ramp);
  }
  host.append(list);

  let rampBuilt = false;
  const buildRamp = (overlay: YearOverlay): void => {
    if (!ramp || rampBuilt || !overlay.scale) return;
    rampBuilt = true;
    const [low, high] = scaleLabels(overlay.scale);
    const bar = h('div', { className: 'ramp' });
    bar.style.background = rampGradient();
    ramp.append(
      bar,
      h(
        'div',
        { className: 'ramp-labels' },
        h('span', { className: 'ramp-min', text: low }),
        h('span', { className: 'ramp-max', text: high }),
      ),
    );
    if (overlay.colors.size < overlay.total) {
      const swatch = h('span', { className: 'swatch' });
      swatch.style.background = NO_YEAR_COLOR;
      ramp.append(h('div', { className: 'no-year' }, swatch, 'no year'));
    }
    if (options.yearNote) ramp.append(h('p', { className: 'hint', text: options.yearNote }));
  };

  return {
    update(state) {
      const hidden = new Set(state.hiddenCommunities);
      for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(!hidden.has(id)));
      for (const [mode, input] of radios) input.checked = state.colorBy === mode;
      const overlay = state.colorBy === 'year' ? options.yearOverlay?.() : undefined;
      if (ramp) ramp.hidden = !overlay;
      if (overlay) buildRamp(overlay);
      for (const community of communities) {
        const swatch = swatches.get(community.id);
        if (!swatch) continue;
        const scale = overlay?.scale;
        swatch.style.background =
          scale && typeof community.meanYear === 'number'
            ? yearColor(community.meanYear, scale)
            : overlay
              ? NO_YEAR_COLOR
              : community.color;
      }
    },
  };
}
