/**
 * Odd and hostile pages in Chromium with the built extension: how long the content script holds the page's
 * main thread at once on each (tests/unit/article/odd-pages.ts: 200,000 <br>s, 50,000 sibling <div>s, nesting
 * 5,000 deep, a 2 MB text node, 10,000 tiny <p>s), served at an address that says nothing (the pre-check
 * decides) and at a dated article address (detection runs whatever the pre-check would say).
 *
 *   npx tsx scripts/bench/odd-pages.ts [DIR] [loads] [--only NAME,NAME]   (DIR: a chrome-mv3 build: `npm run build`)
 *
 * Per page, medians of the loads: main() → the end mark (painted, or idle for a page that is no article), the
 * longest of our main-thread chunks (`hzd-task:*`) before it and of the whole load, their count and sum, and
 * the phases (`hzd:` measures) of detection and those that took 5 ms or more; with HZD_LONG_CHUNKS=1 each load's
 * chunks of 30 ms or more, in order. Prints figures, asserts nothing.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD } from '../../tests/e2e/support/chromium';
import { ODD_PAGES } from '../../tests/unit/article/odd-pages';
import { launchUnattachedChromium, withReporter, type ReportedEntry } from './unattached';
import { median } from './analysis-measure';

/** A portal's host (the content script runs there unasked), with no site adapter of its own. */
const HOST = 'http://odd.gov.cn';
/** Long enough for a sliced detection and analysis of megabytes of text to finish after the end mark. */
const SETTLE_MS = 3_000;
const END_MARKS = ['hzd-painted', 'hzd-idle'];

interface Figures {
  end: string;
  toEndMs: number;
  longestBeforeEndMs: number;
  longestMs: number;
  /** Which of our chunks was the longest (its `hzd-task:` name). */
  longestName: string;
  chunks: number;
  chunkSumMs: number;
  phases: Record<string, number>;
  /** Our chunks of 30 ms or more, in order: `name ms`. */
  long: string[];
}

function figuresOf(entries: ReportedEntry[]): Figures {
  const mark = (name: string) => entries.find((e) => e.name === name && e.entryType === 'mark');
  const start = mark('hzd-start');
  const end = END_MARKS.map(mark).find(Boolean);
  if (!start || !end) throw new Error('no hzd-start or end mark');
  const f: Figures = {
    end: end.name.slice(4),
    toEndMs: end.startTime - start.startTime,
    longestBeforeEndMs: 0,
    longestMs: 0,
    longestName: '',
    chunks: 0,
    chunkSumMs: 0,
    phases: {},
    long: [],
  };
  for (const e of entries) {
    if (e.entryType !== 'measure') continue;
    if (e.name.startsWith('hzd-task:')) {
      f.chunks++;
      f.chunkSumMs += e.duration;
      if (e.duration > f.longestMs) [f.longestMs, f.longestName] = [e.duration, e.name.slice(9)];
      if (e.duration >= 30) f.long.push(`${e.name.slice(9)} ${e.duration.toFixed(0)}`);
      if (e.startTime <= end.startTime) f.longestBeforeEndMs = Math.max(f.longestBeforeEndMs, e.duration);
    } else if (e.name.startsWith('hzd:')) {
      f.phases[e.name.slice(4)] = (f.phases[e.name.slice(4)] ?? 0) + e.duration;
    }
  }
  return f;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1]!.split(',') : null;
  const [dir = CHROME_BUILD, runs = '3'] = args;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build in ${dir}`);
  const server = await startFixtureServer();
  const urls: [string, string][] = [];
  const warmUp = `${HOST}/warm-up`;
  server.route(warmUp, { body: withReporter('<html><body><p>x</p></body></html>', END_MARKS, 0) });
  for (const [name, html] of Object.entries(ODD_PAGES)) {
    if (only && !only.includes(name)) continue;
    const body = withReporter(html(), END_MARKS, SETTLE_MS);
    for (const url of [`${HOST}/${name}`, `${HOST}/2024/01/02/${name}.html`]) {
      server.route(url, { body });
      urls.push([name, url]);
    }
  }
  const browser = await launchUnattachedChromium(server, [HOST], { extensionDir: resolve(dir), timeoutMs: 120_000 });
  const load0 = loadavg()[0]!;
  const ms = (x: number) => x.toFixed(1).padStart(7);
  try {
    await browser.load(warmUp); // wakes the service worker
    for (const [name, url] of urls) {
      const loads: Figures[] = [];
      let failure = '';
      for (let i = 0; i < Number(runs); i++) {
        try {
          loads.push(figuresOf(await browser.load(url)));
        } catch (e) {
          failure = e instanceof Error ? e.message : String(e);
        }
      }
      const where = url.includes('/2024/') ? 'article address' : 'plain address';
      if (!loads.length) {
        console.log(`${name.padEnd(12)} ${where.padEnd(16)} ${failure}`);
        continue;
      }
      const med = (f: (l: Figures) => number) => ms(median(loads.map(f)));
      // The phases that took a while (all of detection's, whatever they took).
      const phases = [...new Set(loads.flatMap((l) => Object.keys(l.phases)))]
        .filter((p) => /detect|looks-like/.test(p) || median(loads.map((l) => l.phases[p] ?? 0)) >= 5)
        .map((p) => `${p} ${med((l) => l.phases[p] ?? 0).trim()}`)
        .join(', ');
      console.log(
        `${name.padEnd(12)} ${where.padEnd(16)} ${loads[0]!.end.padEnd(7)} main() → end ${med((l) => l.toEndMs)} ms; ` +
          `longest chunk before it ${med((l) => l.longestBeforeEndMs)}, of the load ${med((l) => l.longestMs)} (${loads[0]!.longestName}); ` +
          `${med((l) => l.chunks).trim()} chunks, ${med((l) => l.chunkSumMs).trim()} ms in all | ${phases}` +
          (failure ? ` (${Number(runs) - loads.length} loads failed: ${failure})` : ''),
      );
      if (process.env.HZD_LONG_CHUNKS) for (const l of loads) console.log(`    chunks ≥ 30 ms: ${l.long.join(', ')}`);
    }
    console.log(`(${runs} loads each, medians; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}, ${dir})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
