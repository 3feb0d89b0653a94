/**
 * Scores the analysis on every fixture page that has a gold file beside it.
 *
 *   npx tsx scripts/eval.ts [DIR] [--min-f1 X] [--verbose] [--only TEXT]
 *
 * --only TEXT scores only the pages whose file name contains TEXT (e.g. `--only heldout-`).
 *
 * For each tests/fixtures/pages/NAME.html with NAME.gold.json, analyzes the page (with the
 * gold's `url` as the page address) and pipes the JSON into the shared scorer
 * (../shared/eval/score.mjs, relative to the project root). Prints precision, recall, F1 and
 * category accuracy per page and micro-averaged over all pages, plus metadata failures.
 * A report, not a gate: exits 0 unless a page fails to analyze or score — or, with --min-f1,
 * when the overall F1 is below X.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { parseDocument, readHtml } from './analyze';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCORER = resolve(ROOT, '../shared/eval/score.mjs');

export interface PageScore {
  page: string;
  precision: number;
  recall: number;
  f1: number;
  categoryAccuracy: number;
  marked: number;
  gold: number;
  metadata: string[] | 'ok';
  missed?: string[];
  falsePositives?: string[];
  wrongCategory?: string[];
}

/** Runs the shared scorer on one analysis. */
export function score(goldFile: string, analysisJson: string): PageScore {
  const r = spawnSync(process.execPath, [SCORER, goldFile, '-'], { input: analysisJson, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`scorer failed on ${goldFile}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as PageScore;
}

export interface Totals {
  truePositives: number;
  marked: number;
  found: number;
  gold: number;
  rightCategory: number;
}

/** Micro-averaged figures over pages: counts are rebuilt from each page's rates. */
export function microAverage(scores: readonly PageScore[]) {
  const t: Totals = { truePositives: 0, marked: 0, found: 0, gold: 0, rightCategory: 0 };
  for (const s of scores) {
    t.truePositives += Math.round(s.precision * s.marked);
    t.marked += s.marked;
    const found = Math.round(s.recall * s.gold);
    t.found += found;
    t.gold += s.gold;
    t.rightCategory += Math.round(s.categoryAccuracy * found);
  }
  const precision = t.marked ? t.truePositives / t.marked : 1;
  const recall = t.gold ? t.found / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const categoryAccuracy = t.found ? t.rightCategory / t.found : 1;
  return { precision, recall, f1, categoryAccuracy, totals: t };
}

const pct = (x: number) => x.toFixed(3);

function main(argv: string[]): number {
  let dir = join(ROOT, 'tests/fixtures/pages');
  let minF1: number | null = null;
  let verbose = false;
  let only = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--min-f1') minF1 = Number(argv[++i]);
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--only') only = argv[++i] ?? '';
    else dir = resolve(a);
  }
  if (!existsSync(SCORER)) {
    console.error(`eval: scorer not found at ${SCORER}`);
    return 2;
  }
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && f.includes(only) && existsSync(join(dir, f.replace(/\.html$/, '.gold.json'))))
    .sort();
  if (!pages.length) {
    console.error(`eval: no NAME.html with NAME.gold.json in ${dir}`);
    return 2;
  }
  const scores: PageScore[] = [];
  let errors = 0;
  console.log(['page'.padEnd(44), 'P    ', 'R    ', 'F1   ', 'cat  ', 'marks/gold', 'meta'].join(' '));
  for (const page of pages) {
    const goldFile = join(dir, page.replace(/\.html$/, '.gold.json'));
    try {
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { url?: string };
      const url = gold.url ?? pathToFileURL(join(dir, page)).href;
      const result = analyzeDocument(parseDocument(readHtml(join(dir, page))), url);
      const s = score(goldFile, JSON.stringify(result));
      scores.push(s);
      const meta = s.metadata === 'ok' ? 'ok' : `${s.metadata.length} FAIL`;
      console.log(
        [
          page.padEnd(44),
          pct(s.precision),
          pct(s.recall),
          pct(s.f1),
          pct(s.categoryAccuracy),
          `${s.marked}/${s.gold}`.padEnd(10),
          meta,
        ].join(' '),
      );
      if (s.metadata !== 'ok') for (const m of s.metadata) console.log(`    metadata: ${m}`);
      if (verbose) {
        for (const m of s.missed ?? []) console.log(`    missed: ${m}`);
        for (const m of s.falsePositives ?? []) console.log(`    false positive: ${m}`);
        for (const m of s.wrongCategory ?? []) console.log(`    category: ${m}`);
      }
    } catch (e) {
      errors++;
      console.log(`${page.padEnd(44)} ERROR ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const all = microAverage(scores);
  const metaFails = scores.filter((s) => s.metadata !== 'ok').length;
  console.log(
    `\noverall (micro, ${scores.length} pages): precision ${pct(all.precision)} recall ${pct(all.recall)} F1 ${pct(all.f1)} ` +
      `category ${pct(all.categoryAccuracy)}; metadata failures on ${metaFails} page(s)`,
  );
  if (errors) return 1;
  if (minF1 !== null && all.f1 < minF1) {
    console.error(`eval: overall F1 ${pct(all.f1)} is below --min-f1 ${minF1}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
