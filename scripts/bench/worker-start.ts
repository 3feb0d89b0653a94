/**
 * Service-worker cold start → first reply to `page/report`, in Chromium.
 *
 * The worker is stopped (DevTools `ServiceWorker.stopAllWorkers`, what Chrome does to an idle
 * worker); then the content script of an open seed page sends its page report. The time from
 * sending to the reply covers starting the worker, evaluating the background bundle, opening
 * the library and answering — what a reader waits for before the page's own highlights come.
 * Measured with an empty library, with 10,000 highlights on 1,000 pages (popup.ts's), and with
 * those and server sync set up (to a pouchdb-server: PouchDB is then loaded by the first sync
 * round, not by the start). Also prints the background bundle's size.
 *
 * `--before DIR` measures an earlier build too (e.g. `.output/chrome-mv3` of an older commit),
 * alternating the two in one run. Figures are printed, never asserted.
 * Builds made with WXT_PERF_MARKS=on (npm run build) also print when each step of the start
 * happened (the marks of entrypoints/background), the worker's own start first.
 * Run: npm run build && npx tsx scripts/bench/worker-start.ts [--before DIR] [--runs N]
 */
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, contentWorld, launchChromium, type ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { SEED_URL } from '../../tests/e2e/support/seed';
import { startCouch, startPassThroughProxy, type CouchServer } from '../../tests/e2e/support/couch';
import { makeLibrary } from './popup';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const BATCH = 5000;

interface Subject {
  label: string;
  browser: ExtensionBrowser;
  page: Page;
  world: Awaited<ReturnType<typeof contentWorld>>;
}

interface Setup {
  records: number;
  /** Server sync set up to this pouchdb-server (plain, no passphrase). */
  couch?: CouchServer;
}

async function open(server: FixtureServer, label: string, extensionDir: string, setup: Setup): Promise<Subject> {
  const { records } = setup;
  const browser = await launchChromium(server, { extensionDir });
  if (records > 0) {
    const library = makeLibrary().slice(0, records);
    const seed = await browser.openExtensionPage('library.html');
    for (let i = 0; i < library.length; i += BATCH) {
      const reply = (await seed.evaluate(
        (batch) => chrome.runtime.sendMessage({ type: 'highlights/import', records: batch }),
        library.slice(i, i + BATCH),
      )) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(`seeding ${label}: ${reply.error}`);
    }
    if (setup.couch) {
      const reply = (await seed.evaluate((server) => chrome.runtime.sendMessage({ type: 'sync/configure', server }), {
        url: setup.couch.url,
        db: `start-${label.replace(/\W/g, '')}`,
        ...setup.couch.admin,
        passphrase: '',
      })) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(`server sync for ${label}: ${reply.error}`);
    }
    await seed.close();
  }
  const page = await browser.context.newPage();
  await page.goto(SEED_URL);
  const world = await contentWorld(browser, page);
  return { label, browser, page, world };
}

const REPORT = {
  url: SEED_URL,
  title: '提能善为',
  isArticle: true,
  article: null,
  counts: { heading: 0, obligation: 1, prohibition: 0, target: 0, emphasis: 0 },
  orphans: 0,
};

/** The background's start-up marks (WXT_PERF_MARKS builds), in the order they are made. */
const STEPS = [
  'hzd-bg-eval',
  'hzd-bg-main',
  'hzd-bg-listening',
  'hzd-bg-db-open',
  'hzd-bg-loaded',
  'hzd-bg-first-reply',
];

interface Cold {
  ms: number;
  /** The worker's start (its time origin), each of STEPS it marked, the reply's arrival: ms after the send. */
  steps: Map<string, number>;
}

/** Stops the worker, then times one page report from the content script (ms). */
async function coldReply(s: Subject): Promise<Cold> {
  await s.browser.stopServiceWorker();
  const { ms, sent } = await s.world.run<{ ms: number; sent: number }>(`(async () => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'page/report', page: REPORT })});
    if (!reply || !reply.ok) throw new Error(JSON.stringify(reply));
    return { ms: performance.now() - t0, sent: performance.timeOrigin + t0 };
  })()`);
  const worker = await s.browser.worker();
  const seen = await worker.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
  }));
  const steps = new Map<string, number>([['worker started', seen.origin - sent]]);
  for (const [name, at] of seen.marks) if (STEPS.includes(name)) steps.set(name, seen.origin + at - sent);
  if (steps.size > 1) steps.set('reply arrived', ms);
  return { ms, steps };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runWorkerStartBench(before: string | null): Promise<void> {
  const builds: [string, string][] = [['this build', CHROME_BUILD]];
  if (before) builds.unshift(['before', before]);
  for (const [, dir] of builds)
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build at ${dir}`);
  for (const [label, dir] of builds) {
    const size = (name: string) => (existsSync(join(dir, name)) ? statSync(join(dir, name)).size / 1024 : 0);
    const lazy = size('pouchdb.js');
    console.log(
      `background bundle, ${label}: background.js ${size('background.js').toFixed(1)} KB${lazy ? ` (+ pouchdb.js ${lazy.toFixed(1)} KB, loaded only by server sync)` : ''}`,
    );
  }
  const fixtures = await startFixtureServer();
  const couch = await startCouch();
  const pass = await startPassThroughProxy(fixtures.proxy, couch);
  const server = { ...fixtures, proxy: pass.proxy };
  try {
    for (const setup of [{ records: 0 }, { records: 10_000 }, { records: 10_000, couch }] as Setup[]) {
      const records = setup.records;
      const subjects: Subject[] = [];
      for (const [label, dir] of builds) subjects.push(await open(server, label, dir, setup));
      const times = new Map(subjects.map((s) => [s.label, [] as Cold[]]));
      for (const s of subjects) await coldReply(s); // warm-up: the disk cache of the bundle
      for (let i = 0; i < RUNS; i++) for (const s of subjects) times.get(s.label)!.push(await coldReply(s));
      console.log(
        `worker cold start -> first reply to page/report, ${records.toLocaleString('en')} highlights${setup.couch ? ', server sync set up' : ''} (median of ${RUNS}; load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')})`,
      );
      for (const s of subjects) {
        const cold = times.get(s.label)!;
        const t = cold.map((c) => c.ms);
        console.log(
          `  ${s.label.padEnd(10)} median ${median(t).toFixed(1)} ms (min ${Math.min(...t).toFixed(1)}, max ${Math.max(...t).toFixed(1)})   (goal < 50 ms)`,
        );
        const steps = [...(cold[0]?.steps.keys() ?? [])];
        if (steps.length > 1)
          console.log(
            `    median ms after the send: ${steps.map((k) => `${k.replace('hzd-bg-', '')} ${median(cold.map((c) => c.steps.get(k) ?? NaN)).toFixed(1)}`).join(', ')}`,
          );
      }
      for (const s of subjects) await s.browser.close();
    }
  } finally {
    await pass.close();
    await couch.close();
    await fixtures.close();
  }
}

const arg = process.argv.indexOf('--before');
runWorkerStartBench(arg > 0 ? resolve(process.argv[arg + 1] ?? '') : null).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
