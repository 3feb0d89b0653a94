/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built
 * Firefox extension installed as a temporary add-on and the fixture server as its proxy.
 * The add-on's moz-extension UUID is fixed by a pref so tests can open its pages.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FixtureServer } from './server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

export interface FirefoxExtensionBrowser {
  browser: Browser;
  uuid: string;
  base: string;
  /** Opens an extension page; `page.goto` on moz-extension:// may never settle, so navigation is not awaited. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(
  server: FixtureServer,
  options: { extensionDir?: string; uuid?: string; prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxExtensionBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no Firefox build at ${extensionDir}: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('the Firefox build has no fixed add-on id');
  const uuid = options.uuid ?? '6f1d9a52-3c1e-4f4b-9a57-0d2f6b7c8e91';
  const profile = mkdtempSync(join(tmpdir(), 'hzd-firefox-'));
  const [proxyHost, proxyPort] = server.proxy.split(':');

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // The fixture server answers HTTPS portals with a self-signed test certificate.
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': proxyHost,
      'network.proxy.http_port': Number(proxyPort),
      'network.proxy.ssl': proxyHost,
      'network.proxy.ssl_port': Number(proxyPort),
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'dom.security.https_only_mode': false,
      'dom.security.https_first': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${uuid}/`;

  return {
    browser,
    uuid,
    base,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      void page.goto(base + path).catch(() => undefined);
      // Asking a page while it navigates can fail in the protocol itself ("right-hand side of
      // 'in' should be an object"), which waitForFunction does not retry: poll by hand.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page
          .evaluate((prefix: string) => location.href.startsWith(prefix) && document.readyState === 'complete', base)
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error(`extension page ${path} did not load in 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `fn(arg)` in an extension page until it returns something other than false, and returns
 * that. Puppeteer's waitForFunction builds its poller with `new Function`, which the extension
 * pages' CSP blocks in Firefox ESR 140.12 ("call to Function() blocked by CSP"); evaluate is not
 * blocked, so the polling is done from here.
 */
export async function pollExtensionPage<A extends string | number, R>(
  page: Page,
  fn: (arg: A) => Promise<R | false> | R | false,
  arg: A,
  timeout: number,
): Promise<R> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(fn as (arg: string | number) => unknown, arg)) as R | false;
      if (value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met in the extension page within ${timeout} ms`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
