// `litgraph eval <dataset> <file>`: scores the mention extractor against a labelled corpus (SciERC in DyGIE
// JSON) and prints P/R/F1 as an aligned table or, with --json, as one JSON object. See src/eval/README.md.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { usageError } from '../errors';
import { type Counts, type EvalReport, evaluate, type Prf, readDygieFile, SCORED_TYPES } from '../eval';
import { type Column, formatTable } from './table';

/** Datasets `eval` knows, with the reader of their files. */
const DATASETS = { scierc: { name: 'SciERC', read: readDygieFile } } as const;

interface EvalCommandOptions {
  json?: boolean;
  perDoc?: boolean;
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score mention extraction against a labelled corpus (micro-averaged P/R/F1).')
    .argument('<dataset>', `dataset name: ${Object.keys(DATASETS).join(', ')}`)
    .argument('<file>', 'the dataset file (SciERC: DyGIE JSON, one document per line)')
    .option('--json', 'print the scores as JSON')
    .option('--per-doc', 'add per-document scores (untyped, Generic excluded, exact match)')
    .action((dataset: string, file: string, options: EvalCommandOptions) => {
      if (!Object.hasOwn(DATASETS, dataset)) {
        throw usageError(`unknown dataset "${dataset}" (known: ${Object.keys(DATASETS).join(', ')})`);
      }
      const { name, read } = DATASETS[dataset as keyof typeof DATASETS];
      const documents = read(file);
      const report = evaluate(documents, { perDoc: options.perDoc ?? false, onProgress: progressReporter() });
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(formatReport(report, `${name} evaluation of ${basename(file)}`));
    });
}

/** Progress on stderr: one rewritten line on a terminal, a plain line every 10% otherwise. */
function progressReporter(): (done: number, total: number) => void {
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  let lastDecile = 0;
  return (done, total) => {
    const message = `eval: ${done}/${total} documents`;
    if (tty) {
      const now = Date.now();
      if (done === total || now - lastDraw >= 100) {
        lastDraw = now;
        process.stderr.write(`\r${message}${done === total ? '\n' : ''}`);
      }
      return;
    }
    const decile = Math.floor((done * 10) / total);
    if (decile > lastDecile || done === total) {
      lastDecile = decile;
      process.stderr.write(`${message}\n`);
    }
  };
}

const fixed = (value: number) => value.toFixed(3);
const right = (key: string, title = key): Column => ({ key, title, align: 'right' });
const SCORE_COLUMNS: Column[] = [
  right('p', 'P'),
  right('r', 'R'),
  right('f1', 'F1'),
  right('tp', 'TP'),
  right('fp', 'FP'),
  right('fn', 'FN'),
];

function scoreRow(scores: Prf, counts: Counts): Record<string, string> {
  return {
    p: fixed(scores.p),
    r: fixed(scores.r),
    f1: fixed(scores.f1),
    tp: `${counts.tp}`,
    fp: `${counts.fp}`,
    fn: `${counts.fn}`,
  };
}

/** The report as text for a terminal: one table of scores, then per-document scores (worst first) if present. */
export function formatReport(report: EvalReport, title: string): string {
  const { counts } = report;
  const rows = [
    { scope: 'untyped', match: 'exact', ...scoreRow(report.untyped.exact, counts.untyped.exact) },
    { scope: 'untyped', match: 'partial', ...scoreRow(report.untyped.partial, counts.untyped.partial) },
    {
      scope: 'untyped, no Generic',
      match: 'exact',
      ...scoreRow(report.untypedNoGeneric.exact, counts.untypedNoGeneric.exact),
    },
    {
      scope: 'untyped, no Generic',
      match: 'partial',
      ...scoreRow(report.untypedNoGeneric.partial, counts.untypedNoGeneric.partial),
    },
    ...SCORED_TYPES.map((type) => ({
      scope: type,
      match: 'exact+type',
      ...scoreRow(report.typed[type], counts.typed[type]),
    })),
  ];
  const parts = [
    `${title}: ${report.documents} document${report.documents === 1 ? '' : 's'}, micro-averaged\n`,
    formatTable(rows, [{ key: 'scope', title: 'scope' }, { key: 'match', title: 'match' }, ...SCORE_COLUMNS]),
    `typed macro F1     ${fixed(report.typedMacroF1)}`,
    `Method precision   exact ${fixed(report.methodPrecision.exact)}, partial ${fixed(report.methodPrecision.partial)}`,
  ];
  if (report.perDoc) {
    const sorted = [...report.perDoc].sort((a, b) => a.f1 - b.f1 || a.doc_key.localeCompare(b.doc_key));
    parts.push(
      '\nPer document (untyped, no Generic, exact), worst first:\n',
      formatTable(
        sorted.map((d) => ({ doc_key: d.doc_key, ...scoreRow(d, d) })),
        [{ key: 'doc_key', title: 'doc_key' }, ...SCORE_COLUMNS],
      ),
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
