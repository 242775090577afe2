// GEXF 1.3 of the whole graph or of the nodes in view, written in the browser (graphology-gexf/browser).
import { write } from 'graphology-gexf/browser';
import type { LitgraphData } from '../types';
import { GEXF_OPTIONS, gexfGraph } from './gexf-view';

export function toGexf(data: LitgraphData, keep?: (node: string) => boolean): string {
  return write(gexfGraph(data, keep), GEXF_OPTIONS);
}
