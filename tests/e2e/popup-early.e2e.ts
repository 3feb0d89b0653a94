/**
 * The popup opened before its tab's page report: the content script reports after analysing and
 * painting the page, a second or more on a slow machine. The popup says "reading this page…"
 * while the tab loads, and shows the page (and an article's Follow button) when the report
 * arrives (the background tells the extension's pages the tab's id; the popup asks again). In
 * Chromium and Firefox; a channel index (no article) too. In Chromium also: a script that has
 * reported while the background lost the report (its session storage cleared, the worker
 * restarted) is asked to report again, and the popup shows the page, never "not running".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { readFixtureRoutes, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';
import { recordStates, seenStates } from './support/popup-states';

/** An article with dated targets (as in deadlines.e2e.ts), served late at an address of its portal. */
const GOV_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
const SLOW_URL = 'https://www.gov.cn/zhengce/content/202502/slow-test.htm';
/** A channel index of the same portal (no article), served late too. */
const LIST_URL = 'https://www.gov.cn/zhengce/zhengceku/bmwj.htm';
const SLOW_LIST_URL = 'https://www.gov.cn/zhengce/zhengceku/slow-list.htm';
/** Long enough for the popup to open and ask while the tab still loads. */
const DELAY_MS = 3_000;

/** "This page is not an article" in each UI language. */
const NOT_ARTICLE = ['en', 'zh_CN'].map(
  (lang) =>
    (
      JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as {
        popupNotArticle: { message: string };
      }
    ).popupNotArticle.message,
);

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const routes = readFixtureRoutes();
  for (const [slow, url] of [
    [SLOW_URL, GOV_URL],
    [SLOW_LIST_URL, LIST_URL],
  ] as const) {
    const html = routes.get(url);
    if (!html) throw new Error(`no fixture for ${url}`);
    server.route(slow, { body: readFileSync(html), delayMs: DELAY_MS });
  }
});

afterAll(async () => {
  await server?.close();
});

/** The page panel's line for a page without directives ("not an article", "no directives"). */
const emptyLine = () => document.querySelector('[data-testid="page"] .pv-empty')?.textContent ?? null;

describe('Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the popup for a tab that starts loading `url` (slow); resolves when the tab has loaded. */
  async function popupWhileLoading(url: string): Promise<{ popup: PlaywrightPage; loaded: Promise<unknown> }> {
    const tab = await browser.context.newPage();
    const tabId = await browser.tabIdOf(tab);
    const loaded = tab.goto(url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, false);
    await expect.poll(() => popup.getByTestId('reading').count(), { timeout: 10_000 }).toBe(1);
    return { popup, loaded };
  }

  test('a popup opened while the tab loads shows the page and its Follow button when the report arrives', async () => {
    const { popup, loaded } = await popupWhileLoading(SLOW_URL);
    await loaded;
    await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => popup.getByTestId('follow').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', 'page']);
  });

  test('a channel index (no article): "reading", then the page as no article, never "not running"', async () => {
    const { popup, loaded } = await popupWhileLoading(SLOW_LIST_URL);
    await loaded;
    await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    expect(NOT_ARTICLE).toContain(await popup.evaluate(emptyLine));
    expect(await popup.getByTestId('follow').count()).toBe(0);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', 'page']);
    // Opened after the report: the page at once.
    const again = await browser.openExtensionPage(`popup.html?tab=${await popupTabId(popup)}`);
    await expect.poll(() => again.getByTestId('page').count(), { timeout: 10_000 }).toBe(1);
    expect(NOT_ARTICLE).toContain(await again.evaluate(emptyLine));
  });

  test('a report the background lost (session storage cleared, worker restarted): the script reports again, the page shows', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(GOV_URL);
    const tabId = await browser.tabIdOf(tab);
    const first = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => first.getByTestId('follow').count(), { timeout: 30_000 }).toBe(1);
    await first.close();

    const worker = await browser.worker();
    await worker.evaluate(() => chrome.storage.session.clear());
    await browser.stopServiceWorker();

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, false);
    await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => popup.getByTestId('follow').count(), { timeout: 10_000 }).toBe(1);
    const seen = await popup.evaluate(seenStates);
    expect(seen).not.toContain('inactive');
    expect(seen).not.toContain('unreported');
    expect(seen.at(-1)).toBe('page');
  });
});

const popupTabId = (popup: PlaywrightPage) => popup.evaluate(() => new URLSearchParams(location.search).get('tab'));

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** The ids of the open tabs, as an extension page sees them (no tab's address is needed). */
  const tabIds = (ext: PuppeteerPage) => ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id!));

  async function popupWhileLoading(url: string): Promise<{ popup: PuppeteerPage; loaded: Promise<unknown> }> {
    const ext = await firefox.openExtensionPage('popup.html?tab=999999');
    const before = new Set(await tabIds(ext));
    const tab = await firefox.browser.newPage();
    const [tabId] = (await tabIds(ext)).filter((id) => !before.has(id));
    await ext.close();
    if (tabId === undefined) throw new Error('the new tab was not found');
    const loaded = tab.goto(url, { timeout: 30_000 });
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.evaluate(recordStates, false);
    await pollExtensionPage(popup, () => !!document.querySelector('[data-testid="reading"]'), 0, 10_000);
    return { popup, loaded };
  }

  const has = (popup: PuppeteerPage, testId: string, timeout: number) =>
    pollExtensionPage(popup, (id: string) => !!document.querySelector(`[data-testid="${id}"]`), testId, timeout);

  test('a popup opened while the tab loads shows the page and its Follow button when the report arrives', async () => {
    const { popup, loaded } = await popupWhileLoading(SLOW_URL);
    await loaded;
    await has(popup, 'page', 30_000);
    await has(popup, 'follow', 10_000);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', 'page']);
  });

  test('a channel index (no article): "reading", then the page as no article, never "not running"', async () => {
    const { popup, loaded } = await popupWhileLoading(SLOW_LIST_URL);
    await loaded;
    await has(popup, 'page', 30_000);
    expect(NOT_ARTICLE).toContain(await popup.evaluate(emptyLine));
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="follow"]').length)).toBe(0);
    expect(await popup.evaluate(seenStates)).toEqual(['reading', 'page']);
  });
});

declare const chrome: { storage: { session: { clear(): Promise<void> } } };
declare const browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
