/**
 * Launches Debian's Chromium with the built extension (never a downloaded browser) and
 * the fixture server as its proxy. Fails loudly when Chromium or the build is missing.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FixtureServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (started again if it was stopped). */
  worker(): Promise<Worker>;
  /** Opens an extension page such as `popup.html?tab=3`. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** Stops the extension's service worker, as Chrome does when it is idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Chromium's switches for every launch here (tests, bench, demo): the extension loaded, the
 * fixture server as the only way out, and none of the browser's own background traffic.
 */
export function extensionBrowserArgs(extensionDir: string, server: Pick<FixtureServer, 'proxy'>): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--proxy-server=http://${server.proxy}`,
    '--proxy-bypass-list=<-loopback>',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForEngagedSites',
  ];
}

export async function launchChromium(
  server: FixtureServer,
  options: {
    extensionDir?: string;
    userDataDir?: string;
    keepProfile?: boolean;
    args?: string[];
    /** Keep the back/forward cache, which Playwright turns off by default. */
    bfcache?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no extension build at ${extensionDir}: run npm run build first`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'hzd-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionBrowserArgs(extensionDir, server),
      // The fixture server answers HTTPS portals with a self-signed test certificate.
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      ...(options.args ?? []),
    ],
    ignoreDefaultArgs: options.bfcache ? ['--disable-back-forward-cache'] : undefined,
  });

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const first = await findWorker();
  const extensionId = new URL(first.url()).host;

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    userDataDir,
    async worker() {
      const w = context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${extensionId}/`));
      if (w) return w;
      // Waking the worker: any extension page does it.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
      const woken = await findWorker();
      await page.close();
      return woken;
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page: Page) {
      // Without host permission the extension cannot read a tab's URL, so find it as the active tab.
      await page.bringToFront();
      const w = await browser.worker();
      const id = await w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error(`no tab shows ${page.url()}`);
      return id;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      let stopped!: () => void;
      const done = new Promise<void>((ok) => (stopped = ok));
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
        if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) stopped();
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([
        done,
        new Promise((_, fail) => setTimeout(() => fail(new Error('service worker did not stop')), 10_000)),
      ]);
      await cdp.detach();
    },
    async close() {
      // A browser that does not shut down in time is killed (found by its own profile folder),
      // so one stuck process cannot stall the whole run.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<'stuck'>((ok) => (timer = setTimeout(() => ok('stuck'), 20_000)));
      const outcome = await Promise.race([context.close().then(() => 'closed' as const), stuck]);
      clearTimeout(timer);
      if (outcome === 'stuck') spawnSync('pkill', ['-9', '-f', userDataDir]);
      if (!options.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/**
 * The content script's isolated world of `page`, to evaluate code in (DevTools protocol
 * `Runtime.evaluate` in that execution context): what a compromised content script could run,
 * and how the bench times a content script's request.
 */
export async function contentWorld(
  browser: Pick<ExtensionBrowser, 'context' | 'extensionId'>,
  page: Page,
): Promise<{ run<T>(expression: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await browser.context.newCDPSession(page);
  let contextId: number | null = null;
  cdp.on('Runtime.executionContextCreated', (e) => {
    const c = e.context as { id: number; origin: string; auxData?: { type?: string } };
    if (c.origin === `chrome-extension://${browser.extensionId}` && c.auxData?.type === 'isolated') contextId = c.id;
  });
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 300 && contextId === null; i++) await new Promise((r) => setTimeout(r, 50));
  if (contextId === null) throw new Error(`no content script in ${page.url()}`);
  const id: number = contextId;
  return {
    cdp,
    async run<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (r.exceptionDetails) throw new Error(`content world: ${JSON.stringify(r.exceptionDetails)}`);
      return r.result.value as T;
    },
  };
}

/**
 * A copy of the build (in `parent`) whose English strings are the Chinese ones: Chromium here
 * can't be started in another UI language, so this is how a test sees the Chinese UI.
 */
export function buildWithChineseUi(parent: string): string {
  const dir = join(parent, 'chrome-zh');
  cpSync(CHROME_BUILD, dir, { recursive: true });
  cpSync(join(dir, '_locales/zh_CN/messages.json'), join(dir, '_locales/en/messages.json'));
  return dir;
}

/** Collects console errors and uncaught exceptions of a page (our code must add none). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};
