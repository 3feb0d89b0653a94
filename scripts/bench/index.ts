/**
 * `npm run bench`: runs every benchmark one after another and prints their figures.
 * Benchmarks print numbers (and ratios against a baseline measured in the same run);
 * they never pass or fail on time. `npm run bench -- analysis paint` runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ALL = ['analysis', 'analysis-cold', 'anchoring', 'sync', 'paint', 'popup', 'worker-start', 'scale'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : ALL;
let failed = 0;
for (const name of names) {
  const file = resolve(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no such benchmark`);
    failed++;
    continue;
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
