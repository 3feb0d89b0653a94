/**
 * Where an import's time goes: imports the 100k W3C file in the library page with the V8 CPU
 * profiler on the page and on the service worker, and prints each side's self time by
 * function (top entries) and its wall time. Build unminified for readable names
 * (`HZD_UNMINIFIED=1 npx wxt build`). `--out DIR` also writes both profiles there
 * (page.cpuprofile, worker.cpuprofile: DevTools' Performance panel opens them, callers included).
 * Run: npx tsx scripts/bench/import-profile.ts [DIR] [--top N] [--out DIR]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { toW3CJson } from '@/utils/export/w3c';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, launchChromium } from '../../tests/e2e/support/chromium';
import { makeLibrary } from './popup';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function summarize(label: string, p: Profile, top: number) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const total = (p.endTime - p.startTime) / 1000;
  console.log(`\n${label}: profile ${(total / 1000).toFixed(1)} s`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`);
}

async function main() {
  const dir = resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : CHROME_BUILD);
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 30;
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? resolve(process.argv[outArg + 1]!) : null;
  const file = join(mkdtempSync(join(tmpdir(), 'hzd-prof-')), 'library-100k.json');
  writeFileSync(file, toW3CJson(makeLibrary(10_000), { now: Date.now() }));
  const server = await startFixtureServer();
  const browser = await launchChromium(server, { extensionDir: dir });
  try {
    const lib = await browser.openExtensionPage('library.html');
    await browser.worker();
    const page = await browser.context.newCDPSession(lib);
    await page.send('Profiler.enable');
    await page.send('Profiler.setSamplingInterval', { interval: 500 });
    // The worker, over the browser session (flatten: false, as heap.ts).
    const cdp: CDPSession = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))!;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let next = 0;
    const waiting = new Map<number, (v: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id: number; result?: unknown; error?: unknown };
      waiting.get(m.id)?.(m.result ?? m.error);
    });
    const call = async (method: string, params: object = {}) => {
      const id = ++next;
      const reply = new Promise((ok) => waiting.set(id, ok));
      await cdp.send(
        'Target.sendMessageToTarget' as never,
        { sessionId, message: JSON.stringify({ id, method, params }) } as never,
      );
      return reply;
    };
    await call('Profiler.enable');
    await call('Profiler.setSamplingInterval', { interval: 500 });
    await call('Profiler.start');
    await page.send('Profiler.start');
    const t0 = performance.now();
    await lib.getByTestId('import-file').setInputFiles(file);
    const report = lib.getByTestId('import-report').locator('[data-result]');
    await report.waitFor({ timeout: 15 * 60_000 });
    const took = performance.now() - t0;
    console.log(
      `import: ${(took / 1000).toFixed(1)} s, ${await report.getAttribute('data-result')}: ${(await report.textContent())?.slice(0, 120)}`,
    );
    const pp = (await page.send('Profiler.stop')).profile as unknown as Profile;
    const wp = ((await call('Profiler.stop')) as { profile: Profile }).profile;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'page.cpuprofile'), JSON.stringify(pp));
      writeFileSync(join(out, 'worker.cpuprofile'), JSON.stringify(wp));
    }
    summarize('library page', pp, top);
    summarize('service worker', wp, top);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
