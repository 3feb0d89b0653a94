/**
 * A hostile page tries to switch our content script off (support/switch-off.ts): it sends
 * WXT's "a newer copy of this content script started" signal, with the name it read from our
 * own start-up message and the name it can guess from the public extension id, and it plants
 * a fake `window.__huazhongdian` hook before we start. Afterwards everything must still work:
 * the paint and the outline stay, the content script answers the background, and a real
 * selection still opens the toolbar and saves. The page never sees our hook, nor do we call its.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_URL, seedDraft } from './support/seed';
import { clickInFirefoxUi, highlighterUi, outlineUi } from './support/in-page-ui';
import { CONTENT_SCRIPT_FILE } from '@/utils/portals';
import { dragSelect } from './support/select';
import { layerSizes, switchOff, withEavesdropper } from './support/switch-off';

/** A sentence of the seed other than the saved one, selected after the attack. */
const OTHER = '功成不必在我';
const START_SIGNAL = 'content:wxt:content-script-started';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  const seed = readFileSync(`${FIXTURES_DIR}/people-2017-tongzhan.html`, 'utf8');
  server.route(SEED_URL, { body: withEavesdropper(seed), contentType: 'text/html; charset=utf-8' });
});
afterAll(async () => {
  await server?.close();
});

/** Our paint as the page's registry has it: the reader's green highlight and some directive layers. */
function expectPainted(sizes: Record<string, number>): void {
  expect(sizes['hzd-u-green']).toBe(1);
  expect(Object.keys(sizes).filter((n) => n.startsWith('hzd-d-')).length).toBeGreaterThan(0);
}

describe('a page cannot switch the content script off in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('after every start signal the page can make, paint, outline, commands and toolbar still work', async () => {
    const control = await browser.openExtensionPage('popup.html?tab=999999');
    expect(
      await control.evaluate(
        (d) => chrome.runtime.sendMessage({ type: 'highlights/save', draft: d }),
        seedDraft('so-1'),
      ),
    ).toMatchObject({ ok: true });
    await control.close();

    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size);
    await page.locator('hzd-outline').waitFor({ state: 'attached' });
    const tabId = await browser.tabIdOf(page);
    const before = await page.evaluate(layerSizes);
    expectPainted(before);

    const report = await page.evaluate(switchOff, [`${browser.extensionId}:${START_SIGNAL}`]);
    console.log(`switch-off (Chromium): start message seen by the page: ${report.leaked}; names sent:`, report.names);
    // The page sees only its own fake hook, and we never called it.
    expect(report.hook).toBe('page');
    expect(report.hookCalled).toBe(false);

    // The signal is handled synchronously: whatever it did is done by now.
    // Soft: every loss is listed, not just the first.
    expect.soft(await page.evaluate(layerSizes)).toEqual(before);
    expect.soft(await page.locator('hzd-outline').count()).toBe(1);
    const worker = await browser.worker();
    const ping = await worker
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/ping' }), tabId)
      .catch((e: unknown) => String(e));
    expect(ping).toMatchObject({
      ok: true,
      data: { url: SEED_URL },
    });
    const ui = highlighterUi(page);
    await dragSelect(page, OTHER);
    await ui.click('[data-testid="hzd-toolbar"] button[data-color="blue"]');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('hzd-u-blue') as unknown as Set<Range>)].map(String)))
      .toEqual([OTHER]);
    await page.close();
  });

  test('injected again (the toolbar button), the running copy stays with its open outline; no second UI', async () => {
    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    const ui = outlineUi(page);
    await ui.click('button.tab');
    await ui.waitFor('.panel');
    const tabId = await browser.tabIdOf(page);
    const before = await page.evaluate(layerSizes);
    const worker = await browser.worker();
    await worker.evaluate(([id, file]) => chrome.scripting.executeScript({ target: { tabId: id }, files: [file] }), [
      tabId,
      CONTENT_SCRIPT_FILE,
    ] as const);
    expect(await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/ping' }), tabId)).toMatchObject({
      ok: true,
      data: { url: SEED_URL },
    });
    expect(await ui.count('.panel')).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('hzd-outline, hzd-highlights').length)).toBe(1);
    expect(await page.evaluate(layerSizes)).toEqual(before);
    await page.close();
  });
});

describe('a page cannot switch the content script off in Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('after every start signal the page can make, paint, outline, commands and toolbar still work', async () => {
    const control = await firefox.openExtensionPage('popup.html');
    expect(
      await control.evaluate(
        (d: object) => browser.runtime.sendMessage({ type: 'highlights/save', draft: d }),
        seedDraft('so-1'),
      ),
    ).toMatchObject({ ok: true });

    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('hzd-u-green')?.size,
      { timeout: 15_000 },
    );
    await page.waitForSelector('hzd-outline', { timeout: 15_000 });
    const before = await page.evaluate(layerSizes);
    expectPainted(before);

    // The Firefox add-on id is in the public manifest.
    const report = await page.evaluate(switchOff, [`huazhongdian@huazhongdian.org:${START_SIGNAL}`]);
    console.log(`switch-off (Firefox): start message seen by the page: ${report.leaked}; names sent:`, report.names);
    expect(report.hook).toBe('page');
    expect(report.hookCalled).toBe(false);

    expect.soft(await page.evaluate(layerSizes)).toEqual(before);
    expect.soft(await page.evaluate(() => document.querySelectorAll('hzd-outline').length)).toBe(1);
    const ping = await control
      .evaluate(async (url: string) => {
        const [tab] = await browser.tabs.query({ url });
        return browser.tabs.sendMessage(tab!.id!, { type: 'content/ping' });
      }, SEED_URL)
      .catch((e: unknown) => String(e));
    expect(ping).toMatchObject({ ok: true, data: { url: SEED_URL } });
    await control.close();

    await dragSelect(page, OTHER);
    await clickInFirefoxUi(page, 'hzd-highlights', '[data-testid="hzd-toolbar"] button[data-color="blue"]');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('hzd-u-blue') ?? [])].map(
            String,
          ),
        ),
      )
      .toEqual([OTHER]);
    await page.close();
  });

  test('injected again (the toolbar button), the running copy stays with its open outline; no second UI', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    await clickInFirefoxUi(page, 'hzd-outline', 'button.tab');
    const before = await page.evaluate(layerSizes);
    const control = await firefox.openExtensionPage('popup.html');
    const ping = await control.evaluate(
      async (url: string, file: string) => {
        const [tab] = await browser.tabs.query({ url });
        await browser.scripting.executeScript({ target: { tabId: tab!.id! }, files: [file] });
        return browser.tabs.sendMessage(tab!.id!, { type: 'content/ping' });
      },
      SEED_URL,
      CONTENT_SCRIPT_FILE,
    );
    await control.close();
    expect(ping).toMatchObject({ ok: true, data: { url: SEED_URL } });
    // The open panel is still there: its close button can be clicked.
    await clickInFirefoxUi(page, 'hzd-outline', '.panel button.close', 2_000);
    expect(await page.evaluate(() => document.querySelectorAll('hzd-outline, hzd-highlights').length)).toBe(1);
    expect(await page.evaluate(layerSizes)).toEqual(before);
    await page.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  scripting: { executeScript(o: object): Promise<unknown> };
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
};
declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  scripting: { executeScript(o: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
};
