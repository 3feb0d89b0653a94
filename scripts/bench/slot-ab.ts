/**
 * First renders (and optionally search keystrokes) of several builds on the SAME library, A/B
 * in one run: each build is copied in turn to one extension folder (the extension's id comes
 * from its folder, and a profile's database belongs to that id) and started on a fresh copy of
 * one seeded profile, in alternating order (ABBA…). So neither the profile's on-disk state nor
 * the order of the builds differs between them, which `scale.ts --before` (a profile per build,
 * the before build always first) cannot promise for differences of a few ms.
 *
 * Figures per build: the medians over every round of the first render of the popup's All
 * highlights and This page and of the library page (`scale.ts`'s figures: navigation start → the
 * list with its data) and of the page's main-thread CPU until then (CDP `ThreadTime`: what
 * waiting for a core on a loaded machine does not inflate), and with `--keys` the search
 * keystrokes of `popup.ts`'s queries as scale.ts types them (worst / median, input event → list
 * laid out).
 *
 * Run: npx tsx scripts/bench/slot-ab.ts [--rounds N] [--opens N] [--keys] [--master DIR] BUILD...
 * The master profile (default $TMPDIR/hzd-slot/master) is seeded with scale.ts's 100,000
 * highlights by import messages the first time (a minute or two). Figures are printed, never asserted.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/server';
import { launchChromium, type ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { askExtension as ask } from '../../tests/e2e/support/ask';
import { BENCH_QUERIES, dataNumber, makeLibrary, openAtPopupSize, typeQueries } from './popup';

const VIEWS = [
  ['popup All highlights', 'popup.html?view=all'],
  ['popup This page', 'popup.html'],
  ['library page', 'library.html'],
] as const;

const argOf = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const rounds = Number(argOf('--rounds') ?? 2);
const opens = Number(argOf('--opens') ?? 5);
const withKeys = process.argv.includes('--keys');
const base = join(tmpdir(), 'hzd-slot');
const master = resolve(argOf('--master') ?? join(base, 'master'));
const slot = join(base, 'chrome-mv3');
const flagged = new Set(['--rounds', '--opens', '--master'].map((f) => argOf(f)));
const builds = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--') && !flagged.has(a))
  .map((b) => resolve(b));
if (!builds.length) throw new Error('usage: slot-ab.ts [--rounds N] [--opens N] [--keys] [--master DIR] BUILD...');

/** The median of the figures there are (an open that never rendered is NaN, counted apart). */
const median = (all: number[]) => {
  const xs = all.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return xs.length ? xs[Math.floor(xs.length / 2)]! : NaN;
};
const failed = (xs: number[]) => xs.filter((x) => Number.isNaN(x)).length;
const f1 = (n: number) => n.toFixed(1);
const load = () => loadavg()[0]!.toFixed(2);

async function inSlot<T>(
  server: FixtureServer,
  build: string,
  profile: string,
  run: (b: ExtensionBrowser) => Promise<T>,
) {
  rmSync(slot, { recursive: true, force: true });
  cpSync(build, slot, { recursive: true });
  const browser = await launchChromium(server, { extensionDir: slot, userDataDir: profile, keepProfile: true });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

async function seedMaster(server: FixtureServer, build: string) {
  mkdirSync(master, { recursive: true });
  await inSlot(server, build, master, async (browser) => {
    const page = await browser.openExtensionPage('options.html');
    const records = makeLibrary(10_000);
    for (let i = 0; i < records.length; i += 5000)
      await ask(page, { type: 'highlights/import', records: records.slice(i, i + 5000) });
    await page.close();
  });
}

async function measure(browser: ExtensionBrowser) {
  await browser.stopServiceWorker();
  const open = (path: string) => openAtPopupSize(browser, path);
  await (await open('popup.html?view=all')).close(); // warm-up: bundle cache, worker start
  const times = new Map<string, number[]>();
  const add = (name: string, x: number) => times.set(name, [...(times.get(name) ?? []), x]);
  for (let i = 0; i < opens; i++)
    for (const [name, path] of VIEWS) {
      // The page's main thread CPU from before it loads to its first render (what waits for a core does not inflate).
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 420, height: 580 });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const cpu = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
      const t0 = await cpu();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      add(name, await dataNumber(page, 'renderMs', 20_000).catch(() => NaN));
      add(`${name} CPU`, (await cpu()) * 1000 - t0 * 1000);
      await cdp.detach();
      await page.close();
    }
  let keys: number[] = [];
  if (withKeys) {
    const popup = await open('popup.html?view=all');
    await dataNumber(popup, 'renderMs', 60_000);
    keys = await typeQueries(popup, BENCH_QUERIES, 200);
    await popup.close();
  }
  return { times, keys };
}

const server = await startFixtureServer();
try {
  if (!existsSync(master)) await seedMaster(server, builds[0]!);
  const all = new Map(builds.map((b) => [b, { times: new Map<string, number[]>(), keys: [] as number[] }]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const build of order) {
      const profile = join(base, 'run');
      rmSync(profile, { recursive: true, force: true });
      cpSync(master, profile, { recursive: true });
      // The worker registered afresh from this build's files, not the master's cached copy.
      rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
      const at = load();
      const got = await inSlot(server, build, profile, measure);
      // A session where a page never rendered is left out of the medians: seen now and then at
      // load 11–14 with either build (This page waiting 20 s for its tab's state, every page's
      // CPU up too; cause not found).
      const broken = [...got.times.values()].some((xs) => failed(xs) > 0);
      const mine = all.get(build)!;
      if (!broken) {
        for (const [name, xs] of got.times) mine.times.set(name, [...(mine.times.get(name) ?? []), ...xs]);
        mine.keys.push(...got.keys);
      }
      console.log(
        `round ${r + 1} (load ${at}) ${build}: ${[...got.times].map(([n, xs]) => `${n} ${f1(median(xs))}${failed(xs) ? ` (${failed(xs)} never rendered)` : ''}`).join(', ')}${
          broken ? ' (left out)' : ''
        }${got.keys.length ? `; keys worst / median ${f1(Math.max(...got.keys))} / ${f1(median(got.keys))}` : ''}`,
      );
    }
  }
  console.log(`\nuptime ${loadavg().map(f1).join(' ')}; medians over ${rounds} rounds × ${opens} opens (ms)`);
  for (const [build, { times, keys }] of all)
    console.log(
      `  ${build}: ${[...times].map(([n, xs]) => `${n} ${f1(median(xs))}`).join(', ')}${
        keys.length ? `; keystroke worst / median ${f1(Math.max(...keys))} / ${f1(median(keys))} (${keys.length})` : ''
      }`,
    );
} finally {
  await server.close();
}
