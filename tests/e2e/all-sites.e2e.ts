/**
 * "Run on every site": with the optional all-sites permission held, the content script runs on
 * a page outside the portal list (an article served at http://www.example-news.test/), and the
 * toolbar popup shows that page; without it, nothing runs there. Checked in Chromium (across a
 * service-worker restart, a lost registration and a browser restart) and in Firefox (through the
 * options page's own button).
 *
 * Absence is checked against a control: the same article at its portal address, loaded at the
 * same time, is painted by the manifest's content script; once it is, the other page would
 * have been painted too if anything ran there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { CHROME_BUILD, launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_URL } from './support/seed';
import { PORTAL_MATCHES } from '@/utils/portals';
import { reconcileAllSites, type ContentScriptRegistry } from '@/entrypoints/background/all-sites';

const NEWS_URL = 'http://www.example-news.test/2017/0311/tongzhan.html';
const SEED_FILE = join(FIXTURES_DIR, 'people-2017-tongzhan.html');

let server: FixtureServer;
const work = mkdtempSync(join(tmpdir(), 'hzd-all-sites-'));

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(NEWS_URL, { file: SEED_FILE });
});
afterAll(async () => {
  await server?.close();
});

/** The names of the page's highlight layers (the registry is per document, read from the main world). */
const layerNames = () => [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])];
const directiveLayers = (names: string[]) => names.filter((n) => n.startsWith('hzd-d-'));

describe('Chromium', () => {
  /**
   * Headless Chromium cannot answer the permission prompt that the options page's button opens,
   * so this copy of the build lists all sites as a host permission, and the test turns it off
   * and on the way a reader does on chrome://extensions (site access: on specific sites, the
   * portals / on all sites).
   * The browser then withdraws and grants `<all_urls>` and fires the same permission events.
   */
  function buildWithAllSitesWithdrawable(): string {
    const dir = join(work, 'chrome');
    cpSync(CHROME_BUILD, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = [...(manifest.host_permissions as string[]), '<all_urls>'];
    delete manifest.optional_host_permissions;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  }

  /** All sites, or the portals only (the control page keeps running). */
  async function setSiteAccess(b: ExtensionBrowser, everySite: boolean) {
    const page = await b.context.newPage();
    await page.goto('chrome://extensions');
    await page.evaluate(
      async ([extensionId, all, portals]) => {
        const dp = (
          globalThis as unknown as {
            chrome: {
              developerPrivate: {
                updateExtensionConfiguration(u: object): Promise<void>;
                addHostPermission(id: string, host: string): Promise<void>;
              };
            };
          }
        ).chrome.developerPrivate;
        await dp.updateExtensionConfiguration({ extensionId, hostAccess: all ? 'ON_ALL_SITES' : 'ON_SPECIFIC_SITES' });
        if (!all) for (const host of portals) await dp.addHostPermission(extensionId, host);
      },
      [b.extensionId, everySite, PORTAL_MATCHES] as const,
    );
    await page.close();
    const w = await b.worker();
    const held = await w.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }));
    expect(held).toBe(everySite);
  }

  const registered = async (b: ExtensionBrowser) =>
    (await b.worker()).evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, js: s.js, matches: s.matches })),
    );

  /** Loads the article outside the portal list beside the control; resolves once the control is painted. */
  async function loadBesideControl(b: ExtensionBrowser): Promise<Page> {
    const control = await b.context.newPage();
    const page = await b.context.newPage();
    await Promise.all([control.goto(SEED_URL), page.goto(NEWS_URL)]);
    await expect
      .poll(async () => directiveLayers(await control.evaluate(layerNames)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await control.close();
    return page;
  }

  async function expectPainted(b: ExtensionBrowser, page: Page) {
    await expect
      .poll(async () => directiveLayers(await page.evaluate(layerNames)), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['hzd-d-heading', 'hzd-d-obligation']));
    // The toolbar button's popup shows the page.
    const popup = await b.openExtensionPage(`popup.html?tab=${await b.tabIdOf(page)}`);
    await expect.poll(() => popup.getByTestId('page-title').textContent(), { timeout: 10_000 }).toContain('统战');
    await popup.close();
  }

  test('off: nothing runs; on: painted, also after a worker restart, a lost registration and a browser restart; off again: a new load is not painted', async () => {
    const dir = buildWithAllSitesWithdrawable();
    let b = await launchChromium(server, { extensionDir: dir, keepProfile: true });
    try {
      await setSiteAccess(b, false);
      await expect.poll(() => registered(b)).toEqual([]);
      let page = await loadBesideControl(b);
      expect(await page.evaluate(layerNames)).toEqual([]);
      await page.close();

      await setSiteAccess(b, true);
      await expect
        .poll(() => registered(b))
        .toEqual([
          expect.objectContaining({
            js: [expect.stringMatching(/^\/?content-scripts\/content\.js$/)],
            matches: ['*://*/*'],
          }),
          // Its document_start companion, first to hear the reader's mouse release (highlighter/release.ts).
          expect.objectContaining({
            js: [expect.stringMatching(/^\/?release-watch\.js$/)],
            matches: ['*://*/*'],
          }),
        ]);
      page = await b.context.newPage();
      await page.goto(NEWS_URL);
      await expectPainted(b, page);
      await page.close();

      // The service worker stops when idle: what it registered stays.
      await b.stopServiceWorker();
      page = await b.context.newPage();
      await page.goto(NEWS_URL);
      await expectPainted(b, page);
      await page.close();

      // A registration lost while the permission is held comes back when the worker starts.
      await (await b.worker()).evaluate(() => chrome.scripting.unregisterContentScripts());
      await b.stopServiceWorker();
      // Anything that wakes the worker (here the popup's first message) starts the check.
      const popup = await b.openExtensionPage('popup.html?tab=999999');
      await expect.poll(() => registered(b)).toHaveLength(2);
      await popup.close();

      // A browser restart with the same profile.
      const profile = b.userDataDir;
      await b.close();
      b = await launchChromium(server, { extensionDir: dir, userDataDir: profile, keepProfile: true });
      // The browser kept the registration; the worker's start-up check leaves it alone (updating it
      // while a restored page loaded once left that page unpainted): the registration exactly as
      // this Chromium hands it back is one the check keeps, with no call that would change it.
      await expect.poll(() => registered(b), { timeout: 15_000 }).toHaveLength(2);
      const kept = await (await b.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
      const changes: string[] = [];
      const asStored: ContentScriptRegistry = {
        getRegisteredContentScripts: async ({ ids }) => kept.filter((s) => ids.includes(s.id)),
        registerContentScripts: async () => void changes.push('register'),
        updateContentScripts: async () => void changes.push('update'),
        unregisterContentScripts: async () => void changes.push('unregister'),
      };
      expect(await reconcileAllSites(true, asStored)).toBe('kept');
      expect(changes).toEqual([]);
      page = await b.context.newPage();
      await page.goto(NEWS_URL);
      await expectPainted(b, page);
      await page.close();

      await setSiteAccess(b, false);
      await expect.poll(() => registered(b)).toEqual([]);
      page = await loadBesideControl(b);
      expect(await page.evaluate(layerNames)).toEqual([]);
      await page.close();
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    // Firefox answers optional-permission requests without a prompt under this pref (its own tests use it).
    firefox = await launchFirefox(server, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  const layersOf = async (page: FirefoxPage) => directiveLayers(await page.evaluate(layerNames));

  async function loadBesideControl(): Promise<FirefoxPage> {
    const control = await firefox.browser.newPage();
    const page = await firefox.browser.newPage();
    await Promise.all([control.goto(SEED_URL), page.goto(NEWS_URL)]);
    await expect.poll(() => layersOf(control), { timeout: 15_000 }).not.toEqual([]);
    await control.close();
    return page;
  }

  async function clickAllSites(options: FirefoxPage, expectGranted: boolean) {
    await options.waitForSelector('.all-sites button');
    await options.click('.all-sites button');
    await expect
      .poll(() => options.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] })), {
        timeout: 10_000,
      })
      .toBe(expectGranted);
  }

  const registered = (options: FirefoxPage) =>
    options.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));

  test('the options button turns it on (painted) and off (a new load is not painted)', async () => {
    const options = await firefox.openExtensionPage('options.html');
    let page = await loadBesideControl();
    expect(await page.evaluate(layerNames)).toEqual([]);
    await page.close();

    await clickAllSites(options, true);
    await expect.poll(() => registered(options)).toHaveLength(2);
    page = await firefox.browser.newPage();
    await page.goto(NEWS_URL);
    await expect
      .poll(() => layersOf(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['hzd-d-heading', 'hzd-d-obligation']));
    await page.close();

    await clickAllSites(options, false);
    await expect.poll(() => registered(options)).toEqual([]);
    page = await loadBesideControl();
    expect(await page.evaluate(layerNames)).toEqual([]);
    await page.close();
    await options.close();
  }, 90_000);
});

declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; js?: string[]; matches?: string[] }[]>;
    unregisterContentScripts(): Promise<void>;
  };
};
declare const browser: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};
