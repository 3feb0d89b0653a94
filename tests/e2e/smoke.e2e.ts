/**
 * Foundation smoke test in Chromium: the content script runs on the seed page served at
 * its real address and reports to the background; the popup shows that page; a storage
 * round trip survives a service-worker restart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL } from './support/seed';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('foundation in Chromium', () => {
  test('the manifest declares the portal match patterns, not <all_urls>', async () => {
    const worker = await browser.worker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    const matches = manifest.content_scripts?.[0]?.matches ?? [];
    expect(matches).toContain('*://*.people.com.cn/*');
    expect(matches).toContain('*://*.gov.cn/*');
    expect(JSON.stringify(manifest)).not.toMatch(/"host_permissions":\[[^\]]*<all_urls>/);
  });

  test('the content script reports the seed page and the popup shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('page-title').textContent(), { timeout: 10_000 }).toContain('统战');
    await popup.close();
    await page.close();
  });

  test('a page outside the portal list gets no content script', async () => {
    server.route('http://example.org/other.html', { body: '<!doctype html><title>x</title><p>hello</p>' });
    const page = await browser.context.newPage();
    await page.goto('http://example.org/other.html');
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const state = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId);
    expect(state).toMatchObject({ ok: true, data: { page: null } });
    await popup.close();
    await page.close();
  });

  test('malformed and unknown messages are rejected with an error', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const replies = await popup.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'no/such-thing' }),
      await chrome.runtime.sendMessage({ type: 'settings/update', patch: { lastColor: 'chartreuse' } }),
      await chrome.runtime.sendMessage('hello'),
    ]);
    for (const r of replies) expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid/) });
    await popup.close();
  });

  test('a setting written through the background survives a service-worker restart', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const saved = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'settings/update', patch: { lastColor: 'green' } }),
    );
    expect(saved).toMatchObject({ ok: true, data: { lastColor: 'green' } });
    await popup.close();

    // A marker in the worker's global scope tells whether the worker really restarted.
    await (await browser.worker()).evaluate(() => Object.assign(globalThis, { hzdTestMarker: true }));
    await browser.stopServiceWorker();

    const again = await browser.openExtensionPage('popup.html');
    const read = await again.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }));
    expect(read).toMatchObject({ ok: true, data: { lastColor: 'green' } });
    const restarted = await (await browser.worker()).evaluate(() => !('hzdTestMarker' in globalThis));
    expect(restarted).toBe(true);
    await again.close();
  });
});

declare const chrome: {
  runtime: {
    sendMessage(m: unknown): Promise<unknown>;
    getManifest(): { content_scripts?: { matches?: string[] }[] };
  };
};
