/**
 * How often a search keystroke loses the race with its read ahead (reader.ts `prepare`) and
 * reads the index instead of answering from memory, in the popup with the 100,000-highlight
 * library of `scale.ts`: types each of QUERIES ROUNDS times, a character at a time as the other
 * keystroke benches do (no pause), and prints per character how many keystrokes read the index
 * (`dataset.readMs` not 0) and their times (input event → list laid out), and every key's worst.
 *
 * Run: npx tsx scripts/bench/keystroke-race.ts PROFILE:BUILD [ROUNDS]
 * (PROFILE seeded by `scale.ts --profiles DIR` for BUILD). Figures are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { dataNumber, launchSeeded, newPopupSizedPage, typeQueries } from './popup';

const QUERIES = ['第123', '城市更新'];
const [profile, build] = (process.argv[2] ?? '').split(':');
const rounds = Number(process.argv[3] ?? 8);
if (!profile || !build) throw new Error('usage: keystroke-race.ts PROFILE:BUILD [ROUNDS]');
const { browser, close } = await launchSeeded(profile, build);
try {
  const popup = await newPopupSizedPage(browser);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=all`);
  await dataNumber(popup, 'renderMs', 60_000);
  await popup.waitForTimeout(1000);
  const load = loadavg()[0]!.toFixed(1);
  const seen = new Map<string, { index: number[]; all: number[] }>();
  await typeQueries(popup, Array.from({ length: rounds }, () => QUERIES).flat(), 100, {
    listed: async (query, ch, ms) => {
      const read = Number(await popup.evaluate(() => document.documentElement.dataset.readMs));
      const key = `${query} +${ch}`;
      const s = seen.get(key) ?? { index: [], all: [] };
      seen.set(key, s);
      s.all.push(ms);
      if (read > 0) s.index.push(ms);
    },
  });
  console.log(`${build} (load ${load} → ${loadavg()[0]!.toFixed(1)}):`);
  for (const [key, s] of seen)
    console.log(
      `  ${key.padEnd(10)} read the index ${s.index.length} of ${s.all.length} (${s.index.map((m) => m.toFixed(1)).join(' ')}); worst ${Math.max(...s.all).toFixed(1)} ms`,
    );
} finally {
  await close();
}
