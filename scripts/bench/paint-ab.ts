/**
 * A/B of the page-load figures of two builds in one run: `npx tsx scripts/bench/paint-ab.ts
 * <dir A> <dir B> [loads] [--only seed|101k|non-article]` (each dir a chrome-mv3 build, e.g. a
 * copy of .output/chrome-mv3 made before a change; `--only` loads that page alone). One
 * unattached Chromium per build (./unattached.ts); loads alternate A, B, A, B… so both see the
 * same machine. Prints medians side by side; asserts nothing. "navigation → end mark" (the end
 * mark's own time) also holds what main() → end mark cannot see: the content script's compilation
 * before its first line runs (a change that moves work there shows in it), with the page's load.
 * For a diagnosis, `HZD_CHROMIUM_ARGS_A` / `HZD_CHROMIUM_ARGS_B` add one switch to that slot's
 * Chromium (e.g. `--js-flags=--no-maglev`: what V8's tier-up costs; swap the slots too). Where the
 * time goes and an A/B of main-thread CPU, which the load moves far less: ./paint-trace.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { bigArticleHtml } from '../../tests/e2e/support/big-article';
import { launchUnattachedChromium, withReporter } from './unattached';
import { findMarks } from '../check-store-build';
import {
  BIG_URL,
  HOME_URL,
  SEED_URL,
  SETTLE_MS,
  summarize,
  timingFromEntries,
  type LoadSummary,
  type LoadTiming,
} from './paint';

/** The diagnostic switch of slot A or B, if any (see above). */
const slotArgs = (slot: 'A' | 'B'): string[] => {
  const arg = process.env[`HZD_CHROMIUM_ARGS_${slot}`];
  return arg ? [arg] : [];
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
  if (only !== undefined && !['seed', '101k', 'non-article'].includes(only))
    throw new Error('--only takes seed, 101k or non-article');
  const [a, b, runs = '11'] = args;
  if (!a || !b) throw new Error('usage: paint-ab.ts <chrome-mv3 dir A> <chrome-mv3 dir B> [loads]');
  for (const dir of [a, b])
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build in ${dir}`);
  for (const dir of [a, b])
    if (!findMarks([dir]).length) throw new Error(`${dir} makes no performance marks: build it with \`npm run build\``);
  const loads = Number(runs);
  const server = await startFixtureServer();
  const fixture = (url: string) => readFileSync(server.fixtureUrls().get(url)!, 'utf8');
  server.route(SEED_URL, { body: withReporter(fixture(SEED_URL), 'hzd-painted', SETTLE_MS) });
  server.route(BIG_URL, { body: withReporter(bigArticleHtml().html, 'hzd-painted', SETTLE_MS) });
  server.route(HOME_URL, { body: withReporter(fixture(HOME_URL), 'hzd-idle', SETTLE_MS) });
  const hosts = [new URL(SEED_URL).origin, new URL(HOME_URL).origin];
  const browsers = [
    await launchUnattachedChromium(server, hosts, { extensionDir: resolve(a), extraArgs: slotArgs('A') }),
    await launchUnattachedChromium(server, hosts, { extensionDir: resolve(b), extraArgs: slotArgs('B') }),
  ];
  try {
    for (const browser of browsers) await browser.load(SEED_URL); // warm-up: wakes the service worker
    const rows: [string, string, (s: LoadSummary) => number][] = [];
    const results: Record<string, [LoadSummary, LoadSummary]> = {};
    /** main() → the skim layer's cores painted on the seed, where a build paints them (`hzd-cores-painted`). */
    const cores: [LoadTiming[], LoadTiming[]] = [[], []];
    for (const [name, url, mark] of [
      ['seed', SEED_URL, 'hzd-painted'],
      ['101k article', BIG_URL, 'hzd-painted'],
      ['non-article', HOME_URL, 'hzd-idle'],
    ] as const) {
      if (only && !name.startsWith(only)) continue;
      const timings: [LoadTiming[], LoadTiming[]] = [[], []];
      for (let i = 0; i < loads; i++)
        for (const k of [0, 1] as const) {
          const entries = await browsers[k]!.load(url);
          timings[k].push(timingFromEntries(entries, mark));
          if (name === 'seed' && entries.some((e) => e.name === 'hzd-cores-painted'))
            cores[k].push(timingFromEntries(entries, 'hzd-cores-painted'));
        }
      results[name] = [summarize(timings[0]), summarize(timings[1])];
    }
    rows.push(
      ['main() → end mark', 'ms', (s) => s.fromMainMs],
      ['bundle start → end mark', 'ms', (s) => s.fromBundleMs],
      ['navigation → end mark', 'ms', (s) => s.fromNavigationMs],
      ['module evaluation', 'ms', (s) => s.modulesMs],
      ['our chunks, not deferred', 'ms', (s) => s.taskSumUndeferredMs],
      ['our chunks, all', 'ms', (s) => s.taskSumMs],
      ['longest chunk', 'ms', (s) => s.longestTaskMs],
      ['longest chunk, deferred too', 'ms', (s) => s.longestAnyTaskMs],
    );
    console.log(`paint A/B, median of ${loads} alternating loads each (A = ${a}, B = ${b})`);
    for (const [name, [sa, sb]] of Object.entries(results)) {
      console.log(name);
      for (const [label, unit, get] of rows)
        console.log(
          `  ${label.padEnd(26)} A ${get(sa).toFixed(2).padStart(7)} ${unit}   B ${get(sb).toFixed(2).padStart(7)} ${unit}`,
        );
      const phases = [...new Set([...Object.keys(sa.phases), ...Object.keys(sb.phases)])].sort();
      for (const p of phases)
        console.log(
          `    phase ${p.padEnd(20)} A ${(sa.phases[p]?.ms ?? NaN).toFixed(2).padStart(7)} ms   B ${(sb.phases[p]?.ms ?? NaN).toFixed(2).padStart(7)} ms`,
        );
      if (name === 'seed') {
        const fromMain = (k: 0 | 1) =>
          cores[k].length ? `${summarize(cores[k]).fromMainMs.toFixed(2).padStart(7)} ms` : '    n/a   ';
        console.log(`  ${'main() → cores painted'.padEnd(26)} A ${fromMain(0)}   B ${fromMain(1)}`);
      }
      const tasks = [...new Set([...Object.keys(sa.tasks), ...Object.keys(sb.tasks)])].sort();
      for (const t of tasks)
        console.log(
          `    task ${t.padEnd(21)} A ${(sa.tasks[t] ?? 0).toFixed(2).padStart(7)} ms   B ${(sb.tasks[t] ?? 0).toFixed(2).padStart(7)} ms`,
        );
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
