/**
 * Which IndexedDB requests each search keystroke makes, in the popup with the 100,000-highlight
 * library of `scale.ts` (a profile seeded by `scale.ts --profiles DIR` for BUILD): the object
 * store and index calls are wrapped in the page before it loads, and the bench's queries are
 * typed a character at a time, as `keystroke-trace.ts` types them. Prints per keystroke its time
 * (input event → list laid out) and its requests with their keys or ranges; nothing asserted.
 *
 * Run: npx tsx scripts/bench/keystroke-requests.ts PROFILE:BUILD
 */
import { loadavg } from 'node:os';
import { BENCH_QUERIES, dataNumber, launchSeeded, newPopupSizedPage, typeQueries } from './popup';

const [profile, build] = (process.argv[2] ?? '').split(':');
if (!profile || !build) throw new Error('usage: keystroke-requests.ts PROFILE:BUILD');
const { browser, close } = await launchSeeded(profile, build);
type Logged = typeof globalThis & { requestLog: string[] };
const taken = () => (globalThis as Logged).requestLog.splice(0);
try {
  const popup = await newPopupSizedPage(browser);
  await popup.addInitScript(() => {
    const log: string[] = [];
    (globalThis as Logged).requestLog = log;
    const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[])
      for (const name of methods) {
        const real = proto[name] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
        proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
          const [key] = args;
          const shown =
            key instanceof IDBKeyRange
              ? `${JSON.stringify(key.lower)}..${JSON.stringify(key.upper)}`
              : JSON.stringify(key);
          log.push(`${name}(${this.name}, ${shown})`);
          return real.apply(this, args);
        };
      }
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=all`);
  await dataNumber(popup, 'renderMs', 60_000);
  // The idle-time warm-up reads (the newest records) happen before the first keystroke.
  await popup.waitForTimeout(1500);
  console.log(`before typing: ${(await popup.evaluate(taken)).join(' ')}`);
  await typeQueries(popup, BENCH_QUERIES, 300, {
    cleared: async () => void (await popup.evaluate(taken)),
    listed: async (query, ch, ms) => {
      const requests = await popup.evaluate(taken);
      console.log(`  ${query} +${ch}: ${ms} ms, ${requests.length} requests: ${requests.join(' ')}`);
    },
  });
  console.log(
    `uptime ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await close();
}
