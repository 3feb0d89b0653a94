/**
 * Scores the analysis on every fixture page that has a gold file beside it.
 *
 *   npx tsx scripts/eval.ts [DIR] [--min-f1 X] [--verbose] [--only TEXT]
 *
 * --only TEXT scores only the pages whose file name contains TEXT (e.g. `--only heldout-`).
 *
 * For each DIR/NAME.html with NAME.gold.json (DIR defaults to tests/fixtures/pages), analyzes the
 * page (with the gold's `url` as the page address) and pipes the JSON into the shared scorer
 * (../shared/eval/score.mjs, relative to the project root, or ../../shared from a worktree): precision, recall, F1, category
 * accuracy and metadata failures. Where NAME.cores.json exists too, the directives' cores are
 * scored with ../shared/eval/score-cores.mjs, beside the baseline of taking each whole sentence
 * as its core (recall 1, the precision a core layer has to beat).
 *
 * Figures are printed per page, then per fixture set — own (no prefix, `heldout-`), blind 1
 * (`blind1-`), blind 2 (`blind2-`), … blind 8 (`blind8-`): any `blindN-` prefix, and a batch's half by a capital
 * after its number (`blind9T-` → blind 9T); sets listed own first, then by number (… blind 9T, blind 10,
 * blind 11, blind 12) — so that the figure on pages the rules were not tuned on is always in view, then over all
 * pages.
 * A report, not a gate: exits 0 unless a page fails to analyze or score — or, with --min-f1,
 * when the overall directive F1 is below X.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeDocument, type AnalysisJson } from '@/utils/analysis/analyze';
import { parseDocument, readHtml } from './analyze';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared/eval beside the project root; from a git worktree one level further up. */
function sharedEval(): string {
  const near = resolve(ROOT, '../shared/eval');
  const far = resolve(ROOT, '../../shared/eval');
  return existsSync(near) || !existsSync(far) ? near : far;
}
export const SCORER = join(sharedEval(), 'score.mjs');
export const CORE_SCORER = join(sharedEval(), 'score-cores.mjs');

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

/** The part of score-cores.mjs's page report that the eval prints. */
export interface CoreReport {
  corePrecision: number;
  coreRecall: number;
  coreF1: number;
  scored: number;
  noCore: number;
  chars: { tp: number; fp: number; fn: number };
}
interface CoreDetail {
  text: string;
  want: string[];
  got: string[];
  p: number;
  r: number;
}
interface CoreScorer {
  scoreCores: (gold: unknown, cores: unknown, analysis: unknown) => { report: CoreReport; details: CoreDetail[] };
}

let coreScorer: CoreScorer | null = null;
/** The shared core scorer, imported once (it runs its CLI only when invoked directly). */
async function loadCoreScorer(): Promise<CoreScorer> {
  coreScorer ??= (await import(pathToFileURL(CORE_SCORER).href)) as CoreScorer;
  return coreScorer;
}

/** The analysis with every directive's core replaced by its whole sentence: the baseline. */
export function wholeSentenceCores(analysis: AnalysisJson): AnalysisJson {
  return {
    ...analysis,
    directives: analysis.directives.map((d) => ({ ...d, core: [{ start: d.start, end: d.end }] })),
  };
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

/** Micro-averaged core figures over pages, from their character counts. */
export function coreMicro(reports: readonly CoreReport[]) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of reports) for (const k of ['tp', 'fp', 'fn'] as const) c[k] += r.chars[k];
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, chars: c };
}

/** The fixture set a page belongs to, by its file name's prefix. */
export function fixtureSet(page: string): string {
  const m = /^blind(\d+[A-Z]?)-/.exec(page);
  return m ? `blind ${m[1] as string}` : 'own';
}

/** Sets in reading order: own, then blind 1, 2, … 9S, 9T, 10, 11 (numbers compared as numbers). */
export function compareSets(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'own') return -1;
  if (b === 'own') return 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

interface PageResult {
  page: string;
  score: PageScore;
  core?: CoreReport;
  baseline?: CoreReport;
}

const pct = (x: number) => x.toFixed(3);
const coreCell = (r?: CoreReport) => (r ? `${pct(r.corePrecision)} ${pct(r.coreRecall)} ${pct(r.coreF1)}` : '');

function summary(label: string, results: readonly PageResult[]): string[] {
  const all = microAverage(results.map((r) => r.score));
  const metaFails = results.filter((r) => r.score.metadata !== 'ok').length;
  const lines = [
    `${label} (micro, ${results.length} pages): precision ${pct(all.precision)} recall ${pct(all.recall)} F1 ${pct(all.f1)} ` +
      `category ${pct(all.categoryAccuracy)}; metadata failures on ${metaFails} page(s)`,
  ];
  const cored = results.filter((r) => r.core && r.baseline);
  if (cored.length) {
    const c = coreMicro(cored.map((r) => r.core!));
    const b = coreMicro(cored.map((r) => r.baseline!));
    lines.push(
      `  cores (${cored.length} pages): precision ${pct(c.precision)} recall ${pct(c.recall)} F1 ${pct(c.f1)}` +
        ` | whole-sentence baseline: precision ${pct(b.precision)} recall ${pct(b.recall)} F1 ${pct(b.f1)}`,
    );
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
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
  for (const s of [SCORER, CORE_SCORER])
    if (!existsSync(s)) {
      console.error(`eval: scorer not found at ${s}`);
      return 2;
    }
  const { scoreCores } = await loadCoreScorer();
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && f.includes(only) && existsSync(join(dir, f.replace(/\.html$/, '.gold.json'))))
    .sort();
  if (!pages.length) {
    console.error(`eval: no NAME.html with NAME.gold.json in ${dir}`);
    return 2;
  }
  const results: PageResult[] = [];
  let errors = 0;
  console.log(
    [
      'page'.padEnd(44),
      'P    ',
      'R    ',
      'F1   ',
      'cat  ',
      'marks/gold',
      'meta   ',
      'core P/R/F1      ',
      'whole-sentence P/R/F1',
    ].join(' '),
  );
  for (const page of pages) {
    const goldFile = join(dir, page.replace(/\.html$/, '.gold.json'));
    const coresFile = join(dir, page.replace(/\.html$/, '.cores.json'));
    try {
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { url?: string };
      const url = gold.url ?? pathToFileURL(join(dir, page)).href;
      const analysis = analyzeDocument(parseDocument(readHtml(join(dir, page))), url);
      const s = score(goldFile, JSON.stringify(analysis));
      const result: PageResult = { page, score: s };
      let details: CoreDetail[] = [];
      if (existsSync(coresFile)) {
        const cores = JSON.parse(readFileSync(coresFile, 'utf8')) as unknown;
        const scored = scoreCores(gold, cores, analysis);
        result.core = scored.report;
        details = scored.details;
        result.baseline = scoreCores(gold, cores, wholeSentenceCores(analysis)).report;
      }
      results.push(result);
      const meta = s.metadata === 'ok' ? 'ok' : `${s.metadata.length} FAIL`;
      console.log(
        [
          page.padEnd(44),
          pct(s.precision),
          pct(s.recall),
          pct(s.f1),
          pct(s.categoryAccuracy),
          `${s.marked}/${s.gold}`.padEnd(10),
          meta.padEnd(7),
          coreCell(result.core).padEnd(17),
          coreCell(result.baseline),
        ].join(' '),
      );
      if (s.metadata !== 'ok') for (const m of s.metadata) console.log(`    metadata: ${m}`);
      if (verbose) {
        for (const m of s.missed ?? []) console.log(`    missed: ${m}`);
        for (const m of s.falsePositives ?? []) console.log(`    false positive: ${m}`);
        for (const m of s.wrongCategory ?? []) console.log(`    category: ${m}`);
        for (const d of details)
          console.log(`    core p ${d.p} r ${d.r}: want ${JSON.stringify(d.want)} got ${JSON.stringify(d.got)}`);
      }
    } catch (e) {
      errors++;
      console.log(`${page.padEnd(44)} ERROR ${(e as Error).message.split('\n')[0]}`);
    }
  }
  console.log('');
  const sets = [...new Set(results.map((r) => fixtureSet(r.page)))].sort(compareSets);
  if (sets.length > 1)
    for (const set of sets)
      for (const l of summary(
        set,
        results.filter((r) => fixtureSet(r.page) === set),
      ))
        console.log(l);
  for (const l of summary('overall', results)) console.log(l);
  if (errors) return 1;
  const all = microAverage(results.map((r) => r.score));
  if (minF1 !== null && all.f1 < minF1) {
    console.error(`eval: overall F1 ${pct(all.f1)} is below --min-f1 ${minF1}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`eval: ${(e as Error).message}`);
      process.exitCode = 2;
    },
  );
}
