/**
 * A report of article A posted just before the page moves to B (History API), in the same task:
 * the background must never keep A's facts for the tab at B (its popup record, its badge).
 *
 * The ordering is forced in the content script's own world (Chromium: the DevTools protocol;
 * Firefox: `scripting.executeScript`, which runs in the content scripts' sandbox): the next
 * `page/report` is posted and, before the call returns, the page's address moves to B (the DOM
 * is left as it is). The report is triggered as a back/forward-cache restore does (`pageshow`,
 * persisted). Later reports (B's) are held back, so what the background keeps is what these two
 * messages left: the report of A and, in Chromium, the content script's `page/left`.
 *
 * Cases: Chromium with its worker running and with its worker stopped (the report wakes it;
 * both messages are delivered while the library is still opening); Firefox (no Navigation API:
 * the content script never sees the move, the browser's url change reaches the background).
 * Each logs, where it can, the address the browser stamped on the report (`sender.tab.url`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { readFixtureRoutes, startFixtureServer, type FixtureServer } from './support/server';
import { contentWorld, launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';

const A_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
const B_URL = 'https://www.gov.cn/zhengce/zhengceku/202504/content_7019846.htm';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const file = readFixtureRoutes().get(A_URL);
  if (!file) throw new Error(`no fixture for ${A_URL}`);
  server.route(A_URL, { body: readFileSync(file, 'utf8') });
});

afterAll(async () => {
  await server?.close();
});

/**
 * In the content script's world: the next `page/report` is posted, then the page moves to `b` before
 * the call returns; later reports are held back (answered with nothing). The replies of that report
 * and of any `page/left` are kept in `raceReplies`. Self-contained: the browser runs its source text.
 */
function raceNextReport(b: string): void {
  type Runtime = { sendMessage(message: unknown, ...rest: unknown[]): unknown };
  const g = globalThis as unknown as {
    browser?: { runtime?: Runtime };
    chrome?: { runtime?: Runtime };
    raceReplies?: Promise<string>[];
  };
  // Firefox: the `browser` the content script uses; Chromium: its polyfill calls chrome.runtime.sendMessage.
  const runtime = (g.browser?.runtime ?? g.chrome?.runtime)!;
  const send = runtime.sendMessage.bind(runtime);
  const replies: Promise<string>[] = [];
  g.raceReplies = replies;
  let posted = false;
  runtime.sendMessage = (message: unknown, ...rest: unknown[]) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === 'page/report' && posted) return Promise.resolve(undefined);
    const reply = send(message, ...rest);
    if (type === 'page/report') {
      posted = true;
      history.pushState({}, '', b);
    }
    if (type === 'page/report' || type === 'page/left')
      replies.push(
        Promise.resolve(reply).then(
          () => type,
          (e: unknown) => `${type}: ${String(e)}`,
        ),
      );
    return reply;
  };
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

/** In the content script's world: the types of the raced messages once all have their answer. */
function racedReplies(): Promise<string[]> {
  const g = globalThis as unknown as { raceReplies?: Promise<string>[] };
  return Promise.all(g.raceReplies ?? []);
}

/**
 * In an extension page: the library's kv store held in a write transaction (kept alive by one read
 * after another) until `release` is set. The worker's library.load() reads kv first.
 */
async function holdLibrary(): Promise<void> {
  const g = globalThis as unknown as { release?: boolean };
  g.release = false;
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const r = indexedDB.open('hzd-library');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(new Error(String(r.error)));
  });
  const store = db.transaction('kv', 'readwrite').objectStore('kv');
  await new Promise<void>((ok) => {
    const spin = () => {
      ok();
      if (!g.release) store.get('meta').onsuccess = spin;
    };
    store.get('meta').onsuccess = spin;
  });
}

/** What the background keeps for the tab, as the popup reads it. */
type TabState = { page: { url: string; title: string } | null };

describe('Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const badge = async (tabId: number) =>
    (await browser.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  async function raced(worker: 'running' | 'stopped' | 'held') {
    const stopWorker = worker !== 'running';
    const tab = await browser.context.newPage();
    await tab.goto(A_URL);
    const tabId = await browser.tabIdOf(tab);
    await expect.poll(() => badge(tabId), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
    const world = await contentWorld(browser, tab);
    // Every report and page/left as the worker gets them, with the address the browser stamped.
    if (!stopWorker)
      await (
        await browser.worker()
      ).evaluate(() => {
        const g = globalThis as unknown as { stamps?: string[] };
        g.stamps = [];
        chrome.runtime.onMessage.addListener(
          (m: { type?: string; page?: { url: string } }, s: { tab?: { url?: string } }) => {
            if (m?.type === 'page/report' || m?.type === 'page/left')
              g.stamps!.push(`${m.type} ${m.page?.url ?? ''} stamped ${s.tab?.url ?? '?'}`);
          },
        );
      });
    // 'held': an extension page holds the library's kv store in a write transaction, so the woken
    // worker's library.load() waits: both messages are delivered before the library is ready.
    const holder = worker === 'held' ? await browser.openExtensionPage('options.html') : null;
    if (holder) await holder.evaluate(holdLibrary);
    if (stopWorker) await browser.stopServiceWorker();
    await world.run(`(${raceNextReport.toString()})(${JSON.stringify(B_URL)})`);
    if (holder) {
      // The worker starts for the report; both messages reach it while its library waits.
      await expect
        .poll(() => browser.context.serviceWorkers().some((w) => w.url().includes(browser.extensionId)), {
          timeout: 10_000,
        })
        .toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await holder.evaluate(() => ((globalThis as unknown as { release: boolean }).release = true));
    }
    const types = await world.run<string[]>(`(${racedReplies.toString()})()`);
    await holder?.close();
    expect(tab.url()).toBe(B_URL);
    // The background has answered both; its badge is written a task after a report.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = await badge(tabId);
    const stamps = stopWorker
      ? []
      : await (await browser.worker()).evaluate(() => (globalThis as unknown as { stamps: string[] }).stamps);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const state = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }) as Promise<{ data: TabState }>,
      tabId,
    );
    console.log(
      `Chromium, worker ${worker}: messages ${types.join(', ')}; ${stamps.join('; ')}; badge '${shown}'; kept ${state.data.page?.url ?? 'nothing'}`,
    );
    await popup.close();
    await world.cdp.detach();
    await tab.close();
    return { types, shown, state: state.data, stamps };
  }

  test('worker running: the report of A, then the move, then page/left — no count and no report of A at B', async () => {
    const { types, shown, state, stamps } = await raced('running');
    expect(types).toEqual(['page/report', 'page/left']);
    // Delivered in the order posted, each stamped with the address at its posting: the report
    // with A's (the move came after it), the left with B's.
    expect(stamps).toEqual([`page/report ${A_URL} stamped ${A_URL}`, `page/left  stamped ${B_URL}`]);
    expect(state.page).toBeNull();
    expect(shown).toBe('');
  });

  test('worker stopped: both messages delivered while it starts — no count and no report of A at B', async () => {
    const { types, shown, state } = await raced('stopped');
    expect(types).toEqual(['page/report', 'page/left']);
    expect(state.page).toBeNull();
    expect(shown).toBe('');
  });

  test('worker stopped, its library held: both messages handled before the library is ready — the left still wins', async () => {
    const { types, shown, state } = await raced('held');
    expect(types).toEqual(['page/report', 'page/left']);
    expect(state.page).toBeNull();
    expect(shown).toBe('');
  });
});

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  let ext: PuppeteerPage;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
    ext = await firefox.openExtensionPage('popup.html?tab=999999');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('the report of A, then the move (unseen by the content script): no count and no report of A at B', async () => {
    const tabIds = () => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    const tab = await firefox.browser.newPage();
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab was not found');
    await tab.goto(A_URL, { timeout: 30_000 });
    await pollExtensionPage(
      ext,
      async (id: number) => /^[1-9]/.test(await browser.browserAction.getBadgeText({ tabId: id })),
      tabId,
      30_000,
    );
    // An extension page hears content scripts' messages too, with the sender the browser gave.
    await ext.evaluate(() => {
      const g = globalThis as unknown as { stamps?: string[] };
      g.stamps = [];
      browser.runtime.onMessage.addListener(
        (m: { type?: string; page?: { url: string } }, s: { tab?: { url?: string } }) => {
          if (m?.type === 'page/report' || m?.type === 'page/left')
            g.stamps!.push(`${m.type} ${m.page?.url ?? ''} stamped ${s.tab?.url ?? '?'}`);
        },
      );
    });
    // Run in the content scripts' sandbox; the functions' source is put in the page's expression.
    const inSandbox = (fn: string, args: unknown[]) =>
      ext.evaluate(
        `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${fn}, args: ${JSON.stringify(args)} }).then((r) => r[0]?.result)`,
      );
    await inSandbox(raceNextReport.toString(), [B_URL]);
    const types = (await inSandbox(racedReplies.toString(), [])) as string[];
    expect(await tab.evaluate(() => location.href)).toBe(B_URL);
    // The browser's url change reaches the background (tabs.ts watchAddresses) and is handled.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shown = await ext.evaluate((id: number) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    const stamps = await ext.evaluate(() => (globalThis as unknown as { stamps: string[] }).stamps);
    const state = (await ext.evaluate(
      (id: number) => browser.runtime.sendMessage({ type: 'tab/state', tabId: id }),
      tabId,
    )) as { data: TabState };
    console.log(
      `Firefox: messages ${types.join(', ')}; ${stamps.join('; ')}; badge '${shown}'; kept ${state.data.page?.url ?? 'nothing'}`,
    );
    expect(types).toEqual(['page/report']);
    // Stamped with A's address: the move came after it was posted.
    expect(stamps).toEqual([`page/report ${A_URL} stamped ${A_URL}`]);
    expect(state.data.page).toBeNull();
    expect(shown).toBe('');
    await tab.close();
  });
});

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: {
    sendMessage(m: unknown): Promise<unknown>;
    onMessage: { addListener(l: (m: never, s: never) => void): void };
  };
};
declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: {
    sendMessage(m: unknown): Promise<unknown>;
    onMessage: { addListener(l: (m: never, s: never) => void): void };
  };
};
