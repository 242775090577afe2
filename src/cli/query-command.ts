// `litgraph query <verb> …`: a thin adapter from command-line arguments to runQuery, printing the answer as
// an aligned table or (--json) as the QueryDocument itself. No query logic here: see src/query/.
import type { Command } from 'commander';
import { createQueryIndex, loadGraphFile, type QueryDocument, type QueryParams, runQuery } from '../query';
import { type Column, formatTable } from './table';

const DEFAULT_GRAPH = 'graph/out/graph.json';

interface CommonFlags {
  graph: string;
  json?: boolean;
}

type Flags = CommonFlags & Record<string, string | boolean | undefined>;
type Row = Record<string, unknown>;

/** Control and bidi-override characters from titles or abstracts must not reach the terminal. */
const UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu;
const clean = (value: unknown): string => String(value ?? '').replace(UNSAFE, ' ');

function formatScore(value: unknown): string {
  if (typeof value !== 'number') return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** A table of the given rows, every cell made safe for the terminal. */
function table(rows: Row[], columns: Column[]): string {
  if (rows.length === 0) return '(no results)\n';
  const safe = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, clean(row[c.key])])));
  return formatTable(safe, columns);
}

/** The sentence of the first evidence, cut to about `width` characters around its first highlight. */
function snippet(evidence: unknown, width = 70): string {
  const first = Array.isArray(evidence) ? evidence[0] : undefined;
  if (!first || typeof first.text !== 'string') return '';
  const text: string = first.text;
  const [start] = (first.highlights?.[0] as [number, number] | undefined) ?? [0, 0];
  if (text.length <= width) return text;
  const from = Math.max(0, Math.min(start - Math.floor(width / 3), text.length - width));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + width)}${from + width < text.length ? '…' : ''}`;
}

const resolvedLabel = (doc: QueryDocument): string => {
  const resolved = doc.query.resolved as { id?: unknown; label?: unknown } | undefined;
  return resolved ? `"${clean(resolved.label)}" (${clean(resolved.id)})` : '';
};

/** Human output of each verb: a title line and a table. */
const HUMAN: Record<string, (doc: QueryDocument) => string> = {
  neighbours(doc) {
    const { depth, by, type } = doc.query;
    const rows = doc.results.map((r) => ({
      ...r,
      score: formatScore(r.score),
      via: (r.via as { label: string }).label,
    }));
    const columns: Column[] = [
      { key: 'hop', title: 'hop', align: 'right' },
      { key: 'label', title: 'term', maxWidth: 50 },
      { key: 'type', title: 'type' },
      { key: 'score', title: by as string, align: 'right' },
      { key: 'shared', title: 'shared', align: 'right' },
      { key: 'via', title: 'via', maxWidth: 40 },
      { key: 'community', title: 'community', align: 'right' },
    ];
    const title = `Neighbours of ${resolvedLabel(doc)}, by ${by}, depth ${depth}${
      Array.isArray(type) ? `, types ${type.join(', ')}` : ''
    }:\n`;
    return (
      title + table(rows, depth === 1 ? columns.filter((c) => c.key !== 'hop' && c.key !== 'via') : columns)
    );
  },
  papers(doc) {
    const resolved = doc.query.resolved as { papers: number };
    const rows = doc.results.map((r) => ({ ...r, evidence: snippet(r.evidence) }));
    return (
      `Papers mentioning ${resolvedLabel(doc)}: ${resolved.papers}, by ${doc.query.sort}:\n` +
      table(rows, [
        { key: 'year', title: 'year', align: 'right' },
        { key: 'score', title: 'weight', align: 'right' },
        { key: 'label', title: 'title', maxWidth: 60 },
        { key: 'evidence', title: 'evidence', maxWidth: 72 },
        { key: 'paperId', title: 'paper id', maxWidth: 24 },
      ])
    );
  },
  terms(doc) {
    return (
      `Terms of ${resolvedLabel(doc)}:\n` +
      table(doc.results, [
        { key: 'type', title: 'type' },
        { key: 'label', title: 'term', maxWidth: 50 },
        { key: 'score', title: 'weight', align: 'right' },
        { key: 'mentions', title: 'mentions', align: 'right' },
        { key: 'community', title: 'community', align: 'right' },
      ])
    );
  },
  path(doc) {
    const chain = doc.results.map((r) => clean(r.label)).join(' → ');
    const rows = doc.results.map((r, i) => ({
      ...r,
      step: i,
      via: (r.via as { label: string }[]).map((paper) => paper.label).join('; '),
    }));
    return (
      `Path (${doc.query.length} step${doc.query.length === 1 ? '' : 's'}): ${chain}\n` +
      table(rows, [
        { key: 'step', title: 'step', align: 'right' },
        { key: 'label', title: 'term', maxWidth: 40 },
        { key: 'type', title: 'type' },
        { key: 'score', title: 'shared', align: 'right' },
        { key: 'via', title: 'via papers', maxWidth: 80 },
      ])
    );
  },
  similar(doc) {
    const rows = doc.results.map((r) => ({ ...r, score: formatScore(r.score) }));
    return (
      `Terms with papers like those of ${resolvedLabel(doc)} (cosine):\n` +
      table(rows, [
        { key: 'label', title: 'term', maxWidth: 50 },
        { key: 'type', title: 'type' },
        { key: 'score', title: 'cosine', align: 'right' },
        { key: 'shared', title: 'shared', align: 'right' },
        { key: 'community', title: 'community', align: 'right' },
      ])
    );
  },
  community(doc) {
    const c = doc.query.resolved as { id: number; label: string; papers: number; terms: number };
    return (
      `Community ${c.id} "${clean(c.label)}": ${c.papers} papers, ${c.terms} terms\n` +
      table(doc.results, [
        { key: 'kind', title: 'kind' },
        { key: 'type', title: 'type' },
        { key: 'label', title: 'label', maxWidth: 70 },
        { key: 'score', title: 'score', align: 'right' },
        { key: 'year', title: 'year', align: 'right' },
      ])
    );
  },
  search(doc) {
    return (
      `Matches for "${clean(doc.query.text)}": ${doc.query.total}\n` +
      table(doc.results, [
        { key: 'kind', title: 'kind' },
        { key: 'match', title: 'match' },
        { key: 'label', title: 'label', maxWidth: 60 },
        { key: 'type', title: 'type' },
        { key: 'papers', title: 'papers', align: 'right' },
        { key: 'year', title: 'year', align: 'right' },
        { key: 'id', title: 'id', maxWidth: 40 },
      ])
    );
  },
  trends(doc) {
    const window = doc.query.resolved as { from: number | null; to: number | null; papers: number };
    if (window.from === null || window.from === window.to) {
      return 'Trends need papers from at least two different years in the window.\n';
    }
    const rows: Row[] = doc.results.map((r) => ({
      ...r,
      score: formatScore(r.score),
      span: r.firstYear === r.lastYear ? String(r.firstYear) : `${r.firstYear}–${r.lastYear}`,
    }));
    const columns: Column[] = [
      { key: 'label', title: 'term', maxWidth: 50 },
      { key: 'type', title: 'type' },
      { key: 'score', title: 'trend z', align: 'right' },
      { key: 'papers', title: 'papers', align: 'right' },
      { key: 'span', title: 'years' },
      { key: 'community', title: 'community', align: 'right' },
    ];
    const part = (trend: string) =>
      table(
        rows.filter((r) => r.trend === trend),
        columns,
      );
    return (
      `Trends ${window.from}–${window.to} (${window.papers} papers with a year; Cochran–Armitage z):\n` +
      `Emerging:\n${part('emerging')}Fading:\n${part('fading')}`
    );
  },
  communities(doc) {
    const rows = doc.results.map((r) => ({ ...r, topTerms: (r.topTerms as string[]).join(', ') }));
    return (
      `Communities: ${doc.results.length}\n` +
      table(rows, [
        { key: 'id', title: 'id', align: 'right' },
        { key: 'label', title: 'label', maxWidth: 50 },
        { key: 'papers', title: 'papers', align: 'right' },
        { key: 'terms', title: 'terms', align: 'right' },
        { key: 'size', title: 'size', align: 'right' },
        { key: 'topTerms', title: 'top terms', maxWidth: 60 },
      ])
    );
  },
};

/** Loads the graph, runs the verb and prints the answer. */
function run(verb: string, params: QueryParams, flags: CommonFlags): void {
  const index = createQueryIndex(loadGraphFile(flags.graph));
  const doc = runQuery(index, verb, params);
  process.stdout.write(flags.json ? `${JSON.stringify(doc, null, 2)}\n` : HUMAN[verb](doc));
}

const str = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

export function registerQueryCommand(program: Command): void {
  const query = program
    .command('query')
    .description('Ask the built graph about terms, papers, paths and communities.')
    .addHelpText(
      'after',
      '\nA term is found by label, alias or acronym, ignoring case, hyphens and plurals ("VAEs").\n' +
        'Each verb reads --graph (default graph/out/graph.json); --json prints the JSON document\n' +
        'described in src/query/README.md.\n' +
        'Exit codes: 0 ok, 1 unknown term/paper or bad/missing graph file, 2 bad usage.',
    );

  const verb = (name: string, description: string): Command =>
    query
      .command(name)
      .description(description)
      .option('-g, --graph <file>', 'graph.json written by "litgraph build"', DEFAULT_GRAPH)
      .option('--json', 'print the JSON document instead of a table');
  const limitOption = '-n, --limit <n>';
  const limitHelp = 'number of results, 1 to 500 (default: 20)';

  verb('neighbours', 'the terms around a term, ranked by co-occurrence, association strength or Jaccard')
    .argument('<term...>', 'label, alias or acronym of the term (words are joined)')
    .option('-d, --depth <n>', 'hops through co-occurring terms, 1 to 3 (default: 1)')
    .option(limitOption, `${limitHelp}; per hop, and the terms of a hop expanded to reach the next`)
    .option('-t, --type <types>', 'only report terms of these types: method, task, dataset, metric, concept')
    .option('--by <measure>', 'cooccurrence (shared papers), association (N·c_ij/(c_i·c_j)) or jaccard')
    .action((words: string[], flags: Flags) =>
      run(
        'neighbours',
        {
          term: words.join(' '),
          depth: str(flags.depth),
          limit: str(flags.limit),
          type: str(flags.type),
          by: str(flags.by),
        },
        flags,
      ),
    );

  verb('papers', 'the papers that mention a term, with the sentences as evidence')
    .argument('<term...>', 'label, alias or acronym of the term')
    .option(limitOption, limitHelp)
    .option('-s, --sort <order>', 'relevance (edge weight) or year (newest first)')
    .action((words: string[], flags: Flags) =>
      run('papers', { term: words.join(' '), limit: str(flags.limit), sort: str(flags.sort) }, flags),
    );

  verb('terms', 'the terms of a paper, by type then weight')
    .argument('<paper...>', 'paper id, DOI or exact title')
    .action((words: string[], flags: Flags) => run('terms', { paper: words.join(' ') }, flags));

  verb('path', 'the shortest chain of terms linking two terms through shared papers')
    .argument('<from>', 'first term (quote it if it has spaces)')
    .argument('<to>', 'second term')
    .action((from: string, to: string, flags: Flags) => run('path', { from, to }, flags));

  verb('similar', 'the terms whose papers are most like those of a term (cosine)')
    .argument('<term...>', 'label, alias or acronym of the term')
    .option(limitOption, limitHelp)
    .action((words: string[], flags: Flags) =>
      run('similar', { term: words.join(' '), limit: str(flags.limit) }, flags),
    );

  verb('community', 'a community: its terms by type and its papers, ranked')
    .argument('<community...>', 'community id, or a term in it')
    .option(limitOption, `${limitHelp}; terms per type, and papers`)
    .action((words: string[], flags: Flags) =>
      run('community', { community: words.join(' '), limit: str(flags.limit) }, flags),
    );

  verb('search', 'terms and paper titles matching a text: exact, prefix, word prefix, substring')
    .argument('<text...>', 'text to look for')
    .option(limitOption, limitHelp)
    .action((words: string[], flags: Flags) =>
      run('search', { text: words.join(' '), limit: str(flags.limit) }, flags),
    );

  verb('communities', 'all communities with their sizes').action((flags: Flags) =>
    run('communities', {}, flags),
  );

  verb('trends', 'the emerging and the fading terms: trend of their share of papers over the years')
    .option('--from <year>', 'first publication year considered (default: the earliest)')
    .option('--to <year>', 'last publication year considered (default: the latest)')
    .option(limitOption, `${limitHelp}; emerging terms, and fading ones`)
    .action((flags: Flags) =>
      run('trends', { from: str(flags.from), to: str(flags.to), limit: str(flags.limit) }, flags),
    );
}
