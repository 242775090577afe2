// The view state in the URL hash: defaults leave it empty, every field round-trips, bad values are ignored.
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../web/src/state/url-hash';
import {
  DEFAULT_VIEW_STATE,
  resetFilters,
  selectNode,
  setColorBy,
  setHops,
  setMinDegree,
  setView,
  setYears,
  toggleCommunity,
  toggleKind,
  toggleTermType,
  type ViewState,
} from '../../web/src/state/view-state';

const apply = (...producers: ((s: ViewState) => ViewState)[]): ViewState =>
  producers.reduce((state, producer) => producer(state), DEFAULT_VIEW_STATE);

describe('serializeViewState / parseViewState', () => {
  it('the default view is an empty hash', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState('#')).toEqual(DEFAULT_VIEW_STATE);
  });

  it.each([
    ['selection', [selectNode('term:variational autoencoder')]],
    ['hidden communities', [toggleCommunity(5), toggleCommunity(3)]],
    ['kinds', [toggleKind('paper', false)]],
    ['term types', [toggleTermType('metric', false), toggleTermType('dataset', false)]],
    ['min degree', [setMinDegree(4)]],
    ['years', [setYears(2015, 2019)]],
    ['open year range', [setYears(null, 2019)]],
    ['neighbourhood', [selectNode('paper:p1'), setHops(2)]],
    ['full view', [setView('full')]],
    ['year colours', [setColorBy('year')]],
    ['concept view with a paper selected', [setView('concepts'), selectNode('paper:p1')]],
    [
      'everything',
      [selectNode('term:a&b=c#d'), setHops(3), toggleCommunity(0), setMinDegree(2), setYears(2000, 2001)],
    ],
  ])('%s round-trips', (_name, producers) => {
    const state = apply(...producers);
    const hash = serializeViewState(state);
    expect(hash.startsWith('#')).toBe(true);
    expect(parseViewState(hash)).toEqual(state);
  });

  it('reads the documented form', () => {
    const state = parseViewState('#node=term:vae&hidden=3,5&kinds=term&minDegree=2&k=1');
    expect(state).toMatchObject({
      selected: 'term:vae',
      hiddenCommunities: [3, 5],
      kinds: ['term'],
      minDegree: 2,
      hops: 1,
    });
  });

  it.each([
    ['#hidden=a,,2,2', { hiddenCommunities: [2] }],
    ['#kinds=robots', { kinds: [] }],
    ['#types=method,nonsense', { termTypes: ['method'] }],
    ['#minDegree=-3', { minDegree: 0 }],
    ['#minDegree=lots', { minDegree: 0 }],
    ['#k=2', { hops: 0 }],
    ['#node=x&k=9', { hops: 3 }],
    ['#from=1e3&to=2020', { yearMin: null, yearMax: 2020 }],
    ['#view=papers', { view: null }],
    ['#view=FULL', { view: null }],
    ['#view=', { view: null }],
    ['#view=concepts&view=full', { view: 'concepts' }],
    ['#color=year', { colorBy: 'year' }],
    ['#color=YEAR', { colorBy: 'community' }],
    ['#color=rainbow', { colorBy: 'community' }],
  ])('tolerates %s', (hash, expected) => {
    expect(parseViewState(hash)).toMatchObject(expected);
  });

  it('writes the colouring only when it is not the default', () => {
    expect(serializeViewState(apply(setColorBy('year')))).toBe('#color=year');
    expect(serializeViewState(apply(setColorBy('year'), setColorBy('community')))).toBe('');
  });

  it('reads view=full and keeps it first in the hash', () => {
    expect(parseViewState('#view=full').view).toBe('full');
    expect(serializeViewState(apply(selectNode('term:x'), setView('full')))).toBe('#view=full&node=term%3Ax');
  });

  it('resetting the filters keeps the view, the selection and the colouring', () => {
    const state = apply(
      setView('full'),
      selectNode('term:x'),
      setColorBy('year'),
      setMinDegree(3),
      toggleCommunity(1),
      resetFilters,
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, view: 'full', selected: 'term:x', colorBy: 'year' });
  });

  it('clearing the selection leaves neighbourhood mode', () => {
    const state = apply(selectNode('term:x'), setHops(2), selectNode(null));
    expect(state.hops).toBe(0);
    expect(serializeViewState(state)).toBe('');
  });
});
