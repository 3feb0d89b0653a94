/**
 * Keystrokes with a pause after each, in the popup with the 100,000-highlight library: the count
 * of a search starts 300 ms after its last keystroke (useLibraryView's COUNT_AFTER_TYPING_MS), so
 * here it runs before every next key, which `keystroke-trace.ts` (no pauses) never shows. Prints
 * the popup's main-thread CPU over the typing (CDP ThreadTime: what waiting for a core does not
 * inflate) and each key's time (input event → list laid out).
 *
 * Run: npx tsx scripts/bench/keystroke-pause.ts PROFILE BUILD [LABEL]
 * with a profile seeded for BUILD's extension folder (slot-ab.ts's master, copied; builds to
 * compare are copied in turn into that one folder, alternating). Figures are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { dataNumber, launchSeeded, newPopupSizedPage, typeQueries } from './popup';

const PAUSE_MS = 450;
const QUERIES = ['第123', '重点 tag1'];

const [profile, build, label = build] = process.argv.slice(2);
if (!profile || !build) throw new Error('usage: keystroke-pause.ts PROFILE BUILD [LABEL]');
const { browser, close } = await launchSeeded(profile, build);
try {
  const popup = await newPopupSizedPage(browser);
  const cdp = await browser.context.newCDPSession(popup);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=all`);
  await dataNumber(popup, 'renderMs', 60_000);
  await popup.waitForTimeout(1000);
  const load = loadavg()[0]!.toFixed(1);
  const before = await cpu();
  const keys = await typeQueries(popup, QUERIES, 200, {
    listed: async () => void (await popup.waitForTimeout(PAUSE_MS)),
  });
  const used = (await cpu()) - before;
  console.log(
    `${label} (load ${load}): popup CPU ${used.toFixed(1)} ms; keys ${keys.map((k) => k.toFixed(1)).join(' ')}`,
  );
} finally {
  await close();
}
