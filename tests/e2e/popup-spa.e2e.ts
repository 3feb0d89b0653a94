/**
 * A tab's report and badge when the page changes without a document load:
 * - a single-page portal moves from article A to article B with the History API: until B is read,
 *   the badge must not keep A's count, nor the popup show A under B's address (the content script
 *   re-reported A's facts, stamped by the browser with B's address, when the popup asked for a report);
 * - in Firefox (no Navigation API) a move that changes nothing in the page: the browser's url change
 *   clears the badge with no popup open (background tabs.ts `watchAddresses`), and only such tabs' changes arrive;
 * - the back button restores A from the back/forward cache (`pageshow`, persisted): the browser
 *   cleared the badge and the background holds the page shown since; A reports again.
 * Pages are served cacheable where the back/forward cache needs it (the fixture server says
 * no-store otherwise), and Playwright's Chromium keeps its cache here (`bfcache`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { readFixtureRoutes, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';
import { recordStates, seenStates } from './support/popup-states';

/** Article A, served cacheable (the back/forward cache keeps it). */
const A_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
/** Article B of the same portal: the page moves to its address and shows its body, as a single-page portal does. */
const B_URL = 'https://www.gov.cn/zhengce/zhengceku/202504/content_7019846.htm';
/** A page of another site, left with the back button. */
const ELSEWHERE = 'http://elsewhere.example.org/spa-back.html';

let server: FixtureServer;
let bHtml = '';

const fixture = (url: string) => {
  const file = readFixtureRoutes().get(url);
  if (!file) throw new Error(`no fixture for ${url}`);
  return readFileSync(file, 'utf8');
};

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(A_URL, { body: fixture(A_URL), cacheControl: 'max-age=0' });
  bHtml = fixture(B_URL);
  server.route(ELSEWHERE, {
    body: '<!doctype html><meta charset="utf-8"><title>Elsewhere</title><p>Another site.</p>',
    cacheControl: 'max-age=0',
  });
});

afterAll(async () => {
  await server?.close();
});

const shownTitle = () => document.querySelector('[data-testid="page-title"]')?.textContent ?? null;

/** In the page: the portal's script moves to B (History API) and, with `html`, shows B's title and body. */
function moveTo([url, html]: [string, string | null]): void {
  history.pushState({}, '', url);
  if (html === null) return;
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.title = next.title;
  document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.adoptNode(n)));
}

/** States seen after the first one that is not `first`: a popup must never go back to it. */
const after = (seen: string[], first: string) => seen.slice(seen.findIndex((s) => s !== first));

describe('Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server, { bfcache: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const badge = async (tabId: number) =>
    (await browser.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  /** A tab on article A, reported: the tab, its id, A's title and its badge. */
  async function onArticleA(): Promise<{ tab: PlaywrightPage; tabId: number; titleA: string; countA: string }> {
    const tab = await browser.context.newPage();
    await tab.goto(A_URL);
    const tabId = await browser.tabIdOf(tab);
    await expect.poll(() => badge(tabId), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('follow').count(), { timeout: 30_000 }).toBe(1);
    const titleA = await popup.evaluate(shownTitle);
    await popup.close();
    expect(titleA).toBeTruthy();
    return { tab, tabId, titleA: titleA!, countA: await badge(tabId) };
  }

  test('a History-API move to B: the badge drops A’s count at once, no popup shows A under B', async () => {
    const { tab, tabId, titleA, countA } = await onArticleA();
    const open = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => open.evaluate(shownTitle), { timeout: 10_000 }).toBe(titleA);
    await open.evaluate(recordStates, true);
    // Every badge text the background sets from here on, in order (the worker's own action API, wrapped).
    await (
      await browser.worker()
    ).evaluate(() => {
      type Badge = { tabId?: number; text: string };
      const g = globalThis as unknown as { badgeLog?: Badge[] };
      const action = chrome.action as unknown as { setBadgeText(d: Badge): Promise<void> };
      if (!g.badgeLog) {
        const set = action.setBadgeText.bind(action);
        const log: Badge[] = [];
        g.badgeLog = log;
        action.setBadgeText = (d) => (log.push(d), set(d));
      }
      g.badgeLog.length = 0;
    });

    await tab.evaluate(moveTo, [B_URL, bHtml] as [string, string]);
    // A popup opened while B is not read yet.
    const late = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await late.evaluate(recordStates, true);

    for (const popup of [open, late])
      await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => late.evaluate(shownTitle), { timeout: 30_000 }).not.toBe(titleA);
    const titleB = await late.evaluate(shownTitle);
    await expect.poll(() => open.evaluate(shownTitle), { timeout: 10_000 }).toBe(titleB);
    expect(after(await open.evaluate(seenStates), `page:${titleA}`)).not.toContain(`page:${titleA}`);
    expect(await late.evaluate(seenStates)).not.toContain(`page:${titleA}`);
    expect((await late.evaluate(seenStates)).at(-1)).toBe(`page:${titleB}`);

    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const countB = await badge(tabId);
    const log = await (
      await browser.worker()
    ).evaluate(
      (id) =>
        (globalThis as unknown as { badgeLog: { tabId?: number; text: string }[] }).badgeLog
          .filter((d) => d.tabId === id)
          .map((d) => d.text),
      tabId,
    );
    // Cleared when the tab left A, then B's count; A's never set again (unless B has as many).
    expect(log[0]).toBe('');
    expect(log.at(-1)).toBe(countB);
    if (countA !== countB) expect(log).not.toContain(countA);
    await tab.close();
  });

  test('back to A from the back/forward cache: the badge and the popup show A again', async () => {
    const { tab, tabId, titleA, countA } = await onArticleA();
    await tab.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    await tab.goto(ELSEWHERE);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('');
    // A restored page fires no load event, which goBack would wait for.
    await tab.goBack({ waitUntil: 'commit' });
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(A_URL);
    // Restored, not loaded again: the page's own state survived.
    expect(await tab.evaluate(() => (window as unknown as { kept?: boolean }).kept === true)).toBe(true);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(countA);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.evaluate(shownTitle), { timeout: 10_000 }).toBe(titleA);
    await tab.close();
  });
});

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  let ext: PuppeteerPage;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
    // An extension page to ask the browser from (tab ids, the badge).
    ext = await firefox.openExtensionPage('popup.html?tab=999999');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  const badge = (tabId: number) => ext.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);

  /** A tab on article A, reported (its badge has a count): the tab, its id and that count. */
  async function onArticleA(): Promise<{ tab: PuppeteerPage; tabId: number; countA: string }> {
    const tabIds = () => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    const tab = await firefox.browser.newPage();
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab was not found');
    await tab.goto(A_URL, { timeout: 30_000 });
    const countA = await pollExtensionPage(
      ext,
      async (id: number) => {
        const text = await browser.browserAction.getBadgeText({ tabId: id });
        return /^[1-9]/.test(text) ? text : false;
      },
      tabId,
      30_000,
    );
    return { tab, tabId, countA };
  }

  test('a History-API move that changes nothing in the page: the badge drops A’s count with no popup open, then B reports', async () => {
    const { tab, tabId } = await onArticleA();
    // The address only: Firefox 140 has no Navigation API, the content script sees nothing yet.
    await tab.evaluate(moveTo, [B_URL, null] as [string, null]);
    // The browser's url change reaches the background (tabs.ts watchAddresses): no popup, no recheck.
    await pollExtensionPage(
      ext,
      async (id: number) => (await browser.browserAction.getBadgeText({ tabId: id })) === '',
      tabId,
      10_000,
    );
    // The page shows B: its report is accepted under B's address and sets B's count.
    await tab.evaluate(moveTo, [B_URL, bHtml] as [string, string]);
    await pollExtensionPage(
      ext,
      async (id: number) => /^[1-9]/.test(await browser.browserAction.getBadgeText({ tabId: id })),
      tabId,
      30_000,
    );
    await tab.close();
  });

  test('the address filter: a pushState of a portal tab is delivered, one of a site without permission is not', async () => {
    // The background's filter (tabs.ts ADDRESS_FILTER), in an extension page: Firefox filters alike for every context.
    await ext.evaluate(() => {
      const g = globalThis as unknown as { moves?: number[] };
      g.moves = [];
      browser.tabs.onUpdated.addListener((id) => void g.moves!.push(id), { properties: ['url'], urls: ['<all_urls>'] });
    });
    const tabIds = () => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));
    const open = async (url: string) => {
      const before = new Set(await tabIds());
      const page = await firefox.browser.newPage();
      const [id] = (await tabIds()).filter((t) => !before.has(t));
      await page.goto(url, { timeout: 30_000 });
      return { page, id: id! };
    };
    const other = await open(ELSEWHERE);
    const portal = await open(A_URL);
    const moves = () => ext.evaluate(() => (globalThis as unknown as { moves: number[] }).moves);
    const seen = async (id: number) => (await moves()).filter((m) => m === id).length;
    const otherBefore = await seen(other.id);
    await other.page.evaluate(() => history.pushState({}, '', '/spa-moved.html'));
    await portal.page.evaluate(() => history.pushState({}, '', '/zhengce/moved.htm'));
    const portalSeen = await pollExtensionPage(
      ext,
      (id: number) => {
        const n = (globalThis as unknown as { moves: number[] }).moves.filter((m) => m === id).length;
        return n > 0 ? n : false;
      },
      portal.id,
      10_000,
    );
    const otherSeen = (await seen(other.id)) - otherBefore;
    console.log(
      `url changes delivered: portal tab ${portalSeen}, other site's tab ${otherSeen} (of its own load: ${otherBefore})`,
    );
    expect(otherBefore).toBe(0);
    expect(otherSeen).toBe(0);
    await other.page.close();
    await portal.page.close();
  });

  test('a History-API move not yet seen by the content script: the popup says "reading", never A, until B is read', async () => {
    const { tab, tabId } = await onArticleA();
    // The address only: Firefox 140 has no Navigation API, the content script sees the move with the page's next change.
    await tab.evaluate(moveTo, [B_URL, null] as [string, null]);
    await pollExtensionPage(
      ext,
      async (id: number) =>
        (await browser.tabs.get(id)).url === 'https://www.gov.cn/zhengce/zhengceku/202504/content_7019846.htm',
      tabId,
      10_000,
    );
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, true);
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="reading"]'), 0, 10_000);
    // The report of A was dropped with its count, and no report of A came back under B's address.
    expect(await badge(tabId)).toBe('');
    expect(await popup.evaluate(seenStates)).toEqual(['reading']);

    await tab.evaluate(moveTo, [B_URL, bHtml] as [string, string]);
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="page"]'), 0, 30_000);
    const titleB = await popup.evaluate(shownTitle);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', `page:${titleB}`]);
    await pollExtensionPage(
      ext,
      async (id: number) => /^[1-9]/.test(await browser.browserAction.getBadgeText({ tabId: id })),
      tabId,
      10_000,
    );
    await popup.close();
    await tab.close();
  });

  test('a move seen only as our outline panel mounts: the page is not read again, the popup says "reading"', async () => {
    const tabIds = () => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    const tab = await firefox.browser.newPage();
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab was not found');
    // The page's script moves to B (address only) in the very mutation that mounts our panel (in idle
    // time after the report): made before the content script's, its observer is called first, so the
    // content script's observer sees the new address with only our own write after it. Under load the
    // test's move of the test above landed there by chance (1 run in 10).
    await tab.evaluateOnNewDocument((b: string) => {
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of Array.from(r.addedNodes))
              if (n instanceof Element && n.localName === 'hzd-outline' && location.href !== b) {
                history.pushState({}, '', b);
                performance.mark('test-moved');
              }
        }).observe(document.body, { childList: true });
      });
    }, B_URL);
    await tab.goto(A_URL, { timeout: 30_000 });
    await tab.waitForFunction(() => performance.getEntriesByName('test-moved').length > 0, { timeout: 30_000 });
    // Time for a read of the page the tab left, had the mount been taken for the page's change (it
    // reported A's facts under B's address within half a second at load 16): nothing must come.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const reads = await tab.evaluate(() => {
      const moved = performance.getEntriesByName('test-moved')[0]!.startTime;
      return performance.getEntriesByName('hzd-task:reanalyze').filter((e) => e.startTime > moved).length;
    });
    expect(reads).toBe(0);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, true);
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="reading"]'), 0, 10_000);
    expect(await badge(tabId)).toBe('');
    expect(await popup.evaluate(seenStates)).toEqual(['reading']);
    await popup.close();
    await tab.close();
  });

  test('back to A from the back/forward cache: the badge shows A’s count again', async () => {
    const { tab, tabId, countA } = await onArticleA();
    await tab.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    await tab.goto(ELSEWHERE, { timeout: 30_000 });
    await pollExtensionPage(
      ext,
      async (id: number) => (await browser.browserAction.getBadgeText({ tabId: id })) === '',
      tabId,
      10_000,
    );
    // A restored page fires no load event, which goBack would wait for.
    await tab.evaluate(() => history.back());
    await pollExtensionPage(
      ext,
      async (id: number) =>
        (await browser.tabs.get(id)).url === 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm',
      tabId,
      10_000,
    );
    expect(await tab.evaluate(() => (window as unknown as { kept?: boolean }).kept === true)).toBe(true);
    await pollExtensionPage(
      ext,
      async (id: number) => (await browser.browserAction.getBadgeText({ tabId: id })) !== '',
      tabId,
      10_000,
    );
    expect(await badge(tabId)).toBe(countA);
    await tab.close();
  });
});

declare const browser: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    get(id: number): Promise<{ url?: string }>;
    onUpdated: { addListener(l: (tabId: number) => void, filter: { properties: string[]; urls: string[] }): void };
  };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};
declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
