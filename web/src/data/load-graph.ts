// Fetches /api/graph and validates it; failures become a GraphDataError with a message fit for the page.
import type { LitgraphData } from '../types';
import { GraphDataError, validateGraphData } from './validate-graph';

export async function loadGraphData(url = '/api/graph'): Promise<LitgraphData> {
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
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new GraphDataError('the graph is not valid JSON');
  }
  return validateGraphData(value);
}
