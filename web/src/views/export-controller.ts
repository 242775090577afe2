// Export buttons: GEXF of the loaded graph (the whole graph, or the concept map), GEXF of the nodes in view, PNG of
// the canvas (@sigma/export-image).
import { downloadAsPNG } from '@sigma/export-image';
import { toGexf } from '../data/gexf-export';
import type { GraphView, LitgraphData } from '../types';
import { h } from './dom';
import type { ViewerSigma } from './graph-controller';

function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createExportController(
  host: HTMLElement,
  data: LitgraphData,
  /** The drawing (asked for on a click: the buttons exist before the graph is drawn). */
  sigma: () => ViewerSigma,
  hidden: () => ReadonlySet<string>,
  view: GraphView = 'full',
): void {
  const gexfType = 'application/gexf+xml';
  const base = view === 'concepts' ? 'litgraph-concepts' : 'litgraph';
  const what = view === 'concepts' ? 'the concept map (terms and their links)' : 'the whole graph';
  const button = (text: string, title: string, onClick: () => void): HTMLButtonElement =>
    h('button', { text, attrs: { type: 'button', title }, on: { click: onClick } });
  host.append(
    button('GEXF', `Download ${what} as GEXF 1.3`, () => download(toGexf(data), `${base}.gexf`, gexfType)),
    button('GEXF (view)', 'Download the nodes in view as GEXF 1.3', () => {
      const hide = hidden();
      download(
        toGexf(data, (node) => !hide.has(node)),
        `${base}-view.gexf`,
        gexfType,
      );
    }),
    button('PNG', 'Download an image of the graph', () => {
      // The plugin is typed over plain attributes; our sigma only narrows them.
      void downloadAsPNG(sigma() as unknown as Parameters<typeof downloadAsPNG>[0], {
        fileName: base,
        backgroundColor: '#ffffff',
        width: 2000,
        height: 1400,
      });
    }),
  );
}
