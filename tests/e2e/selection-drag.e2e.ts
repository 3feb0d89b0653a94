/**
 * A page that changes the selection WHILE the reader drags (Chromium, Firefox): its own
 * `selectionchange` or `mousemove` listener stretches the reader's selection over words drawn at
 * font size 0 beside the sentence. The browser draws nothing of them; the reader saw and dragged
 * over the sentence only, and the colour they click must save that sentence, not the page's words.
 *
 * The reader's own ways of selecting stay as they were: a drag either way, a double click (a
 * word), a triple click (the paragraph), shift+click to extend, a drag begun outside the text:
 * the colour saves what the browser drew.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_SENTENCE, SEED_URL } from './support/seed';
import { clickInFirefoxUi, highlighterUi } from './support/in-page-ui';
import { dragSelect, pointsOf } from './support/select';

const SEED_HTML = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
const BEFORE = '前置的话PLANTEDBEFORE';
const AFTER = '植入的话PLANTEDAFTER';
const TOOLBAR = '[data-testid="hzd-toolbar"]';
/** The sentence's paragraph goes on after it with this. */
const NEXT_WORDS = '统战工作如果不赶紧跟到网上去';

/** Ways a page's script stretches the selection while the mouse button is down. */
const ATTACKS = {
  /** On every change the browser makes, the focus moves on over the invisible words after it. */
  selectionchange: `document.addEventListener('selectionchange', () => {
    const s = getSelection(), t = document.getElementById('after').firstChild;
    if (s.rangeCount && !s.toString().endsWith('PLANTEDAFTER')) s.extend(t, t.length);
  });`,
  /** After every move of the pressed mouse, in a task of its own. */
  mousemove: `window.addEventListener('mousemove', (e) => {
    if (e.buttons !== 1) return;
    setTimeout(() => { const t = document.getElementById('after').firstChild; getSelection().extend(t, t.length); });
  }, true);`,
  /** The anchor moves back over the invisible words before the sentence (the focus stays the reader's). */
  anchor: `document.addEventListener('selectionchange', () => {
    const s = getSelection(), t = document.getElementById('before').firstChild;
    if (s.rangeCount && s.focusNode && !s.toString().startsWith('前置')) s.setBaseAndExtent(t, 0, s.focusNode, s.focusOffset);
  });`,
} as const;
type Attack = keyof typeof ATTACKS;

/** The seed page with invisible words on both sides of the sentence, and the attack's script if any. */
function seedPage(attack: Attack | null): string {
  const hidden = (id: string, text: string) => `<span id="${id}" style="font-size:0">${text}</span>`;
  const script = attack ? `<script>${ATTACKS[attack]}</script>` : '';
  return SEED_HTML.replace('<head>', `<head>${script}`).replace(
    SEED_SENTENCE,
    `${hidden('before', BEFORE)}${SEED_SENTENCE}${hidden('after', AFTER)}`,
  );
}

interface Stored {
  id: string;
  quote: { exact: string };
}

/** What a test needs of either browser. */
interface Harness {
  open(html: string): Promise<Page | PuppeteerPage>;
  clickGreen(page: Page | PuppeteerPage): Promise<void>;
  ask<T>(message: object): Promise<T>;
}

type Driven = Page | PuppeteerPage;
const selected = (page: Driven) => (page as Page).evaluate(() => getSelection()?.toString() ?? '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Clicks `count` times at once at a point, as a reader's double or triple click (one input sequence). */
async function multiClick(page: Driven, x: number, y: number, count: number): Promise<void> {
  // Playwright names the number `clickCount`, Puppeteer `count`.
  const options = { clickCount: count, count };
  await page.mouse.click(x, y, options);
}

/** Selects, checks what the page left selected, clicks green; returns the saved passage. */
async function saveAfter(
  h: Harness,
  html: string,
  select: (page: Driven) => Promise<void>,
  stretched = false,
): Promise<{ drawn: string; saved: string }> {
  for (const r of await h.ask<Stored[]>({ type: 'highlights/list', url: SEED_URL }))
    await h.ask({ type: 'highlights/delete', id: r.id });
  const page = await h.open(html);
  await select(page);
  // The page did stretch the selection over its words.
  if (stretched) await expect.poll(() => selected(page)).toContain('PLANTED');
  const drawn = await selected(page);
  await h.clickGreen(page);
  await expect.poll(async () => (await h.ask<Stored[]>({ type: 'highlights/list', url: SEED_URL })).length).toBe(1);
  const [saved] = await h.ask<Stored[]>({ type: 'highlights/list', url: SEED_URL });
  await page.close();
  return { drawn, saved: saved!.quote.exact };
}

function suite(name: string, harness: () => Harness): void {
  describe(`a page that stretches the selection during the drag, in ${name}`, () => {
    test.each(Object.keys(ATTACKS) as Attack[])('on %s: the colour saves the sentence dragged over', async (attack) => {
      const { saved } = await saveAfter(harness(), seedPage(attack), (page) => dragSelect(page, SEED_SENTENCE), true);
      expect(saved).toBe(SEED_SENTENCE);
    });

    test('on selectionchange, a double click saves a word of the sentence', async () => {
      const { saved } = await saveAfter(
        harness(),
        seedPage('selectionchange'),
        async (page) => {
          const { to } = await pointsOf(page, '移动端');
          await multiClick(page, to[0] - 4, to[1], 2);
        },
        true,
      );
      expect(saved).not.toContain('PLANTED');
      expect(SEED_SENTENCE).toContain(saved);
      expect(saved).toContain('端');
    });
  });

  describe(`the reader's own ways of selecting, in ${name}`, () => {
    const plain = seedPage(null);
    test('a drag from the end back to the start', async () => {
      const { drawn, saved } = await saveAfter(harness(), plain, async (page) => {
        const { from, to } = await pointsOf(page, SEED_SENTENCE);
        await page.mouse.move(...to);
        await page.mouse.down();
        await page.mouse.move(...from, { steps: 6 });
        await page.mouse.up();
      });
      expect(drawn).toBe(SEED_SENTENCE);
      expect(saved).toBe(SEED_SENTENCE);
    });

    test('a double click saves the word the browser selected', async () => {
      const { drawn, saved } = await saveAfter(harness(), plain, async (page) => {
        const { from } = await pointsOf(page, '统战成员');
        await multiClick(page, from[0] + 2, from[1], 2);
      });
      expect(drawn.length).toBeGreaterThan(0);
      expect(saved).toBe(drawn.trim());
    });

    test('a triple click saves the paragraph', async () => {
      const { drawn, saved } = await saveAfter(harness(), plain, async (page) => {
        const { from } = await pointsOf(page, '统战成员');
        await multiClick(page, from[0] + 2, from[1], 3);
      });
      expect(squeeze(drawn)).toContain(NEXT_WORDS);
      expect(squeeze(saved)).toBe(squeeze(drawn));
    });

    test('shift+click extends a selection', async () => {
      const { drawn, saved } = await saveAfter(harness(), plain, async (page) => {
        await dragSelect(page, '网络时代');
        const { to } = await pointsOf(page, SEED_SENTENCE);
        const keyboard = (page as Page).keyboard;
        await keyboard.down('Shift');
        await page.mouse.click(...to);
        await keyboard.up('Shift');
      });
      expect(drawn).toBe(SEED_SENTENCE);
      expect(saved).toBe(SEED_SENTENCE);
    });

    test('a drag begun in the margin, left of the text', async () => {
      const { drawn, saved } = await saveAfter(harness(), plain, async (page) => {
        const { from, to } = await pointsOf(page, SEED_SENTENCE);
        const left = await (page as Page).evaluate(() => document.body.getBoundingClientRect().left);
        await page.mouse.move(Math.max(2, Math.min(left, from[0]) - 40), from[1] - 30);
        await page.mouse.down();
        await page.mouse.move(...to, { steps: 8 });
        await page.mouse.up();
      });
      expect(squeeze(drawn)).toContain(SEED_SENTENCE);
      expect(squeeze(saved)).toBe(squeeze(drawn));
    });
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
    // A first drag before the tests: in this file's first test, run first in a fresh browser, the
    // highlighter missed the drag's release now and then (the page saw it), after its start mark;
    // not seen on any later page, nor when the Chromium tests ran alone. Not explained.
    const first = await browser.context.newPage();
    server.route(SEED_URL, { body: seedPage(null), contentType: 'text/html; charset=utf-8' });
    await first.goto(SEED_URL);
    await first.waitForFunction(() => performance.getEntriesByName('hzd:highlights-create').length > 0);
    await dragSelect(first, SEED_SENTENCE);
    await highlighterUi(first)
      .waitFor(TOOLBAR, { timeout: 5000 })
      .catch(() => undefined);
    await first.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  suite('Chromium', () => ({
    async open(html) {
      server.route(SEED_URL, { body: html, contentType: 'text/html; charset=utf-8' });
      const page = await browser.context.newPage();
      await page.goto(SEED_URL);
      await page.waitForSelector('#hzd-paint-style', { state: 'attached' });
      // The highlighter listens once the page's first report is answered (a cold worker is slow).
      await page.waitForFunction(() => performance.getEntriesByName('hzd:highlights-create').length > 0);
      return page;
    },
    async clickGreen(page) {
      const ui = highlighterUi(page as Page);
      await ui.waitFor(TOOLBAR);
      await ui.click(`${TOOLBAR} button[data-color="green"]`);
    },
    async ask<T>(message: object) {
      const popup = await browser.openExtensionPage('popup.html?tab=999999');
      try {
        const reply = (await popup.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; data: T };
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return reply.data;
      } finally {
        await popup.close();
      }
    },
  }));
});

describe('Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });
  suite('Firefox', () => ({
    async open(html) {
      server.route(SEED_URL, { body: html, contentType: 'text/html; charset=utf-8' });
      const page = await firefox.browser.newPage();
      await page.goto(SEED_URL);
      await page.waitForSelector('#hzd-paint-style');
      await page.waitForFunction(() => performance.getEntriesByName('hzd:highlights-create').length > 0);
      return page;
    },
    async clickGreen(page) {
      await clickInFirefoxUi(page as PuppeteerPage, 'hzd-highlights', `${TOOLBAR} button[data-color="green"]`);
    },
    async ask<T>(message: object) {
      const ext = await firefox.openExtensionPage('popup.html');
      try {
        const reply = (await ext.evaluate((m) => browser.runtime.sendMessage(m), message)) as { ok: boolean; data: T };
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return reply.data;
      } finally {
        await ext.close();
      }
    },
  }));
});

/** The extension's API, as Firefox gives it to an extension page (the Firefox tests' evaluate callbacks run there). */
declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
