/**
 * A/B of an import's search-token work in one Node process: the plain definition
 * (tests/unit/store/search-tokens-oracle.ts, tokensOf as it was at main 338191a) against
 * search-tokens.ts `tokenList` (what an import's write takes), over the search texts of the bench's generated library
 * (popup.ts `makeLibrary`) in batches of 5,000 as an import sends them; alone, and followed by
 * what the write does with them (postings.ts `rowEdits`). The process's CPU time (user + system,
 * GC included; steadier than wall time on a loaded machine); rounds alternate A and B; medians
 * printed with the load. Figures are printed, never asserted.
 * Run: npx tsx scripts/bench/search-tokens.ts [RECORDS=100000] [--rounds N]
 */
import { loadavg } from 'node:os';
import { rowEdits, type TokenChange } from '@/utils/store/postings';
import { searchText } from '@/utils/store/rows';
import { shardOf, tokenList } from '@/utils/store/search-tokens';
import { plainTokensOf } from '../../tests/unit/store/search-tokens-oracle';
import { makeLibrary } from './popup';

const BATCH = 5000;
const records = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 100_000);
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
const texts = makeLibrary(Math.ceil(records / 10))
  .slice(0, records)
  .map(searchText);
const NONE: ReadonlySet<string> = new Set();

function run(tokenize: (text: string) => ReadonlySet<string> | readonly string[], withEdits: boolean): number {
  const t0 = process.cpuUsage();
  let sink = 0;
  for (let at = 0; at < texts.length; at += BATCH) {
    const changes: TokenChange[] = [];
    for (let i = at; i < Math.min(at + BATCH, texts.length); i++)
      changes.push({ ord: i, before: NONE, after: tokenize(texts[i]!) });
    sink += withEdits ? rowEdits(changes, shardOf).size : changes.length;
  }
  if (sink < 0) console.log(sink);
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

console.log(`${texts.length} records, ${rounds} rounds (A = plain, B = tokenList), load ${load()}`);
for (const withEdits of [false, true]) {
  const a: number[] = [];
  const b: number[] = [];
  run(plainTokensOf, withEdits); // warm both up
  run(tokenList, withEdits);
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(run(plainTokensOf, withEdits));
      b.push(run(tokenList, withEdits));
    } else {
      b.push(run(tokenList, withEdits));
      a.push(run(plainTokensOf, withEdits));
    }
  }
  const what = withEdits ? 'tokens + rowEdits' : 'tokens';
  console.log(
    `${what.padEnd(18)} CPU A ${median(a).toFixed(0)} ms [${fmt(a)}]  B ${median(b).toFixed(0)} ms [${fmt(b)}]  load ${load()}`,
  );
}
