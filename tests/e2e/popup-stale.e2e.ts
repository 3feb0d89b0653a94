/**
 * A tab that moves from article A to article B: until B's content script reports, the popup
 * must not show A (its title, key points, counts), nor the badge A's count. B is held by a
 * parser-blocking script of its own (served seconds late), so the tab shows B's address while
 * its content script has not started: the moment the bug lived in. The background keeps each
 * tab's report with the address it came from and gives it out only while the tab shows that
 * page (entrypoints/background/tabs.ts). Also: a popup already open on A follows the tab to B,
 * and a tab gone to a site the extension may not see has no page at all.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page as PlaywrightPage } from 'playwright-core';
import { readFixtureRoutes, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';
import { recordStates, seenStates } from './support/popup-states';

/** Article A, served at once. */
const A_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
/** Article B (another fixture of the portal) at a test address, its parsing held by a slow script. */
const B_SOURCE = 'https://www.gov.cn/zhengce/zhengceku/202504/content_7019846.htm';
const B_URL = 'https://www.gov.cn/zhengce/zhengceku/202504/stale-test-b.htm';
const SLOW_SCRIPT = 'https://www.gov.cn/hzd-test/slow.js';
/** A page of a site outside the portal list: the extension may not see the tab's address there. */
const ELSEWHERE = 'http://elsewhere.example.org/article.html';
/** Long enough for the popup to open and look while B's content script has not started. */
const DELAY_MS = 4_000;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const html = readFixtureRoutes().get(B_SOURCE);
  if (!html) throw new Error(`no fixture for ${B_SOURCE}`);
  // Bytes as read (the page declares its own charset): the script tag goes right after <body>.
  const page = readFileSync(html).toString('latin1');
  const body = /<body[^>]*>/i.exec(page);
  if (!body) throw new Error('no <body> in B');
  const at = body.index + body[0].length;
  const held = `${page.slice(0, at)}<script src="${SLOW_SCRIPT}"></script>${page.slice(at)}`;
  server.route(B_URL, { body: Buffer.from(held, 'latin1') });
  server.route(SLOW_SCRIPT, { body: '', contentType: 'text/javascript', delayMs: DELAY_MS });
  server.route(ELSEWHERE, {
    body: '<!doctype html><meta charset="utf-8"><title>Elsewhere</title><p>Another site.</p>',
  });
});

afterAll(async () => {
  await server?.close();
});

const shownTitle = () => document.querySelector('[data-testid="page-title"]')?.textContent ?? null;

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
  const tabUrl = async (tabId: number) =>
    (await browser.worker()).evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);

  /** A tab on article A, reported (the popup shows it, the badge has its count): the tab, its id and A's title. */
  async function onArticleA(): Promise<{ tab: PlaywrightPage; tabId: number; titleA: string }> {
    const tab = await browser.context.newPage();
    await tab.goto(A_URL);
    const tabId = await browser.tabIdOf(tab);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('follow').count(), { timeout: 30_000 }).toBe(1);
    const titleA = await popup.evaluate(shownTitle);
    await popup.close();
    expect(titleA).toBeTruthy();
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    return { tab, tabId, titleA: titleA! };
  }

  test('a popup opened while the tab moves to B (its script not started) says "reading", never A', async () => {
    const { tab, tabId, titleA } = await onArticleA();
    const loaded = tab.goto(B_URL);
    // B's address is the tab's (committed), its parsing held by the slow script.
    await expect.poll(() => tabUrl(tabId), { timeout: 10_000 }).toBe(B_URL);
    // Chromium clears a tab's badge itself on a navigation that loads a document.
    expect(await badge(tabId)).toBe('');

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, true);
    await expect.poll(() => popup.getByTestId('reading').count(), { timeout: 10_000 }).toBe(1);
    expect(await badge(tabId)).toBe('');
    await loaded;
    await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    const titleB = await popup.evaluate(shownTitle);
    expect(titleB).not.toBe(titleA);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', `page:${titleB}`]);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    await tab.close();
  });

  test('a popup open on A follows the tab to B: "reading", then B, never A on B', async () => {
    const { tab, tabId, titleA } = await onArticleA();
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.evaluate(shownTitle), { timeout: 10_000 }).toBe(titleA);
    await popup.evaluate(recordStates, true);

    const loaded = tab.goto(B_URL);
    await expect.poll(() => tabUrl(tabId), { timeout: 10_000 }).toBe(B_URL);
    await expect.poll(() => popup.getByTestId('reading').count(), { timeout: 10_000 }).toBe(1);
    await loaded;
    await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    const titleB = await popup.evaluate(shownTitle);
    expect(titleB).not.toBe(titleA);
    expect(await popup.evaluate(seenStates)).toEqual([`page:${titleA}`, 'reading', `page:${titleB}`]);
    await tab.close();
  });

  test('a tab gone from A to a site outside the portals: no page, no badge, never A', async () => {
    const { tab, tabId } = await onArticleA();
    await tab.goto(ELSEWHERE);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, true);
    await expect.poll(() => popup.getByTestId('inactive').count(), { timeout: 10_000 }).toBe(1);
    // Until the tab has answered (or not), the popup may say "reading" for a moment; it never shows a page.
    const seen = await popup.evaluate(seenStates);
    expect(seen.filter((state) => state !== 'reading')).toEqual(['inactive']);
    expect(seen.at(-1)).toBe('inactive');
    expect(await badge(tabId)).toBe('');
    await tab.close();
  });
});

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('a popup opened while the tab moves to B (its script not started) says "reading", never A', async () => {
    // An extension page to ask the browser from (tab ids, addresses, the badge, the background).
    const ext = await firefox.openExtensionPage('popup.html?tab=999999');
    const tabIds = () => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    const tab = await firefox.browser.newPage();
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab was not found');
    const badge = () => ext.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    /** In the page: the title the popup shows for the tab's report (the article's, else the document's); false without one. */
    const reportTitle = async (t: number) => {
      type State = { data: { page: { title: string; article: { title?: string } | null } | null } };
      const { page } = ((await browser.runtime.sendMessage({ type: 'tab/state', tabId: t })) as State).data;
      return page ? page.article?.title || page.title : false;
    };

    await tab.goto(A_URL, { timeout: 30_000 });
    const titleA = await pollExtensionPage(ext, reportTitle, tabId, 30_000);
    await pollExtensionPage(
      ext,
      async (id: number) => /^[1-9]/.test(await browser.browserAction.getBadgeText({ tabId: id })),
      tabId,
      10_000,
    );

    const loaded = tab.goto(B_URL, { timeout: 30_000 });
    await pollExtensionPage(
      ext,
      async (id: number) =>
        (await browser.tabs.get(id)).url === 'https://www.gov.cn/zhengce/zhengceku/202504/stale-test-b.htm',
      tabId,
      10_000,
    );
    // Firefox clears a tab's badge itself on a navigation that loads a document.
    expect(await badge()).toBe('');

    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, true);
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="reading"]'), 0, 10_000);
    await loaded;
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="page"]'), 0, 30_000);
    const titleB = await popup.evaluate(shownTitle);
    expect(titleB).not.toBe(titleA);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', `page:${titleB}`]);
  });
});

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; get(id: number): Promise<{ url?: string }> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: { get(id: number): Promise<{ url?: string }> };
};
