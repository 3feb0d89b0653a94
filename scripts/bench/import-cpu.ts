/**
 * Where an import's CPU goes, across processes: imports the 100k W3C file in the library page
 * and reads, from /proc, the CPU time (user + system) of every thread of the browser's process
 * tree before and after, summed by process type and thread name. Linux only. Figures printed.
 * `--timeline`: also when the page's report changed (each batch handed over, the end): how long
 * the first batch takes to parse, the pace of the writer, the tail after the last batch.
 * `--files keyed,reader,reader,keyed`: the files imported, in this order, into each build (default
 * `keyed`): `keyed` is makeLibrary's (ids and addresses in key order), `reader` the same library
 * with random v4 ids and pages shuffled (reader-order.ts), as a real export has them.
 * `--again`: each file is imported once before it is measured, in the same browser: the measured
 * import goes into a library that holds it already (a backup restored over the library: every
 * batch reads its ids and pages, nothing is new).
 * `--onto N`: the measured import goes into a library of N other records (the bench's first pages
 * under other addresses), stored before by import messages, with the worker stopped after (a
 * writer that knows nothing of what is stored, as after any restart).
 * Run: npx tsx scripts/bench/import-cpu.ts [DIR ...] [--timeline] [--files keyed,reader] [--again] [--onto N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toW3CJson } from '@/utils/export/w3c';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, launchChromium } from '../../tests/e2e/support/chromium';
import { makeLibrary } from './popup';
import { inReaderOrder } from './reader-order';
import { snapshot, TICK } from './proc-cpu';
import { askExtension as ask } from '../../tests/e2e/support/ask';

async function measure(dir: string, file: string, timeline: boolean, label: string, again: boolean, onto: number) {
  const server = await startFixtureServer();
  const browser = await launchChromium(server, { extensionDir: dir });
  try {
    let lib = await browser.openExtensionPage('library.html');
    await browser.worker();
    if (onto) {
      const seed = makeLibrary(Math.ceil(onto / 10))
        .slice(0, onto)
        .map((r) => ({ ...r, id: crypto.randomUUID(), url: `${r.url}?seed` }));
      for (let i = 0; i < seed.length; i += 5000)
        await ask(lib, { type: 'highlights/import', records: seed.slice(i, i + 5000) });
      await browser.stopServiceWorker();
      await lib.close();
      lib = await browser.openExtensionPage('library.html');
    }
    if (again) {
      await lib.getByTestId('import-file').setInputFiles(file);
      await lib
        .getByTestId('import-report')
        .locator('[data-result]')
        .waitFor({ timeout: 15 * 60_000 });
      await lib.close();
      lib = await browser.openExtensionPage('library.html');
    }
    if (timeline)
      await lib.evaluate(() => {
        const t0 = performance.now();
        const log: [number, string][] = [];
        (window as unknown as { hzdTimeline: typeof log }).hzdTimeline = log;
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid=import-report]')?.textContent ?? '';
          if (text !== log.at(-1)?.[1]) log.push([Math.round(performance.now() - t0), text]);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const before = snapshot(browser.userDataDir);
    const t0 = performance.now();
    await lib.getByTestId('import-file').setInputFiles(file);
    const report = lib.getByTestId('import-report').locator('[data-result]');
    await report.waitFor({ timeout: 15 * 60_000 });
    const took = performance.now() - t0;
    const after = snapshot(browser.userDataDir);
    const rows = [...after]
      .map(([k, v]) => [k, (v - (before.get(k) ?? 0)) / TICK] as const)
      .filter(([, v]) => v > 0.05);
    rows.sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((a, [, v]) => a + v, 0);
    console.log(
      `\n${dir} (${label} file${again ? ', again' : ''}${onto ? `, onto ${onto}` : ''}): import ${(took / 1000).toFixed(1)} s (${await report.getAttribute('data-result')}: ${(await report.textContent())?.slice(13, 70)}), CPU ${total.toFixed(1)} s, load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    for (const [k, v] of rows.slice(0, 25)) console.log(`  ${v.toFixed(2).padStart(7)} s  ${k}`);
    if (timeline)
      for (const [ms, text] of await lib.evaluate(
        () => (window as unknown as { hzdTimeline: [number, string][] }).hzdTimeline,
      ))
        console.log(`  ${String(ms).padStart(7)} ms  ${text.slice(0, 60)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const filesAt = args.indexOf('--files');
  const ontoAt = args.indexOf('--onto');
  const onto = ontoAt >= 0 ? Number(args[ontoAt + 1]) : 0;
  const labels = filesAt >= 0 ? args[filesAt + 1]!.split(',') : ['keyed'];
  const dirs = args.filter(
    (a, i) => !a.startsWith('--') && (filesAt < 0 || i !== filesAt + 1) && (ontoAt < 0 || i !== ontoAt + 1),
  );
  const library = makeLibrary(10_000);
  const tmp = mkdtempSync(join(tmpdir(), 'hzd-cpu-'));
  const files = new Map<string, string>();
  for (const label of new Set(labels)) {
    if (label !== 'keyed' && label !== 'reader') throw new Error(`--files: no file ${label} (keyed, reader)`);
    const file = join(tmp, `library-100k-${label}.json`);
    writeFileSync(file, toW3CJson(label === 'reader' ? inReaderOrder(library) : library, { now: Date.now() }));
    files.set(label, file);
  }
  const timeline = args.includes('--timeline');
  const again = args.includes('--again');
  for (const dir of dirs.length ? dirs : [CHROME_BUILD])
    for (const label of labels) await measure(resolve(dir), files.get(label)!, timeline, label, again, onto);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
