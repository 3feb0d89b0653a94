/**
 * Paint benchmark in real Chromium (the built extension, pages served at their real addresses):
 *
 * - content-script start -> directives painted, on the seed article and on a ≥ 100,000-character
 *   article (performance marks `hzd-start` / `hzd-painted`, which the content script sets on
 *   the document's timeline);
 * - the painting step alone: the same ranges as CSS Custom Highlights vs wrapped in <mark>
 *   elements the way mark.js does (split text nodes, one element per piece), with the layout
 *   flush that follows, as a ratio;
 * - the content script's cost on a non-article page (`hzd-start` -> `hzd-idle`).
 *
 * Page loads are timed in tabs nothing is attached to (./unattached.ts says why); the seed is
 * also loaded through Playwright once, with the DevTools protocol attached, for comparison.
 *
 * Goals: seed painted within 30 ms of script start; non-article under 2 ms. Prints figures,
 * asserts nothing. Run: `npx tsx scripts/bench/paint.ts` (after `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { bigArticleHtml } from '../../tests/e2e/support/big-article';
import { CHROME_BUILD, launchChromium } from '../../tests/e2e/support/chromium';
import { launchUnattachedChromium, withReporter, type ReportedEntry } from './unattached';
import { findMarks } from '../check-store-build';

export const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
export const BIG_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000001.html';
export const HOME_URL = 'http://www.people.com.cn/';
/** Home pages of the portal families added for issue 13: the non-article cost on each. */
const FAMILY_HOMES = [
  'https://www.cnr.cn/',
  'http://www.ce.cn/',
  'https://www.chinadaily.com.cn/',
  'http://www.china.com.cn/',
  'http://www.youth.cn/',
  'https://www.cri.cn/',
  'https://www.thepaper.cn/',
  'https://www.xuexi.cn/',
  'https://www.dzwww.com/',
];
/** Loads per family home page. */
const FAMILY_RUNS = 5;
/** Loads per page in tabs nothing is attached to (about a second each). */
const RUNS = 15;
/** Loads of the seed through Playwright, for the comparison line. */
const ATTACHED_RUNS = 7;

/** One page load as the content script's own performance entries describe it. */
export interface LoadTiming {
  /** `hzd-start` (main() called) -> end mark (`hzd-painted` or `hzd-idle`). */
  fromMainMs: number;
  /** `hzd-bundle-start` (first line of the bundle) -> end mark. */
  fromBundleMs: number;
  /**
   * The page's navigation -> end mark (the mark's own time): what main() → end mark cannot see,
   * the content script's compilation before its first line runs, is inside it (with the page's own load).
   */
  fromNavigationMs: number;
  /** Module evaluation + WXT's own start-up: `hzd-bundle-start` -> `hzd-start`. */
  bundleToMainMs: number;
  /** Module evaluation alone: `hzd-bundle-start` -> `hzd-modules-evaluated`. */
  modulesMs: number;
  /** Sum of our synchronous main-thread chunks (`hzd-task:*`) until the page settled. */
  taskSumMs: number;
  /** The same, without the chunks the script defers until after its first run (`hzd-task:deferred-*`). */
  taskSumUndeferredMs: number;
  /** Phase name -> { start after hzd-start, duration } (`hzd:*` measures, first of each). */
  phases: Record<string, { at: number; ms: number }>;
  /** Task name -> summed duration. */
  tasks: Record<string, number>;
  /** The longest single chunk before the end mark: how long the page's main thread was held at once. */
  longestTaskMs: number;
  /** The longest of all our chunks of the load, those after the end mark included (deferred work). */
  longestAnyTaskMs: number;
}

/** Per-field medians of several loads: the same shape as one load. */
export type LoadSummary = LoadTiming;

export interface PaintBenchResult {
  seed: LoadSummary;
  /** The same loads of the seed, to the skim layer's cores painted (`hzd-cores-painted`, a task after the sentences). */
  seedCores: LoadSummary;
  /** The seed reloaded in one tab: the renderer process has run the content script before. */
  seedSameTab: LoadSummary;
  /** The seed loaded through Playwright, with the DevTools protocol attached to the page. */
  seedAttached: LoadSummary;
  big: LoadSummary;
  bigChars: number;
  nonArticle: LoadSummary;
  familyHomes: { url: string; load: LoadSummary }[];
  highlightApiMs: number;
  wrapMs: number;
  wrapRatio: number;
  ranges: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function waitForMark(page: Page, mark: string): Promise<void> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 15_000 });
}

/** How long after the end mark the page is left to run deferred work (idle callbacks, replies). */
export const SETTLE_MS = 400;

/** One load's figures from the performance entries its page reported. */
export function timingFromEntries(entries: ReportedEntry[], endMark: string): LoadTiming {
  const mark = (name: string) => entries.find((e) => e.name === name && e.entryType === 'mark');
  const start = mark('hzd-start');
  const end = mark(endMark);
  if (!start || !end) throw new Error(`the page has no hzd-start or ${endMark} mark`);
  const bundle = mark('hzd-bundle-start') ?? start;
  const modules = mark('hzd-modules-evaluated') ?? start;
  const phases: LoadTiming['phases'] = {};
  const tasks: LoadTiming['tasks'] = {};
  let taskSumMs = 0;
  let taskSumUndeferredMs = 0;
  let longestTaskMs = 0;
  let longestAnyTaskMs = 0;
  for (const e of entries) {
    if (e.entryType !== 'measure') continue;
    if (e.name.startsWith('hzd-task:')) longestAnyTaskMs = Math.max(longestAnyTaskMs, e.duration);
    if (e.name.startsWith('hzd-task:') && e.startTime <= end.startTime)
      longestTaskMs = Math.max(longestTaskMs, e.duration);
    if (e.name.startsWith('hzd:')) {
      phases[e.name.slice(4)] ??= { at: e.startTime - start.startTime, ms: e.duration };
    } else if (e.name.startsWith('hzd-task:')) {
      const name = e.name.slice(9);
      tasks[name] = (tasks[name] ?? 0) + e.duration;
      taskSumMs += e.duration;
      if (!name.startsWith('deferred-')) taskSumUndeferredMs += e.duration;
    }
  }
  return {
    fromMainMs: end.startTime - start.startTime,
    fromBundleMs: end.startTime - bundle.startTime,
    fromNavigationMs: end.startTime,
    bundleToMainMs: start.startTime - bundle.startTime,
    modulesMs: modules.startTime - bundle.startTime,
    taskSumMs,
    taskSumUndeferredMs,
    phases,
    tasks,
    longestTaskMs,
    longestAnyTaskMs,
  };
}

/** The same figures read through Playwright, i.e. with the DevTools protocol attached to the page. */
async function attachedLoadTiming(page: Page, endMark: string): Promise<LoadTiming> {
  await waitForMark(page, endMark);
  await page.waitForTimeout(SETTLE_MS);
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.name.startsWith('hzd'))
      .map((e) => ({ name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration })),
  );
  return timingFromEntries(entries, endMark);
}

/** Medians over loads, field by field (a phase missing in some loads uses the loads that have it). */
export function summarize(loads: LoadTiming[]): LoadSummary {
  const phaseNames = [...new Set(loads.flatMap((l) => Object.keys(l.phases)))];
  const taskNames = [...new Set(loads.flatMap((l) => Object.keys(l.tasks)))];
  const phases: LoadSummary['phases'] = {};
  for (const name of phaseNames) {
    const have = loads.map((l) => l.phases[name]).filter((p) => p !== undefined);
    phases[name] = { at: median(have.map((p) => p.at)), ms: median(have.map((p) => p.ms)) };
  }
  const tasks: LoadSummary['tasks'] = {};
  for (const name of taskNames) tasks[name] = median(loads.map((l) => l.tasks[name] ?? 0));
  return {
    fromMainMs: median(loads.map((l) => l.fromMainMs)),
    fromBundleMs: median(loads.map((l) => l.fromBundleMs)),
    fromNavigationMs: median(loads.map((l) => l.fromNavigationMs)),
    bundleToMainMs: median(loads.map((l) => l.bundleToMainMs)),
    modulesMs: median(loads.map((l) => l.modulesMs)),
    taskSumMs: median(loads.map((l) => l.taskSumMs)),
    taskSumUndeferredMs: median(loads.map((l) => l.taskSumUndeferredMs)),
    longestTaskMs: median(loads.map((l) => l.longestTaskMs)),
    longestAnyTaskMs: median(loads.map((l) => l.longestAnyTaskMs)),
    phases,
    tasks,
  };
}

/** Paints the page's current highlight ranges again, once with the API and once by wrapping. */
function comparePainting(page: Page): Promise<{ api: number; wrap: number; ranges: number }> {
  return page.evaluate(() => {
    type Registry = Map<string, Set<Range>>;
    const registry = (CSS as unknown as { highlights: Registry }).highlights;
    const layers = [...registry.entries()].map(([name, h]) => ({ name, ranges: [...h] }));
    const all = layers.flatMap((l) => l.ranges);
    const HighlightCtor = (window as unknown as { Highlight: new (...r: Range[]) => object }).Highlight;

    // 1. Custom Highlight API: one registry write per layer, then the layout flush.
    registry.clear();
    void document.body.offsetHeight;
    let t = performance.now();
    for (const l of layers) registry.set(l.name, new HighlightCtor(...l.ranges) as unknown as Set<Range>);
    void document.body.offsetHeight;
    const api = performance.now() - t;

    // 2. mark.js-style: last range first (earlier ranges stay valid), split text nodes, wrap each piece.
    const ordered = [...all].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    t = performance.now();
    for (let i = ordered.length - 1; i >= 0; i--) {
      const range = ordered[i]!;
      const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      if (range.commonAncestorContainer.nodeType === 3) nodes.push(range.commonAncestorContainer as Text);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
      for (let k = nodes.length - 1; k >= 0; k--) {
        let node = nodes[k]!;
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.data.length;
        if (to <= from) continue;
        if (to < node.data.length) node.splitText(to);
        if (from > 0) node = node.splitText(from);
        const mark = document.createElement('mark');
        node.parentNode!.insertBefore(mark, node);
        mark.appendChild(node);
      }
    }
    void document.body.offsetHeight;
    const wrap = performance.now() - t;
    return { api, wrap, ranges: all.length };
  });
}

export async function runPaintBench(): Promise<PaintBenchResult> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json')))
    throw new Error('no extension build: run `npm run build` first');
  if (!findMarks([CHROME_BUILD]).length)
    throw new Error('this build makes no performance marks (a store build from `npm run zip`?): run `npm run build`');
  const server = await startFixtureServer();
  const bigPage = bigArticleHtml();
  const fixture = (url: string) => readFileSync(server.fixtureUrls().get(url)!, 'utf8');
  server.route(SEED_URL, { body: withReporter(fixture(SEED_URL), 'hzd-painted', SETTLE_MS) });
  server.route(BIG_URL, { body: withReporter(bigPage.html, 'hzd-painted', SETTLE_MS) });
  server.route(HOME_URL, { body: withReporter(fixture(HOME_URL), 'hzd-idle', SETTLE_MS) });
  for (const url of FAMILY_HOMES) server.route(url, { body: withReporter(fixture(url), 'hzd-idle', SETTLE_MS) });
  try {
    // 1. The figures: tabs nothing is attached to, as a reader's are.
    const unattached = await launchUnattachedChromium(
      server,
      [new URL(SEED_URL).origin, new URL(HOME_URL).origin, ...FAMILY_HOMES.map((u) => new URL(u).origin)],
      { extraArgs: ['--ignore-certificate-errors'] },
    ); // HTTPS portals: the fixture server's test certificate
    let seed: LoadSummary, seedCores: LoadSummary, seedSameTab: LoadSummary, big: LoadSummary, nonArticle: LoadSummary;
    const familyHomes: { url: string; load: LoadSummary }[] = [];
    try {
      const timeOpen = async (url: string, mark: string) => {
        const loads: LoadTiming[] = [];
        for (let i = 0; i < RUNS; i++) loads.push(timingFromEntries(await unattached.load(url), mark));
        return summarize(loads);
      };
      await unattached.load(SEED_URL); // warm-up: the first page also wakes the service worker
      const seedLoads: Awaited<ReturnType<typeof unattached.load>>[] = [];
      for (let i = 0; i < RUNS; i++) seedLoads.push(await unattached.load(SEED_URL));
      seed = summarize(seedLoads.map((entries) => timingFromEntries(entries, 'hzd-painted')));
      seedCores = summarize(seedLoads.map((entries) => timingFromEntries(entries, 'hzd-cores-painted')));
      const sameTab = await unattached.loadInOneTab(SEED_URL, RUNS + 1);
      seedSameTab = summarize(sameTab.slice(1).map((entries) => timingFromEntries(entries, 'hzd-painted')));
      big = await timeOpen(BIG_URL, 'hzd-painted');
      nonArticle = await timeOpen(HOME_URL, 'hzd-idle');
      for (const url of FAMILY_HOMES) {
        const loads: LoadTiming[] = [];
        for (let i = 0; i < FAMILY_RUNS; i++) loads.push(timingFromEntries(await unattached.load(url), 'hzd-idle'));
        familyHomes.push({ url, load: summarize(loads) });
      }
    } finally {
      await unattached.close();
    }

    // 2. Through Playwright: the seed again with the DevTools protocol attached (for comparison
    //    with figures taken that way), and the painting step alone on the big article.
    const browser = await launchChromium(server);
    try {
      const warm = await browser.context.newPage();
      await warm.goto(SEED_URL);
      await waitForMark(warm, 'hzd-painted');
      await warm.close();
      const attachedLoads: LoadTiming[] = [];
      for (let i = 0; i < ATTACHED_RUNS; i++) {
        const page = await browser.context.newPage();
        await page.goto(SEED_URL);
        attachedLoads.push(await attachedLoadTiming(page, 'hzd-painted'));
        await page.close();
      }
      const seedAttached = summarize(attachedLoads);

      const apis: number[] = [];
      const wraps: number[] = [];
      let ranges = 0;
      for (let i = 0; i < 3; i++) {
        const page = await browser.context.newPage();
        await page.goto(BIG_URL);
        await waitForMark(page, 'hzd-painted');
        const r = await comparePainting(page);
        apis.push(r.api);
        wraps.push(r.wrap);
        ranges = r.ranges;
        await page.close();
      }
      const highlightApiMs = median(apis);
      const wrapMs = median(wraps);
      return {
        seed,
        seedSameTab,
        seedCores,
        seedAttached,
        big,
        bigChars: bigPage.chars,
        nonArticle,
        familyHomes,
        highlightApiMs,
        wrapMs,
        wrapRatio: wrapMs / Math.max(highlightApiMs, 0.001),
        ranges,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

function printLoad(title: string, l: LoadSummary, endLabel: string, goal: string): void {
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`${title}`);
  console.log(`  main() -> ${endLabel}          ${ms(l.fromMainMs)}   ${goal}`);
  console.log(
    `  bundle start -> ${endLabel}    ${ms(l.fromBundleMs)}   (module evaluation + WXT start-up ${ms(l.bundleToMainMs)}, of which modules ${ms(l.modulesMs)})`,
  );
  console.log(
    `  our synchronous main-thread chunks: ${ms(l.taskSumMs)} in all, ${ms(l.taskSumUndeferredMs)} not counting deferred ones ` +
      `(${Object.entries(l.tasks)
        .map(([n, d]) => `${n} ${d.toFixed(2)}`)
        .join(', ')})`,
  );
  console.log(
    `  longest single chunk until ${endLabel}: ${ms(l.longestTaskMs)}; of all the load's chunks (deferred ones after it included): ${ms(l.longestAnyTaskMs)}`,
  );
  const rows = Object.entries(l.phases).sort((a, b) => a[1].at - b[1].at);
  for (const [name, p] of rows)
    console.log(`    ${name.padEnd(24)} at ${p.at.toFixed(2).padStart(7)}  took ${ms(p.ms)}`);
}

function print(r: PaintBenchResult): void {
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `paint (Chromium, median of ${RUNS} loads in tabs nothing is attached to; phases are performance.measure entries, "at" = ms after main())`,
  );
  printLoad('seed article, each load in a new tab', r.seed, 'painted', '(goal ≤ 30 ms)');
  console.log(
    `  the same loads to the skim layer's cores painted: main() -> cores painted ${ms(r.seedCores.fromMainMs)} (goal ≤ 30 ms), ` +
      `coring ${ms(r.seedCores.tasks['cores-slice'] ?? NaN)} in all`,
  );
  console.log(
    `  reloaded in the same tab (its renderer process has run the script before, as when the reader opens the next article in the tab): ` +
      `main() -> painted ${ms(r.seedSameTab.fromMainMs)}, detect ${ms(r.seedSameTab.phases['detect-article']?.ms ?? NaN)}, ` +
      `directives ${ms(r.seedSameTab.phases['find-directives']?.ms ?? NaN)}`,
  );
  console.log(
    `  the same page through Playwright, DevTools protocol attached (median of ${ATTACHED_RUNS}): ` +
      `main() -> painted ${ms(r.seedAttached.fromMainMs)}, bundle start -> main() ${ms(r.seedAttached.bundleToMainMs)}, ` +
      `detect ${ms(r.seedAttached.phases['detect-article']?.ms ?? NaN)}, directives ${ms(r.seedAttached.phases['find-directives']?.ms ?? NaN)}`,
  );
  printLoad(`${r.bigChars.toLocaleString('en')}-char article`, r.big, 'painted', '');
  printLoad('non-article page (people.com.cn home)', r.nonArticle, 'dismissed', '');
  console.log(
    `  non-article cost = our synchronous chunks, not counting those deferred to idle time (reader-highlights start; the report and the late-article watcher): ${ms(r.nonArticle.taskSumUndeferredMs)} (goal < 2 ms); ` +
      `with them: ${ms(r.nonArticle.taskSumMs)}`,
  );
  console.log(`home pages of the added portal families (median of ${FAMILY_RUNS} loads each; goal < 2 ms):`);
  for (const { url, load } of r.familyHomes)
    console.log(
      `  ${url.padEnd(34)} non-article cost ${ms(load.taskSumUndeferredMs)}, with deferred ${ms(load.taskSumMs)}; main() -> dismissed ${ms(load.fromMainMs)}`,
    );
  console.log(`painting ${r.ranges} ranges of the big article, incl. layout flush:`);
  console.log(`  CSS Custom Highlight API  ${ms(r.highlightApiMs)}`);
  console.log(`  wrapping (mark.js-style)  ${ms(r.wrapMs)}   = ${r.wrapRatio.toFixed(1)}× the API`);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  runPaintBench().then(print, (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
