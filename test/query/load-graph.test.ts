// loadGraphFile: a litgraph graph.json round-trips; missing, non-JSON and non-litgraph files are clear errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LitgraphError } from '../../src/errors';
import { createQueryIndex, loadGraphFile, runQuery } from '../../src/query';
import { toyGraph } from './toy-graph';

const dir = mkdtempSync(join(tmpdir(), 'litgraph-query-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function errorOf(file: string): LitgraphError {
  try {
    loadGraphFile(file);
  } catch (error) {
    return error as LitgraphError;
  }
  throw new Error('expected a LitgraphError');
}

interface Serialised {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: Record<string, unknown> }[];
}
const toy = () => JSON.parse(JSON.stringify(toyGraph().export())) as Serialised;

describe('loadGraphFile', () => {
  it('reads back what graph.export() wrote, and queries give the same answers', () => {
    const original = toyGraph();
    const loaded = loadGraphFile(write('graph.json', original.export()));
    expect(loaded.order).toBe(original.order);
    expect(loaded.size).toBe(original.size);
    expect(loaded.getAttributes()).toEqual(original.getAttributes());
    expect(loaded.getNodeAttributes('term:variational-autoencoder')).toEqual(
      original.getNodeAttributes('term:variational-autoencoder'),
    );
    const params = { term: 'VAE', depth: '3' };
    expect(runQuery(createQueryIndex(loaded), 'neighbours', params)).toEqual(
      runQuery(createQueryIndex(original), 'neighbours', params),
    );
  });

  it('names a missing file (IO)', () => {
    const file = join(dir, 'missing.json');
    const error = errorOf(file);
    expect(error.code).toBe('IO');
    expect(error.file).toBe(file);
    expect(error.describe()).toContain(`${file}: graph file not found`);
  });

  it('names a directory (IO)', () => {
    expect(errorOf(dir).code).toBe('IO');
  });

  it('rejects invalid JSON (BAD_INPUT)', () => {
    const file = write('broken.json', '{"nodes": [');
    const error = errorOf(file);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.file).toBe(file);
    expect(error.message).toMatch(/^not valid JSON/);
  });

  it.each([
    ['an array', [1, 2]],
    ['an object without nodes', { hello: 'world' }],
    [
      'a graph without kinds',
      { attributes: {}, nodes: [{ key: 'a', attributes: { label: 'a' } }], edges: [] },
    ],
    ['a node without key', { nodes: [{ attributes: { kind: 'paper', label: 'x' } }], edges: [] }],
  ])('rejects %s as not a litgraph graph', (_, content) => {
    const error = errorOf(write('other.json', content));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('not a litgraph graph');
  });

  it.each([
    [
      'a term with an unknown type',
      (g: ReturnType<typeof toy>) => {
        g.nodes.find((n) => n.key === 'term:mnist')!.attributes.type = 'corpus';
      },
      /node \d+ \("term:mnist"\): attribute "type" must be one of method/,
    ],
    [
      'an edge to an unknown node',
      (g: ReturnType<typeof toy>) => {
        g.edges[0].target = 'term:nowhere';
      },
      /edge 0: unknown node "term:nowhere"/,
    ],
    [
      'an edge between two terms',
      (g: ReturnType<typeof toy>) => {
        g.edges.push({
          source: 'term:mnist',
          target: 'term:fid',
          attributes: { kind: 'mention', weight: 1 },
        });
      },
      /must link a paper and a term/,
    ],
    [
      'bad spans',
      (g: ReturnType<typeof toy>) => {
        g.edges[0].attributes.spans = [[2, 0, 0, 1]];
      },
      /edge 0: attribute "spans" must be an array of \[field 0\|1/,
    ],
    [
      'a duplicate node',
      (g: ReturnType<typeof toy>) => {
        g.nodes.push(g.nodes[0]);
      },
      /duplicate node/,
    ],
  ])('rejects %s, naming it', (_, damage, message) => {
    const graph = toy();
    damage(graph);
    const error = errorOf(write('damaged.json', graph));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(message);
  });
});
