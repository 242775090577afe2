// Test helper: validates GEXF files with the official GEXF 1.3 RELAX NG schema (../shared/tools/validate-gexf).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const VALIDATOR = resolve('../shared/tools/validate-gexf');

/** Runs the validator; returns its exit status and output. Throws if the validator or xmllint is missing. */
export function validateGexf(file: string): { ok: boolean; output: string } {
  if (!existsSync(VALIDATOR)) throw new Error(`GEXF validator not found at ${VALIDATOR}`);
  const r = spawnSync('bash', [VALIDATOR, file], { encoding: 'utf8' });
  if (r.status === 2) throw new Error(`validate-gexf could not run: ${r.stderr}`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
