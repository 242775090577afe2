// Filters: node kinds, term types, minimum degree, paper years, and the selection's neighbourhood (k hops). In
// the concept map there are no papers: no kind filter, and the years are the terms' (mean year of their papers).
// Controls call producers; `update` puts the state back into the controls (after a hash change).
import type { GraphModel } from '../data/build-graph';
import {
  MAX_HOPS,
  NODE_KINDS,
  type Producer,
  resetFilters,
  setHops,
  setMinDegree,
  setYears,
  toggleKind,
  toggleTermType,
  type ViewState,
} from '../state/view-state';
import { TERM_TYPES } from '../types';
import { h } from './dom';

export interface FiltersPanel {
  update(state: ViewState): void;
}

const checkbox = (label: string, name: string, onChange: (checked: boolean) => void): HTMLLabelElement => {
  const input = h('input', { attrs: { type: 'checkbox', name, value: label } });
  input.checked = true;
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', {}, input, label);
};

const yearValue = (input: HTMLInputElement): number | null =>
  input.value.trim() && Number.isFinite(input.valueAsNumber) ? Math.round(input.valueAsNumber) : null;

export function createFiltersPanel(
  host: HTMLElement,
  model: GraphModel,
  update: (producer: Producer) => void,
): FiltersPanel {
  const kinds = NODE_KINDS.map((kind) => checkbox(kind, 'kind', (on) => update(toggleKind(kind, on))));
  const types = TERM_TYPES.map((type) =>
    checkbox(type, 'termType', (on) => update(toggleTermType(type, on))),
  );

  const degreeOutput = h('output', { text: '0' });
  const degree = h('input', {
    attrs: { type: 'range', min: '0', max: String(Math.max(1, model.maxDegree)), step: '1', value: '0' },
  });
  degree.setAttribute('aria-label', 'Minimum degree');
  degree.addEventListener('input', () => {
    degreeOutput.textContent = degree.value;
    update(setMinDegree(Number(degree.value)));
  });

  const [minYear, maxYear] = model.years ?? [0, 0];
  const yearInput = (label: string): HTMLInputElement =>
    h('input', {
      attrs: { type: 'number', min: String(minYear), max: String(maxYear), step: '1', 'aria-label': label },
    });
  const from = yearInput('From year');
  const to = yearInput('To year');
  from.placeholder = String(minYear);
  to.placeholder = String(maxYear);
  const onYears = (): void => update(setYears(yearValue(from), yearValue(to)));
  from.addEventListener('change', onYears);
  to.addEventListener('change', onYears);

  const hops = h('select', { attrs: { 'aria-label': 'Neighbourhood depth' } });
  hops.append(h('option', { text: 'whole graph', attrs: { value: '0' } }));
  for (let k = 1; k <= MAX_HOPS; k++) {
    hops.append(
      h('option', { text: `${k} hop${k > 1 ? 's' : ''} around selection`, attrs: { value: String(k) } }),
    );
  }
  hops.addEventListener('change', () => update(setHops(Number(hops.value))));

  const concepts = model.view === 'concepts';
  const yearsTitle = concepts ? 'Term years (mean of their papers)' : 'Paper years';
  host.append(
    concepts
      ? h('span', {})
      : h('fieldset', { className: 'filter' }, h('legend', { text: 'Show' }), ...kinds),
    h('fieldset', { className: 'filter' }, h('legend', { text: 'Term types' }), ...types),
    h('div', { className: 'filter' }, h('span', {}, 'Minimum degree: ', degreeOutput), degree),
    model.years
      ? h('div', { className: 'filter' }, h('span', { text: yearsTitle }), from, ' – ', to)
      : h('span', {}),
    h('div', { className: 'filter' }, h('span', { text: 'Neighbourhood' }), hops),
    h('button', {
      text: 'Reset filters',
      attrs: { type: 'button' },
      on: { click: () => update(resetFilters) },
    }),
  );

  return {
    update(state) {
      kinds.forEach((label, i) => {
        (label.firstChild as HTMLInputElement).checked = state.kinds.includes(NODE_KINDS[i]);
      });
      types.forEach((label, i) => {
        (label.firstChild as HTMLInputElement).checked = state.termTypes.includes(TERM_TYPES[i]);
      });
      degree.value = String(state.minDegree);
      degreeOutput.textContent = String(state.minDegree);
      from.value = state.yearMin === null ? '' : String(state.yearMin);
      to.value = state.yearMax === null ? '' : String(state.yearMax);
      hops.value = String(state.hops);
      // A paper fetched in the concept map is not on the map: it has no neighbourhood to show.
      hops.disabled = !state.selected || !model.graph.hasNode(state.selected);
    },
  };
}
