// Filters and neighbourhood mode as a hidden-node set over the display graph built from a fixture graph.
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../web/src/data/build-graph';
import { validateGraphData } from '../../web/src/data/validate-graph';
import { robustBBox } from '../../web/src/state/framing';
import {
  DEFAULT_VIEW_STATE,
  selectNode,
  setHops,
  setMinDegree,
  setYears,
  toggleCommunity,
  toggleKind,
  toggleTermType,
  type ViewState,
} from '../../web/src/state/view-state';
import { hiddenNodes, neighbourhood } from '../../web/src/state/visibility';
import { buildFixtureGraph } from '../server/fixture-graph';

const fixture = buildFixtureGraph();
const model = buildGraphModel(validateGraphData(JSON.parse(JSON.stringify(fixture.export()))));
const all = fixture.nodes();
const hiddenBy = (state: ViewState) => hiddenNodes(model.graph, state);
const expected = (predicate: (node: string) => boolean) => new Set(all.filter(predicate));
const attr = (node: string) => fixture.getNodeAttributes(node);
const VAE = 'term:variational autoencoder';

describe('hiddenNodes', () => {
  it('hides nothing by default', () => {
    expect(hiddenBy(DEFAULT_VIEW_STATE).size).toBe(0);
  });

  it.each([
    ['community 1', toggleCommunity(1)(DEFAULT_VIEW_STATE), (n: string) => attr(n).community === 1],
    ['papers', toggleKind('paper', false)(DEFAULT_VIEW_STATE), (n: string) => attr(n).kind === 'paper'],
    [
      'datasets',
      toggleTermType('dataset', false)(DEFAULT_VIEW_STATE),
      (n: string) => {
        const a = attr(n);
        return a.kind === 'term' && a.type === 'dataset';
      },
    ],
    ['degree < 4', setMinDegree(4)(DEFAULT_VIEW_STATE), (n: string) => attr(n).degree < 4],
    [
      'papers outside 2015–2017',
      setYears(2015, 2017)(DEFAULT_VIEW_STATE),
      (n: string) => {
        const a = attr(n);
        return a.kind === 'paper' && a.year !== undefined && (a.year < 2015 || a.year > 2017);
      },
    ],
  ])('hides exactly the %s', (_name, state, predicate) => {
    const want = expected(predicate);
    expect(want.size).toBeGreaterThan(0);
    expect(hiddenBy(state)).toEqual(want);
  });

  it('neighbourhood mode keeps the k-hop ball around the selection', () => {
    for (const k of [1, 2, 3]) {
      const state = setHops(k)(selectNode(VAE)(DEFAULT_VIEW_STATE));
      const ball = neighbourhood(model.graph, VAE, k);
      expect(hiddenBy(state)).toEqual(expected((n) => !ball.has(n)));
    }
    expect(neighbourhood(model.graph, VAE, 1)).toEqual(new Set([VAE, ...fixture.neighbors(VAE)]));
  });

  it('the selected node stays visible even when filtered out', () => {
    const state = toggleKind('term', false)(selectNode(VAE)(DEFAULT_VIEW_STATE));
    const hidden = hiddenBy(state);
    expect(hidden.has(VAE)).toBe(false);
    expect(hidden.has('term:generative adversarial network')).toBe(true);
  });
});

describe('robustBBox', () => {
  it('ignores a far outlier', () => {
    const xs = Array.from({ length: 200 }, (_, i) => i % 20);
    const ys = Array.from({ length: 200 }, (_, i) => Math.floor(i / 20));
    const box = robustBBox([...xs, 1000], [...ys, -1000]);
    expect(box).not.toBeNull();
    expect(box?.x[1]).toBeLessThan(30);
    expect(box?.y[0]).toBeGreaterThan(-5);
  });

  it.each([
    ['a tight layout', Array.from({ length: 100 }, (_, i) => i)],
    ['a small graph', [0, 1, 1000]],
  ])('keeps the full box for %s', (_name, values) => {
    expect(robustBBox(values, values)).toBeNull();
  });
});
