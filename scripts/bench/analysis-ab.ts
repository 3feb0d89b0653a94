/**
 * findDirectives of two checkouts, each in its own processes: prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench/analysis-ab.ts --before DIR [--pairs N]
 *
 * `analysis --before` loads both trees into one process, and there the second-loaded copy runs
 * slower: the same code loaded twice (an "A/A" run) came out 5-8 % apart (docs/benchmarks.md,
 * session 24). Here each tree is bundled by esbuild (as analysis-cold bundles it) and measured in
 * fresh processes that load only that tree, alternating before / now, N pairs (default 6). Every
 * process builds the same long article (the fixture paragraphs, written once by the parent),
 * warms up, and measures the CPU time per call (median of 7 batches) of: findDirectives,
 * findDirectives without cores, and alone the rule scan, segmentation, block language and the cores
 * of every directive, and one regex pass over the text; the parent prints the medians over the
 * processes, as ratios to the regex pass of the same processes, with the load average.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFrom, cpuTime, longParagraphs, median, type Paragraph } from './analysis-measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD_FLAG = '--ab-child';

type Lang = 'zh' | 'en';
interface Block {
  text: string;
  start: number;
}
interface Bundle {
  plainArticle: (paragraphs: Paragraph[]) => { text: string; blocks: Block[] };
  findDirectives: (article: unknown, options?: { cores?: boolean }) => unknown[];
  addCores: (article: unknown, directives: unknown[], langs?: Lang[]) => void;
  blockLanguage: (text: string) => Lang;
  ruleMarkers: (text: string, lang: Lang) => unknown[];
  segmentSentences: (text: string, offset?: number) => unknown[];
}
const STAGES = ['all', 'withoutCores', 'scan', 'segmentation', 'language', 'cores', 'regex'] as const;
type Figures = Record<(typeof STAGES)[number], number>;

/** One process, one tree: the figures as JSON on stdout. */
async function child(bundle: string, paragraphsFile: string): Promise<void> {
  const m = (await import(pathToFileURL(bundle).href)) as Bundle;
  const article = m.plainArticle(JSON.parse(readFileSync(paragraphsFile, 'utf8')) as Paragraph[]);
  const langs = article.blocks.map((b) => m.blockLanguage(b.text));
  const found = m.findDirectives(article, { cores: false });
  const re = /[要须应]/g;
  const fns: Record<keyof Figures, () => unknown> = {
    all: () => m.findDirectives(article),
    withoutCores: () => m.findDirectives(article, { cores: false }),
    scan: () => article.blocks.forEach((b, k) => m.ruleMarkers(b.text, langs[k]!)),
    segmentation: () => article.blocks.forEach((b) => m.segmentSentences(b.text, b.start)),
    language: () => article.blocks.forEach((b) => m.blockLanguage(b.text)),
    cores: () => m.addCores(article, found, langs),
    regex: () => {
      re.lastIndex = 0;
      while (re.exec(article.text));
    },
  };
  for (let i = 0; i < 5; i++) fns.all();
  const figures = Object.fromEntries(
    STAGES.map((k) => [k, cpuTime(fns[k], k === 'regex' ? 100 : 4, 7)]),
  ) as unknown as Figures;
  process.stdout.write(JSON.stringify(figures));
}

/** The analysis of one checkout as one ES module (its `@/` imports resolved in that checkout). */
const bundle = (dir: string, source: string, name: string) =>
  bundleFrom(
    dir,
    source,
    `export * from '@/utils/analysis/directives';\nexport { segmentSentences } from '@/utils/analysis/segment';\n`,
    name,
  );

async function main() {
  const at = process.argv.indexOf(CHILD_FLAG);
  if (at > 0) return child(process.argv[at + 1]!, process.argv[at + 2]!);
  const b = process.argv.indexOf('--before');
  if (b < 0) throw new Error('usage: analysis-ab.ts --before DIR [--pairs N]');
  const beforeDir = resolve(process.argv[b + 1] ?? '.');
  const p = process.argv.indexOf('--pairs');
  const pairs = p > 0 ? Math.max(1, Number(process.argv[p + 1]) || 6) : 6;
  const dir = mkdtempSync(join(tmpdir(), 'hzd-ab-'));
  try {
    const paragraphsFile = join(dir, 'paragraphs.json');
    writeFileSync(paragraphsFile, JSON.stringify(await longParagraphs(ROOT)));
    const trees = { before: await bundle(dir, beforeDir, 'before'), now: await bundle(dir, ROOT, 'now') };
    const self = fileURLToPath(import.meta.url);
    const runs: Record<keyof typeof trees, Figures[]> = { before: [], now: [] };
    const loads: number[] = [];
    for (let r = 0; r < pairs; r++) {
      const order: (keyof typeof trees)[] = r % 2 ? ['now', 'before'] : ['before', 'now'];
      for (const name of order) {
        loads.push(loadavg()[0] ?? 0);
        const res = spawnSync(process.execPath, ['--import', 'tsx', self, CHILD_FLAG, trees[name], paragraphsFile], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        if (res.status !== 0) throw new Error(`child failed: ${res.stderr}`);
        runs[name].push(JSON.parse(res.stdout) as Figures);
      }
    }
    const line = (name: keyof typeof trees) => {
      const fs = runs[name];
      const regex = median(fs.map((f) => f.regex));
      const x = (k: keyof Figures) => `${(median(fs.map((f) => f[k])) / regex).toFixed(1)}x`;
      const rest = median(fs.map((f) => f.withoutCores - f.scan - f.segmentation - f.language));
      return (
        `${name.padEnd(6)} findDirectives ${median(fs.map((f) => f.all)).toFixed(3)} ms ${x('all')}; without cores ${x('withoutCores')} = ` +
        `rule scan ${x('scan')} + segmentation ${x('segmentation')} + block language ${x('language')} + per-sentence work and the rest ` +
        `${(rest / regex).toFixed(1)}x; cores ${x('cores')}; regex pass ${regex.toFixed(3)} ms`
      );
    };
    console.log(
      `${pairs} pairs of fresh processes, alternating (CPU time, medians over the processes; x = regex passes); before = ${beforeDir}`,
    );
    console.log(line('before'));
    console.log(line('now'));
    console.log(
      `load average (1 min) at the starts: ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
