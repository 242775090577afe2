// Neo4j bulk-import CSVs (header syntax of `neo4j-admin database import full`): papers.csv and terms.csv with
// `:ID(Paper)` / `:ID(Term)` id spaces, `:LABEL` (terms also get their type as a second label, e.g.
// `Term;Method`) and typed columns (`year:int`, `authors:string[]` with the default `;` array delimiter),
// mentions.csv with `:START_ID(Paper)`, `:END_ID(Term)`, `:TYPE` MENTIONS and `weight:int`; plus load.cypher,
// which loads the same files with LOAD CSV into a running database (constraints, nodes, relationships).
// Strings are always quoted (quotes doubled); absent values are empty, unquoted (no property). A `;` inside an
// array element would split it: it is written as ",".
import type { LitgraphGraph } from '../graph';
import type { PaperNodeAttributes, TermNodeAttributes, TermType } from '../types';
import { TERM_TYPES } from '../types';
import { bufferedWriter, csvField, csvRecord } from './csv';
import type { ChunkWriter } from './json';

type Cell = string | number | undefined;

const str = (v: unknown): Cell => (typeof v === 'string' ? csvField(v, true) : undefined);
const num = (v: unknown): Cell => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): Cell =>
  Array.isArray(v) && v.length
    ? csvField(v.map((x) => String(x).replace(/;/g, ',')).join(';'), true)
    : undefined;

const LABEL_OF_TYPE: Record<TermType, string> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
};

const row = (cells: Cell[]) => csvRecord(cells.map((c) => (c === undefined ? '' : String(c))));

export const PAPER_HEADER = [
  'paperId:ID(Paper)',
  ':LABEL',
  'title',
  'abstract',
  'year:int',
  'authors:string[]',
  'venue',
  'url',
  'doi',
  'community:int',
  'x:double',
  'y:double',
  'degree:int',
];

export const TERM_HEADER = [
  'termId:ID(Term)',
  ':LABEL',
  'label',
  'type',
  'aliases:string[]',
  'acronym',
  'df:int',
  'tf:int',
  'score:double',
  'firstYear:int',
  'meanYear:double',
  'years:int[]',
  'yearCounts:int[]',
  'community:int',
  'x:double',
  'y:double',
  'degree:int',
];

export const MENTION_HEADER = [':START_ID(Paper)', ':END_ID(Term)', ':TYPE', 'weight:int', 'mentions:int'];

const header = (names: string[]) => csvRecord(names.map((n) => csvField(n)));

export function writeNeo4jPapers(graph: LitgraphGraph, write: ChunkWriter): void {
  write(header(PAPER_HEADER));
  const out = bufferedWriter(write);
  graph.forEachNode((_node, a) => {
    if (a.kind !== 'paper') return;
    const p = a as PaperNodeAttributes;
    out.push(
      row([
        csvField(p.paperId, true),
        'Paper',
        str(p.label),
        str(p.abstract),
        num(p.year),
        list(p.authors),
        str(p.venue),
        str(p.url),
        str(p.doi),
        num(p.community),
        num(p.x),
        num(p.y),
        num(p.degree),
      ]),
    );
  });
  out.flush();
}

export function writeNeo4jTerms(graph: LitgraphGraph, write: ChunkWriter): void {
  write(header(TERM_HEADER));
  const out = bufferedWriter(write);
  graph.forEachNode((_node, a) => {
    if (a.kind !== 'term') return;
    const t = a as TermNodeAttributes;
    const years = t.years ? Object.keys(t.years).map(Number) : [];
    out.push(
      row([
        csvField(t.key, true),
        `Term;${LABEL_OF_TYPE[t.type] ?? 'Concept'}`,
        str(t.label),
        str(t.type),
        list(t.aliases),
        str(t.acronym),
        num(t.df),
        num(t.tf),
        num(t.score),
        num(t.firstYear),
        num(t.meanYear),
        years.length ? years.join(';') : undefined,
        years.length ? years.map((y) => t.years![y]).join(';') : undefined,
        num(t.community),
        num(t.x),
        num(t.y),
        num(t.degree),
      ]),
    );
  });
  out.flush();
}

export function writeNeo4jMentions(graph: LitgraphGraph, write: ChunkWriter): void {
  write(header(MENTION_HEADER));
  const out = bufferedWriter(write);
  graph.forEachEdge((_e, a, _source, _target, sa, ta) => {
    const [paper, term] = sa.kind === 'paper' ? [sa, ta] : [ta, sa];
    out.push(
      row([
        csvField((paper as PaperNodeAttributes).paperId, true),
        csvField((term as TermNodeAttributes).key, true),
        'MENTIONS',
        num(a.weight),
        num(a.mentions),
      ]),
    );
  });
  out.flush();
}

/** The LOAD CSV script (Neo4j 5.23+ for `CALL (row) { … }`; older 5.x: `CALL { WITH row … }`). */
export function neo4jLoadScript(): string {
  const col = (name: string) => `row.\`${name}\``;
  const text = (name: string) => `nullIf(${col(name)}, '')`;
  const integer = (name: string) => `toInteger(${col(name)})`;
  const float = (name: string) => `toFloat(${col(name)})`;
  const array = (name: string) => `split(${text(name)}, ';')`;
  const typeLabels = TERM_TYPES.map(
    (t) => `    FOREACH (_ IN CASE WHEN row.type = '${t}' THEN [1] ELSE [] END | SET t:${LABEL_OF_TYPE[t]})`,
  ).join('\n');
  return `// Loads papers.csv, terms.csv and mentions.csv into a running Neo4j (5.23 or later) with LOAD CSV.
// Copy the three CSV files into the database's import folder, then run, e.g.:
//   cypher-shell -u neo4j -p <password> -f load.cypher
// In Neo4j Browser, prefix each CALL … IN TRANSACTIONS statement with :auto.
// (For a new, empty database, neo4j-admin database import full is faster: see the litgraph README.)

CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.paperId IS UNIQUE;
CREATE CONSTRAINT term_id IF NOT EXISTS FOR (t:Term) REQUIRE t.termId IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///papers.csv' AS row
CALL (row) {
  MERGE (p:Paper {paperId: ${col('paperId:ID(Paper)')}})
  SET p.title = ${text('title')},
      p.abstract = ${text('abstract')},
      p.year = ${integer('year:int')},
      p.authors = ${array('authors:string[]')},
      p.venue = ${text('venue')},
      p.url = ${text('url')},
      p.doi = ${text('doi')},
      p.community = ${integer('community:int')},
      p.x = ${float('x:double')},
      p.y = ${float('y:double')},
      p.degree = ${integer('degree:int')}
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///terms.csv' AS row
CALL (row) {
  MERGE (t:Term {termId: ${col('termId:ID(Term)')}})
  SET t.label = ${text('label')},
      t.type = ${text('type')},
      t.aliases = ${array('aliases:string[]')},
      t.acronym = ${text('acronym')},
      t.df = ${integer('df:int')},
      t.tf = ${integer('tf:int')},
      t.score = ${float('score:double')},
      t.firstYear = ${integer('firstYear:int')},
      t.meanYear = ${float('meanYear:double')},
      t.years = [y IN ${array('years:int[]')} | toInteger(y)],
      t.yearCounts = [n IN ${array('yearCounts:int[]')} | toInteger(n)],
      t.community = ${integer('community:int')},
      t.x = ${float('x:double')},
      t.y = ${float('y:double')},
      t.degree = ${integer('degree:int')}
${typeLabels}
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///mentions.csv' AS row
CALL (row) {
  MATCH (p:Paper {paperId: ${col(':START_ID(Paper)')}})
  MATCH (t:Term {termId: ${col(':END_ID(Term)')}})
  MERGE (p)-[r:MENTIONS]->(t)
  SET r.weight = ${integer('weight:int')},
      r.mentions = ${integer('mentions:int')}
} IN TRANSACTIONS OF 1000 ROWS;
`;
}
