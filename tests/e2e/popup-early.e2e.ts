/**
 * The popup opened before its tab's page report (Chromium): the content script reports after
 * analysing and painting the page, a second or more on a slow machine. The popup says "reading
 * this page…" while the tab loads, and shows the page and its Follow button when the report
 * arrives (the background tells the extension's pages the tab's id; the popup asks again).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFixtureRoutes, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';

/** An article with dated targets (as in deadlines.e2e.ts), served late at an address of its portal. */
const GOV_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
const SLOW_URL = 'https://www.gov.cn/zhengce/content/202502/slow-test.htm';
/** Long enough for the popup to open and ask while the tab still loads. */
const DELAY_MS = 3_000;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  const html = readFixtureRoutes().get(GOV_URL);
  if (!html) throw new Error(`no fixture for ${GOV_URL}`);
  server.route(SLOW_URL, { body: readFileSync(html), delayMs: DELAY_MS });
  browser = await launchChromium(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a popup opened while the tab loads shows the page and its Follow button when the report arrives', async () => {
  const tab = await browser.context.newPage();
  const tabId = await browser.tabIdOf(tab);
  const loaded = tab.goto(SLOW_URL);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  // Every state the page panel shows, in order, without repeats.
  await popup.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const note = () => {
      const panel = document.querySelector('[data-testid="reading"], [data-testid="inactive"], [data-testid="page"]');
      const state = panel?.getAttribute('data-testid');
      if (state && seen.at(-1) !== state) seen.push(state);
    };
    note();
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
  });
  await expect.poll(() => popup.getByTestId('reading').count(), { timeout: 10_000 }).toBe(1);

  await loaded;
  await expect.poll(() => popup.getByTestId('page').count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => popup.getByTestId('follow').count(), { timeout: 10_000 }).toBe(1);
  expect(await popup.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['reading', 'page']);
});
