// Fetches /api/graph (or a view of it) and parses the JSON; failures become a GraphDataError with a message fit for
// the page. `loadGraphData` also validates it; the viewer itself validates while building (loadGraphModel).
import type { LitgraphData } from '../types';
import { GraphDataError, validateGraphData } from './validate-graph';

/** The parsed, not yet validated, graph JSON. */
export async function fetchGraphJson(url = '/api/graph'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new GraphDataError('the server could not be reached');
  }
  if (!response.ok) {
    let detail = '';
    try {
      const body = (await response.json()) as { error?: unknown };
      if (typeof body.error === 'string') detail = `: ${body.error}`;
    } catch {
      // no JSON body: the status says enough
    }
    throw new GraphDataError(`the server answered ${response.status}${detail}`);
  }
  try {
    return await response.json();
  } catch {
    throw new GraphDataError('the graph is not valid JSON');
  }
}

export async function loadGraphData(url = '/api/graph'): Promise<LitgraphData> {
  return validateGraphData(await fetchGraphJson(url));
}
