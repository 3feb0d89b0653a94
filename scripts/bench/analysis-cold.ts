/**
 * Cold-start analysis benchmark: prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench/analysis-cold.ts [--runs N] [--source DIR]
 *
 * `--source DIR` bundles the analysis from another checkout's root (e.g. a `git archive` of an
 * older commit) to compare before and after on the same machine load.
 *
 * A content script analyses the page once, in a fresh JavaScript realm: what counts there is the
 * FIRST call, with every regex still uncompiled and every lazily built table still unbuilt. Warm
 * loops in one process hide that cost, so this spawns N fresh Node processes. Each one:
 * 1. parses the seed page with linkedom (not timed: the browser has its DOM already);
 * 2. imports the analysis code, bundled by esbuild into one ES module like the content script
 *    (timed: module evaluation, without TypeScript transpiling);
 * 3. times the first detectArticle and then the first findDirectives on the seed, without cores as
 *    the content script calls it, then the first addCores (coring those directives), when the
 *    source has it.
 * The parent prints the medians over the N processes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleFrom, median } from './analysis-measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = join(ROOT, 'tests/fixtures/pages/people-2017-tongzhan.html');
const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const CHILD_FLAG = '--cold-child';

interface ChildFigures {
  moduleMs: number;
  detectMs: number;
  findMs: number;
  coresMs: number | null;
  directives: number;
}

interface AnalysisBundle {
  detectArticle: (doc: Document, url: string) => { text: string; blocks: unknown[] } | null;
  findDirectives: (article: unknown, options?: { cores?: boolean }) => unknown[];
  addCores?: (article: unknown, directives: unknown[]) => void;
}

/** One fresh process: parse outside the clock, then time import, detection and directives. */
async function child(bundle: string): Promise<void> {
  const { parseHTML } = await import('linkedom');
  const { decodeHtml } = await import('@/utils/article/parse');
  const doc = parseHTML(decodeHtml(new Uint8Array(readFileSync(SEED)))).document;
  const t0 = performance.now();
  const mod = (await import(pathToFileURL(bundle).href)) as AnalysisBundle;
  const t1 = performance.now();
  const article = mod.detectArticle(doc, SEED_URL);
  const t2 = performance.now();
  if (!article) throw new Error('seed page not detected');
  const found = mod.findDirectives(article, { cores: false });
  const t3 = performance.now();
  mod.addCores?.(article, found);
  const t4 = performance.now();
  const figures: ChildFigures = {
    moduleMs: t1 - t0,
    detectMs: t2 - t1,
    findMs: t3 - t2,
    coresMs: mod.addCores ? t4 - t3 : null,
    directives: found.length,
  };
  process.stdout.write(JSON.stringify(figures));
}

/** Bundles the two entry points into one ES module, as the content script bundle holds them. */
const bundleAnalysis = (dir: string, source: string) =>
  bundleFrom(
    dir,
    source,
    `export { detectArticle } from '@/utils/article/detect';\nexport * from '@/utils/analysis/directives';\n`,
    'analysis',
  );

async function main() {
  const childAt = process.argv.indexOf(CHILD_FLAG);
  if (childAt > 0) return child(process.argv[childAt + 1] as string);
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 7) : 7;
  const dir = mkdtempSync(join(tmpdir(), 'hzd-cold-'));
  try {
    const s = process.argv.indexOf('--source');
    const bundle = await bundleAnalysis(dir, s > 0 ? resolve(process.argv[s + 1] as string) : ROOT);
    const self = fileURLToPath(import.meta.url);
    const all: ChildFigures[] = [];
    for (let r = 0; r < runs; r++) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', self, CHILD_FLAG, bundle], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (res.status !== 0) throw new Error(`cold child failed: ${res.stderr}`);
      all.push(JSON.parse(res.stdout) as ChildFigures);
    }
    const fmt = (pick: (f: ChildFigures) => number) => {
      const xs = all.map(pick);
      return `median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;
    };
    console.log(`cold start over ${runs} fresh processes (seed page, ${all[0]?.directives ?? 0} directives):`);
    console.log(`  module evaluation (bundled detect + directives): ${fmt((f) => f.moduleMs)}`);
    console.log(`  first detectArticle:  ${fmt((f) => f.detectMs)}`);
    console.log(`  first findDirectives: ${fmt((f) => f.findMs)}`);
    if (all.every((f) => f.coresMs !== null)) console.log(`  first addCores:       ${fmt((f) => f.coresMs ?? 0)}`);
    console.log(`  sum:                  ${fmt((f) => f.moduleMs + f.detectMs + f.findMs)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
