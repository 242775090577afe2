// Test helper: writes the first N records of the shared ACL corpus (../shared/data/acl-abstracts.jsonl.gz) to a file.
import { createReadStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export const ACL_CORPUS = resolve('../shared/data/acl-abstracts.jsonl.gz');

export async function writeAclSubset(n: number, file: string): Promise<void> {
  const lines: string[] = [];
  const rl = createInterface({
    input: createReadStream(ACL_CORPUS).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  writeFileSync(file, `${lines.join('\n')}\n`);
}
