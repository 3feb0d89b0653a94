/**
 * Accessibility of our in-page UI in Chromium (the toolbar, the note and tag editor, the toast,
 * the orphan notice, the outline), on a light and a dark article page:
 *
 * - axe-core finds nothing in any of their states (support/axe.ts `axeInPageUi`, which reaches
 *   into the closed shadow roots through the DevTools protocol);
 * - they take the page's scheme, not the system's;
 * - they work from the keyboard alone: a selection made with the keyboard shows the toolbar
 *   without taking the focus, a command moves the focus into it (or opens it on the highlight
 *   at the caret), the arrow keys move inside it, Esc gives the focus back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { DARK_SEED_URL, routeDarkSeed, SEED_SENTENCE, SEED_URL, seedDraft } from './support/seed';
import { axeInPageUi, findingLines } from './support/axe';
import { highlighterUi, outlineUi } from './support/in-page-ui';
import { dragSelect, pointsOf } from './support/select';

/** Another sentence of the seed, selected in the tests. */
const OTHER = '功成不必在我';
const TOOLBAR = '[data-testid="hzd-toolbar"]';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  routeDarkSeed(server);
  // Caret browsing (F7): how a keyboard user puts a caret in the page's text and selects from it.
  browser = await launchChromium(server, { args: ['--enable-caret-browsing'] });
  const control = await browser.openExtensionPage('popup.html?tab=999999');
  for (const url of [SEED_URL, DARK_SEED_URL]) {
    const saved = await control.evaluate(
      (drafts) => Promise.all(drafts.map((draft) => chrome.runtime.sendMessage({ type: 'highlights/save', draft }))),
      [
        seedDraft(crypto.randomUUID(), { url, note: '重点', tags: ['统战'] }),
        // One that cannot be placed: the orphan notice shows.
        seedDraft(crypto.randomUUID(), { url, quote: { exact: '这句话不在本页', prefix: '', suffix: '' } }),
      ],
    );
    expect(saved).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
  }
  await control.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(url: string, system: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: system });
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size);
  await outlineUi(page).waitFor('button.tab');
  await highlighterUi(page).waitFor('[data-testid="hzd-orphans"]');
  return page;
}

/** A real click in the middle of the reader's saved highlight. */
async function clickSaved(page: Page): Promise<void> {
  const { from, to } = await pointsOf(page, SEED_SENTENCE.slice(5, 12));
  await page.mouse.click((from[0] + to[0]) / 2, from[1]);
}

describe('axe-core finds nothing in our in-page UI', () => {
  for (const [scheme, url, system] of [
    ['light', SEED_URL, 'light'],
    ['light', SEED_URL, 'dark'],
    ['dark', DARK_SEED_URL, 'light'],
    ['dark', DARK_SEED_URL, 'dark'],
  ] as const) {
    test(`${scheme} page, ${system} system scheme`, async () => {
      const page = await openArticle(url, system);
      const found: string[] = [];
      const check = async (state: string) => {
        for (const line of findingLines(await axeInPageUi(page)))
          found.push(`[${scheme} page, ${system} system, ${state}] ${line}`);
      };
      const toolbar = highlighterUi(page);
      const outline = outlineUi(page);
      await check('outline tab, orphan notice');

      await outline.click('button.tab');
      await outline.waitFor('.panel');
      await outline.click('button.switch', 1);
      await expect.poll(() => outline.attribute('button.switch', 'aria-pressed', 1)).toBe('false');
      await check('outline open, a category off');
      await outline.click('button.switch', 1);
      await page.keyboard.press('Escape');
      await outline.waitFor('.panel', { gone: true });

      await dragSelect(page, OTHER);
      await toolbar.waitFor(TOOLBAR);
      await check('toolbar for a selection');
      // Both follow the page, whatever the system's scheme.
      const background = scheme === 'dark' ? 'rgb(43, 43, 43)' : 'rgb(255, 255, 255)';
      expect(await toolbar.style(TOOLBAR, 'background-color')).toBe(background);
      expect((await outline.attribute('.hzd-root', 'class'))?.includes('dark')).toBe(scheme === 'dark');

      await clickSaved(page);
      await toolbar.waitFor(`${TOOLBAR} [data-action="delete"]`);
      await toolbar.click(`${TOOLBAR} [data-action="note"]`);
      await toolbar.waitFor('[data-testid="hzd-note"]');
      await check('note and tag editor');

      await toolbar.click(`${TOOLBAR} [data-action="copy"]`);
      await toolbar.waitFor('[data-testid="hzd-toast"] .msg');
      await check('toast');

      await page.close();
      console.log(`axe (in-page UI, ${scheme} page, ${system} system): ${found.length} violating nodes`);
      expect(found).toEqual([]);
    });
  }
});

/** Where the page's focus is: the element's tag, or our host's (the page sees no further into it). */
const pageFocus = (page: Page) => page.evaluate(() => document.activeElement?.localName ?? null);

/** Sends one of the background's commands to the page's content script (as a keyboard command does). */
async function command(page: Page, message: object): Promise<unknown> {
  const tabId = await browser.tabIdOf(page);
  const worker = await browser.worker();
  return worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

/** A collapsed caret just before `text` (where caret browsing or find-in-page leaves it). */
const caretBefore = (page: Page, text: string) =>
  page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      getSelection()!.collapse(node, at);
      return;
    }
    throw new Error(`no ${needle}`);
  }, text);

describe('the in-page UI from the keyboard alone', () => {
  test('a keyboard selection shows the toolbar without taking the focus; the command moves it in; arrows rove; Esc gives it back', async () => {
    const page = await openArticle(SEED_URL);
    const ui = highlighterUi(page);
    await caretBefore(page, OTHER);
    for (let i = 0; i < OTHER.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(OTHER);
    await ui.waitFor(TOOLBAR);
    expect(await pageFocus(page)).toBe('body');

    expect(await command(page, { type: 'content/focus-toolbar' })).toMatchObject({ ok: true, data: { focused: true } });
    const items = `${TOOLBAR} [role="toolbar"] button`;
    await expect.poll(() => ui.focused(items, 0)).toBe(true);
    expect(await pageFocus(page)).toBe('hzd-highlights');
    // One stop for Tab; the arrows move along the toolbar, Home and End to its ends.
    const tabStops = async () => {
      const n = await ui.count(items);
      const stops: number[] = [];
      for (let i = 0; i < n; i++) if ((await ui.property<number>(items, 'tabIndex', i)) === 0) stops.push(i);
      return stops;
    };
    expect(await tabStops()).toEqual([0]);
    await page.keyboard.press('ArrowRight');
    expect(await ui.focused(items, 1)).toBe(true);
    expect(await tabStops()).toEqual([1]);
    await page.keyboard.press('End');
    expect(await ui.focused(items, -1)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await ui.focused(items, 0)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await ui.focused(items, -1)).toBe(true);
    await page.keyboard.press('Home');
    expect(await ui.focused(items, 0)).toBe(true);

    await page.keyboard.press('Escape');
    await ui.waitFor(TOOLBAR, { gone: true });
    // …and stays closed: the same selection reported again (the focus leaving our UI) after
    // the selection's rest time does not reopen it.
    await new Promise((ok) => setTimeout(ok, 600));
    expect(await ui.count(TOOLBAR)).toBe(0);
    expect(await pageFocus(page)).toBe('body');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(OTHER);
    await page.close();
  });

  test('a saved highlight opens from the keyboard: the caret in it and the command; Note, type, save, Esc', async () => {
    const page = await openArticle(SEED_URL);
    const ui = highlighterUi(page);
    // The reader was on a link of the page before.
    await page.evaluate(() => document.querySelector<HTMLElement>('a[href]')!.focus());
    const link = await page.evaluate(() => document.activeElement!.outerHTML);
    await caretBefore(page, SEED_SENTENCE.slice(5));
    expect(await command(page, { type: 'content/focus-toolbar' })).toMatchObject({ ok: true, data: { focused: true } });
    await ui.waitFor(`${TOOLBAR} [data-action="delete"]`);
    // The saved colour is where the focus lands.
    await expect.poll(() => ui.focused(`${TOOLBAR} [data-color="green"]`)).toBe(true);
    for (let i = 0; i < 4 && !(await ui.focused(`${TOOLBAR} [data-action="note"]`)); i++)
      await page.keyboard.press('ArrowRight');
    expect(await ui.focused(`${TOOLBAR} [data-action="note"]`)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.focused('[data-testid="hzd-note"]')).toBe(true);
    await page.keyboard.type('键盘');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => ui.attribute(`${TOOLBAR} [data-action="save-note"]`, 'disabled')).not.toBeNull();
    await page.keyboard.press('Escape');
    await ui.waitFor(TOOLBAR, { gone: true });
    expect(await page.evaluate(() => document.activeElement!.outerHTML)).toBe(link);

    // Alt+Shift+H (highlight the selection) with the caret in a highlight opens it too.
    await caretBefore(page, SEED_SENTENCE.slice(8));
    await command(page, { type: 'content/highlight-selection' });
    await ui.waitFor(`${TOOLBAR} [data-action="delete"]`);
    await expect.poll(() => ui.focused(`${TOOLBAR} [data-color="green"]`)).toBe(true);
    await page.close();
  });

  test('delete from the keyboard; the command then reaches Undo, which brings it back; nothing at the caret is said', async () => {
    const page = await openArticle(SEED_URL);
    const ui = highlighterUi(page);
    await caretBefore(page, SEED_SENTENCE.slice(5));
    await command(page, { type: 'content/focus-toolbar' });
    await expect.poll(() => ui.focused(`${TOOLBAR} [data-color="green"]`)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await ui.focused(`${TOOLBAR} [data-action="delete"]`)).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size ?? 0),
      )
      .toBe(0);
    expect(await pageFocus(page)).toBe('body');
    await ui.waitFor('[data-action="toast-action"]');
    expect(await command(page, { type: 'content/focus-toolbar' })).toMatchObject({ data: { focused: true } });
    await expect.poll(() => ui.focused('[data-action="toast-action"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size ?? 0),
      )
      .toBe(1);
    await ui.waitFor('[data-testid="hzd-toast"]', { gone: true });
    expect(await pageFocus(page)).toBe('body');

    // Nothing at the caret: the reader is told so (a live region), nothing takes the focus.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    expect(await command(page, { type: 'content/focus-toolbar' })).toMatchObject({ data: { focused: false } });
    await expect.poll(() => ui.text('[data-testid="hzd-toast"]')).toMatch(/caret/);
    expect(await ui.attribute('[data-testid="hzd-toast"]', 'role')).toBe('status');
    await page.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
};
