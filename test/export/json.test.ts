// graph.json written in chunks equals graphology's own serialisation, and imports back.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphToJson } from '../../src/export';

describe('graphToJson', () => {
  it('matches graph.export() and round-trips through graph.import()', () => {
    const g = new Graph({ type: 'undirected' });
    g.setAttribute('name', 'x');
    for (let i = 0; i < 2500; i++) g.addNode(`n${i}`, i % 3 ? { label: `<b>${i}</b> "q"`, x: i / 7 } : {});
    for (let i = 1; i < 2500; i++)
      g.addEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, i % 2 ? { weight: i } : {});
    const text = graphToJson(g);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(g.export())));
    const back = new Graph({ type: 'undirected' });
    back.import(JSON.parse(text));
    expect(back.order).toBe(2500);
    expect(back.getNodeAttribute('n1', 'label')).toBe('<b>1</b> "q"');
  });
});
