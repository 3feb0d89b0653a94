/**
 * A compromised content script learns no other site's settings (docs/security.md): code in the
 * content script's isolated world of the seed page reads the settings mirror in storage.local and
 * asks `settings/get`; neither names the other sites the reader set a density or auto-marks off
 * for. And the mirror that names no site still paints right at once: the seed's own density is its
 * first paint's, and with auto-marks off for its site it is never painted, not for a frame.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { contentWorld, launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL } from './support/seed';

const SEED_HOST = new URL(SEED_URL).hostname;
const SECRET_SITES = ['www.private-clinic.example', 'forum.hidden.example', 'bank.secret.example'];

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  // HZD_CHROME_BUILD: another build to attack (e.g. the one before the fix).
  browser = await launchChromium(server, { extensionDir: process.env.HZD_CHROME_BUILD || undefined });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function setSettings(patch: object): Promise<void> {
  const page = await browser.openExtensionPage('popup.html?tab=999999');
  const reply = (await page.evaluate(
    (p) => chrome.runtime.sendMessage({ type: 'settings/update', patch: p }),
    patch,
  )) as {
    ok: boolean;
  };
  await page.close();
  expect(reply.ok).toBe(true);
}

/**
 * Opens the seed with a watcher in the page: every frame, and when the paint is done
 * (`hzd-painted`), it notes our directive layers in the registry and the paint stylesheet.
 */
async function openWatched(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { hzdSeen: { layers: string[]; styleAtPaint: string | null } };
    w.hzdSeen = { layers: [], styleAtPaint: null };
    const look = () => {
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      for (const name of registry.keys())
        if (name.startsWith('hzd-d-') && !w.hzdSeen.layers.includes(name)) w.hzdSeen.layers.push(name);
    };
    const frame = () => (look(), requestAnimationFrame(frame));
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      if (!list.getEntriesByName('hzd-painted').length) return;
      look();
      w.hzdSeen.styleAtPaint = document.getElementById('hzd-paint-style')?.textContent ?? '';
    }).observe({ type: 'mark', buffered: true });
  });
  await page.goto(SEED_URL);
  await page.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0, null, { timeout: 15_000 });
  return page;
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { hzdSeen: { layers: string[]; styleAtPaint: string | null } }).hzdSeen);

describe('the settings a content script sees', () => {
  test('its own site’s entries, none of another site’s: neither in the mirror nor from the background', async () => {
    await setSettings({
      densitySites: { [SECRET_SITES[0]!]: 'full', [SEED_HOST]: 'full' },
      autoMarksOffSites: [SECRET_SITES[1]!],
      disabledSites: [SECRET_SITES[2]!],
    });
    const page = await openWatched();
    const world = await contentWorld(browser, page);
    const mirror = await world.run<string>(`chrome.storage.local.get(null).then((all) => JSON.stringify(all))`);
    const asked = await world.run<string>(
      `chrome.runtime.sendMessage({ type: 'settings/get' }).then((r) => JSON.stringify(r))`,
    );
    for (const site of SECRET_SITES) {
      expect.soft(mirror).not.toContain(site);
      expect.soft(asked).not.toContain(site);
    }
    expect.soft(JSON.parse(asked)).toMatchObject({ ok: true, data: { densitySites: { [SEED_HOST]: 'full' } } });
    // Its own density ("Sentences": the sentence drawn light) is the first paint's.
    expect((await seen(page)).styleAtPaint).toMatch(/::highlight\(hzd-d-obligation\)\{[^}]*0\.120\)/);
    await world.cdp.detach();
    await page.close();
  });

  test('a site with auto-marks off is never painted, not for a frame', async () => {
    await setSettings({ densitySites: { [SECRET_SITES[0]!]: 'full' }, autoMarksOffSites: [SEED_HOST] });
    const page = await openWatched();
    // The report's answer (the settings of record) has come: the outline tab would be up.
    await page.waitForTimeout(1_000);
    expect((await seen(page)).layers).toEqual([]);
    await setSettings({ autoMarksOffSites: [] });
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0, null, { timeout: 15_000 });
    expect((await seen(page)).layers.length).toBeGreaterThan(0);
    await page.close();
  });
});
