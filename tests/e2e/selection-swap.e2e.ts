/**
 * A page that changes the selection after the reader lets go of the mouse (Chromium, Firefox). Its own
 * listener of the release (`pointerup` or `mouseup` on the window, in the capture phase, added
 * before our content script starts; or a task it queues from there) stretches the reader's
 * selection over text drawn at font size 0 just after it. The reader saw and dragged over the
 * sentence only; the colour they click must save that sentence, not the page's words.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_SENTENCE, SEED_URL } from './support/seed';
import { clickInFirefoxUi, highlighterUi } from './support/in-page-ui';
import { dragSelect } from './support/select';

const SEED_HTML = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
const PLANTED = '植入的话PLANTED';
const TOOLBAR = '[data-testid="hzd-toolbar"]';

/** The seed page with the invisible words after the sentence and a script that selects them on release. */
function hostilePage(event: 'pointerup' | 'mouseup', later: boolean): string {
  const stretch = `() => { const t = document.getElementById('planted').firstChild; getSelection().extend(t, t.length); }`;
  const script = `<script>window.addEventListener('${event}', ${later ? `() => setTimeout(${stretch})` : stretch}, true);</script>`;
  return SEED_HTML.replace('<head>', `<head>${script}`).replace(
    SEED_SENTENCE,
    `${SEED_SENTENCE}<span id="planted" style="font-size:0">${PLANTED}</span>`,
  );
}

interface Stored {
  quote: { exact: string };
}

const CASES = [
  ['pointerup', false],
  ['mouseup', false],
  ['mouseup', true],
] as const;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a page that changes the selection after the reader lets go, in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const ask = async <T>(message: object): Promise<T> => {
    const popup = await browser.openExtensionPage('popup.html?tab=999999');
    try {
      const reply = (await popup.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; data: T };
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data;
    } finally {
      await popup.close();
    }
  };

  test.each(CASES)(
    'on %s (in a later task: %s): the colour saves what the reader dragged over',
    async (event, later) => {
      for (const h of await ask<(Stored & { id: string })[]>({ type: 'highlights/list', url: SEED_URL }))
        await ask({ type: 'highlights/delete', id: h.id });
      server.route(SEED_URL, { body: hostilePage(event, later), contentType: 'text/html; charset=utf-8' });
      const page = await browser.context.newPage();
      await page.goto(SEED_URL);
      await page.waitForSelector('#hzd-paint-style', { state: 'attached' });

      await dragSelect(page, SEED_SENTENCE);
      // The page did stretch the selection over its words.
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(SEED_SENTENCE + PLANTED);
      const ui = highlighterUi(page);
      await ui.waitFor(TOOLBAR);
      await ui.click(`${TOOLBAR} button[data-color="green"]`);
      await expect.poll(async () => (await ask<Stored[]>({ type: 'highlights/list', url: SEED_URL })).length).toBe(1);
      const [saved] = await ask<Stored[]>({ type: 'highlights/list', url: SEED_URL });
      expect(saved!.quote.exact).toBe(SEED_SENTENCE);
      await page.close();
    },
  );
});

describe('a page that changes the selection after the reader lets go, in Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });
  const ask = async <T>(message: object): Promise<T> => {
    const ext = await firefox.openExtensionPage('popup.html');
    try {
      const reply = (await ext.evaluate((m) => browser.runtime.sendMessage(m), message)) as { ok: boolean; data: T };
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data;
    } finally {
      await ext.close();
    }
  };

  test.each(CASES)(
    'on %s (in a later task: %s): the colour saves what the reader dragged over',
    async (event, later) => {
      for (const h of await ask<(Stored & { id: string })[]>({ type: 'highlights/list', url: SEED_URL }))
        await ask({ type: 'highlights/delete', id: h.id });
      server.route(SEED_URL, { body: hostilePage(event, later), contentType: 'text/html; charset=utf-8' });
      const page = await firefox.browser.newPage();
      await page.goto(SEED_URL);
      await page.waitForSelector('#hzd-paint-style');
      await dragSelect(page, SEED_SENTENCE);
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(SEED_SENTENCE + PLANTED);
      await clickInFirefoxUi(page, 'hzd-highlights', `${TOOLBAR} button[data-color="green"]`);
      await expect.poll(async () => (await ask<Stored[]>({ type: 'highlights/list', url: SEED_URL })).length).toBe(1);
      const [saved] = await ask<Stored[]>({ type: 'highlights/list', url: SEED_URL });
      expect(saved!.quote.exact).toBe(SEED_SENTENCE);
      await page.close();
    },
  );
});

/** The extension's API, as Firefox gives it to an extension page (the Firefox tests' evaluate callbacks run there). */
declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
