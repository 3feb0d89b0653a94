/**
 * The tab registry gives a tab's page report only while the tab still shows the page reported:
 * a popup opened while the tab moves from article A to article B must never show A (title, key
 * points, counts) during the seconds before B's content script reports.
 */
import { describe, expect, test } from 'vitest';
import {
  createTabRegistry,
  stillShown,
  watchAddresses,
  type FilteredTabUpdates,
  type TabRegistryDeps,
} from '@/entrypoints/background/tabs';
import { createRouter } from '@/entrypoints/background/router';
import type { Sender } from '@/entrypoints/background/sender';
import type { PageReport } from '@/utils/messages';
import { EXTENSION, NEWS_PAGE } from './setup';
import { testStore } from '../store/helpers';

const A = NEWS_PAGE;
const B: PageReport = { ...NEWS_PAGE, url: 'http://www.news.cn/politics/20240106/def/c.html', title: 'B' };

/** A browser of tabs whose addresses the test sets (undefined: hidden from the extension), and a session area. */
function fakeBrowser() {
  const urls = new Map<number, string | undefined>();
  const area = new Map<string, unknown>();
  const stale: number[] = [];
  const deps: TabRegistryDeps = {
    session: {
      get: async (k) => (area.has(k) ? { [k]: structuredClone(area.get(k)) } : {}),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => area.set(k, structuredClone(v))),
      remove: async (k) => void area.delete(k),
    },
    tabUrl: async (id) => (urls.has(id) ? urls.get(id) : null),
    openTabs: async () => [...urls].map(([id, url]) => ({ id, url })),
    onStale: (id) => void stale.push(id),
  };
  return { urls, area, stale, deps };
}

describe('stillShown', () => {
  test('the same page: a #fragment, tracking parameters or their order change nothing', () => {
    expect(stillShown(A.url, A.url)).toBe(true);
    expect(stillShown(A.url, `${A.url}#section-2`)).toBe(true);
    expect(stillShown(`${A.url}#top`, A.url)).toBe(true);
    expect(stillShown(`${A.url}?utm_source=wechat&spm=1`, A.url)).toBe(true);
    expect(stillShown('https://x.cn/a?b=2&a=1', 'https://x.cn/a?a=1&b=2#p')).toBe(true);
  });

  test('another page, or an address the extension may not see, is not the page reported', () => {
    expect(stillShown(A.url, B.url)).toBe(false);
    expect(stillShown('https://x.cn/list?page=1', 'https://x.cn/list?page=2')).toBe(false);
    expect(stillShown(A.url, undefined)).toBe(false);
    expect(stillShown(A.url, '')).toBe(false);
  });
});

describe('createTabRegistry', () => {
  test('a tab that moved from A to B has no report until B reports; A’s is dropped and its badge cleared', async () => {
    const { urls, area, stale, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    expect(await tabs.get(7)).toEqual(A);

    urls.set(7, B.url);
    expect(await tabs.get(7)).toBeNull();
    expect(stale).toEqual([7]);
    expect(area.has('tab:7')).toBe(false);

    await tabs.set(7, B, B.url);
    expect(await tabs.get(7)).toEqual(B);
    expect(stale).toEqual([7]);
  });

  test('a #fragment change of the same page keeps the report', async () => {
    const { urls, stale, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, `${A.url}#comments`);
    expect(await tabs.get(7)).toEqual(A);
    expect(stale).toEqual([]);
  });

  test('a History-API move to another address (a single-page portal) is another page until it reports', async () => {
    const { urls, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, 'http://www.news.cn/politics/20240105/abc/c2.html');
    expect(await tabs.get(7)).toBeNull();
  });

  test('a tab whose address the extension no longer sees (another site, activeTab spent) has no report', async () => {
    const { urls, stale, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, undefined);
    expect(await tabs.get(7)).toBeNull();
    expect(stale).toEqual([7]);
  });

  test('a report kept in storage.session (a restarted worker) is checked against the tab the same way', async () => {
    const { urls, area, deps } = fakeBrowser();
    urls.set(7, A.url);
    urls.set(8, A.url);
    const first = createTabRegistry(deps);
    await first.set(7, A, A.url);
    await first.set(8, A, A.url);

    urls.set(8, B.url);
    const restarted = createTabRegistry(deps);
    expect(await restarted.get(7)).toEqual(A);
    expect(await restarted.get(8)).toBeNull();
    // A report kept in the older shape (no address) is no report: the popup asks the script again.
    area.set('tab:9', A);
    urls.set(9, A.url);
    expect(await createTabRegistry(deps).get(9)).toBeNull();
  });

  test('a report set while a stale one is checked is kept', async () => {
    const { urls, deps } = fakeBrowser();
    /** The tab's address is read only when the test says so. */
    const asks: (() => void)[] = [];
    const slow: TabRegistryDeps = {
      ...deps,
      tabUrl: (id) => new Promise<void>((ok) => asks.push(ok)).then(() => deps.tabUrl(id)),
    };
    const tabs = createTabRegistry(slow);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, B.url);
    const asked = tabs.get(7);
    await expect.poll(() => asks.length).toBe(1);
    // B reports while A is being checked: A's check must not drop B.
    await tabs.set(7, B, B.url);
    asks[0]!();
    expect(await asked).toBeNull();
    const again = tabs.get(7);
    await expect.poll(() => asks.length).toBe(2);
    asks[1]!();
    expect(await again).toEqual(B);
  });

  test('tabsShowing names only the tabs that still show the page', async () => {
    const { urls, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    for (const id of [1, 2, 3]) {
      urls.set(id, A.url);
      await tabs.set(id, A, A.url);
    }
    urls.set(2, B.url);
    urls.set(3, undefined);
    expect(await tabs.tabsShowing(new Set([A.url]))).toEqual([1]);
  });
});

describe('tab/state over the registry', () => {
  test('the popup of a tab that moved from A to B gets no page, then B’s once B reports', async () => {
    const { urls, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    const library = await (await testStore()).open();
    const handle = createRouter({ library, ready: Promise.resolve(), tabs });
    const from = (url: string): Sender => ({ kind: 'content', tabId: 7, tabUrl: url });

    urls.set(7, A.url);
    expect(await handle({ type: 'page/report', page: A }, from(A.url))).toMatchObject({ ok: true });
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toMatchObject({ ok: true, data: { page: A } });

    urls.set(7, B.url);
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toEqual({
      ok: true,
      data: { tabId: 7, page: null, highlights: [] },
    });

    expect(await handle({ type: 'page/report', page: B }, from(B.url))).toMatchObject({ ok: true });
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toMatchObject({ ok: true, data: { page: B } });
  });
});

/**
 * A tab's messages as the browser delivers them: in the order its content script posted them, each
 * stamped with the tab's address at delivery (seen in Chromium and Firefox: tests/e2e/spa-report-order.e2e.ts).
 * The worker may still be opening the library when they come (a stopped MV3 worker woken by them).
 */
describe('a tab’s report and page/left, delivered while the library opens', () => {
  /** A router whose library is ready a task later: both messages are delivered before. */
  async function setup() {
    const { urls, area, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    const events: string[] = [];
    const handle = createRouter({
      library: await (await testStore()).open(),
      ready: new Promise<void>((ok) => setTimeout(ok, 0)),
      tabs,
      onPageReport: (id, page) => void events.push(`report ${id} ${page.title}`),
      onPageLeft: (id) => void events.push(`left ${id}`),
    });
    const from = (url: string): Sender => ({ kind: 'content', tabId: 7, tabUrl: url });
    return { urls, area, tabs, events, handle, from };
  }

  test('the report of A, then page/left (the tab moved to B): the left wins, as it came last', async () => {
    const { urls, area, tabs, events, handle, from } = await setup();
    urls.set(7, A.url);
    const report = handle({ type: 'page/report', page: A }, from(A.url));
    urls.set(7, B.url);
    const left = handle({ type: 'page/left' }, from(B.url));
    expect(await report).toMatchObject({ ok: true });
    expect(await left).toMatchObject({ ok: true });
    // The badge follows these calls: its last word for the tab must be the left's (no count at B).
    expect(events).toEqual([`report 7 ${A.title}`, 'left 7']);
    expect(area.has('tab:7')).toBe(false);
    // Back at A's address (the back button), the report taken back is not shown again.
    urls.set(7, A.url);
    expect(await tabs.get(7)).toBeNull();
  });

  test('page/left, then the report of B: B is kept and shown', async () => {
    const { urls, tabs, events, handle, from } = await setup();
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, B.url);
    const left = handle({ type: 'page/left' }, from(B.url));
    const report = handle({ type: 'page/report', page: B }, from(B.url));
    expect(await left).toMatchObject({ ok: true });
    expect(await report).toMatchObject({ ok: true });
    expect(events).toEqual(['left 7', `report 7 ${B.title}`]);
    expect(await tabs.get(7)).toEqual(B);
  });
});

/** Firefox's filtered `tabs.onUpdated`: the test fires the url changes the filter lets through. */
function fakeUpdates() {
  const listeners: { listener: (tabId: number) => void; filter: unknown }[] = [];
  const updates: FilteredTabUpdates = { addListener: (listener, filter) => void listeners.push({ listener, filter }) };
  return { updates, listeners, fire: (tabId: number) => listeners.forEach((l) => l.listener(tabId)) };
}

describe('watchAddresses (Firefox: no Navigation API)', () => {
  test('listens to address changes only, of the tabs whose address the extension may see', () => {
    const { deps } = fakeBrowser();
    const { updates, listeners } = fakeUpdates();
    watchAddresses(updates, createTabRegistry(deps));
    expect(listeners.map((l) => l.filter)).toEqual([{ properties: ['url'], urls: ['<all_urls>'] }]);
  });

  test('a pushState the content script did not see: A’s report is dropped and its badge cleared; B’s report is kept', async () => {
    const { urls, area, stale, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    const { updates, fire } = fakeUpdates();
    watchAddresses(updates, tabs);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);

    // No popup, no tab/state: only the browser's url change.
    urls.set(7, B.url);
    fire(7);
    await expect.poll(() => stale).toEqual([7]);
    expect(area.has('tab:7')).toBe(false);

    await tabs.set(7, B, B.url);
    fire(7);
    expect(await tabs.get(7)).toEqual(B);
    expect(stale).toEqual([7]);
  });

  test('an earlier move’s event after the next page reported, or a #fragment change, drops nothing', async () => {
    const { urls, stale, deps } = fakeBrowser();
    const tabs = createTabRegistry(deps);
    const { updates, fire } = fakeUpdates();
    watchAddresses(updates, tabs);
    urls.set(7, A.url);
    await tabs.set(7, A, A.url);
    urls.set(7, `${A.url}#comments`);
    fire(7);
    urls.set(7, B.url);
    await tabs.set(7, B, B.url);
    // The A→B change arrives after B reported: the tab's address now is B's.
    fire(7);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(await tabs.get(7)).toEqual(B);
    expect(stale).toEqual([]);
  });

  test('a tab with no report costs no look-up of its address', async () => {
    const { urls, deps } = fakeBrowser();
    let asked = 0;
    const tabs = createTabRegistry({ ...deps, tabUrl: (id) => (asked++, deps.tabUrl(id)) });
    const { updates, fire } = fakeUpdates();
    watchAddresses(updates, tabs);
    urls.set(9, B.url);
    fire(9);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(asked).toBe(0);
  });
});
