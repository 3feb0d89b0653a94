/**
 * Accessibility of the extension's own pages in Chromium: axe-core finds no violation on the
 * popup (this page and all highlights), the library page and the options page, with a
 * highlight saved first, in the light and the dark scheme and in both UI languages; the pages
 * carry the UI's language and its dates; the sync form reads top to bottom (Chromium
 * here can't be started in another UI language, so the Chinese run uses a copy of the build
 * whose English strings are the Chinese ones, as the screenshots do).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { buildWithChineseUi, launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL, seedDraft } from './support/seed';
import { axeViolations, findingLines } from './support/axe';

let server: FixtureServer;
const work = mkdtempSync(join(tmpdir(), 'hzd-a11y-'));

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

type Scheme = 'light' | 'dark';

/** Each page in a state worth checking, ready for axe. */
interface View {
  name: string;
  /** `tabId` shows the seed article; `otherTabId` a page outside the portal list. */
  open(b: ExtensionBrowser, tabId: number, otherTabId: number): Promise<Page>;
  /** Puts back what the view changed. */
  after?(page: Page): Promise<void>;
  /** Shows a highlight's date (checked for the UI's language). */
  dated?: boolean;
}

const VIEWS: View[] = [
  {
    name: 'popup, this page',
    dated: true,
    async open(b, tabId) {
      const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
      await expect.poll(() => popup.getByTestId('highlight').count(), { timeout: 10_000 }).toBe(1);
      return popup;
    },
  },
  {
    name: 'popup, the undo toast after a delete',
    async open(b, tabId) {
      const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
      const row = popup.getByTestId('highlight');
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      await row.getByRole('button', { name: /删除|Delete/ }).click();
      await expect.poll(() => popup.getByTestId('toast').count()).toBe(1);
      return popup;
    },
    async after(page) {
      await page
        .getByTestId('toast')
        .getByRole('button', { name: /撤销|Undo/ })
        .click();
      await expect.poll(() => page.getByTestId('highlight').count()).toBe(1);
    },
  },
  {
    name: 'popup on a page it does not run on',
    async open(b, _tabId, otherTabId) {
      const popup = await b.openExtensionPage(`popup.html?tab=${otherTabId}`);
      await expect.poll(() => popup.getByTestId('inactive').count(), { timeout: 10_000 }).toBe(1);
      return popup;
    },
  },
  {
    name: 'popup, all highlights',
    dated: true,
    async open(b, tabId) {
      const popup = await b.openExtensionPage(`popup.html?tab=${tabId}&view=all`);
      await expect.poll(() => popup.getByTestId('page-group').count(), { timeout: 10_000 }).toBe(1);
      return popup;
    },
  },
  {
    name: 'library',
    dated: true,
    async open(b) {
      const lib = await b.openExtensionPage('library.html');
      await expect.poll(() => lib.getByTestId('highlight').count(), { timeout: 10_000 }).toBe(1);
      return lib;
    },
  },
  {
    name: 'library, a row chosen with the keyboard, the bulk bar and the edit dialog',
    async open(b) {
      const lib = await b.openExtensionPage('library.html');
      await expect.poll(() => lib.getByTestId('highlight').count(), { timeout: 10_000 }).toBe(1);
      await lib.getByTestId('search').focus();
      await lib.keyboard.press('ArrowDown');
      await expect.poll(() => lib.locator('.hl-row.active').count()).toBe(1);
      await lib.getByTestId('select-all').click();
      await expect.poll(() => lib.getByTestId('bulk-bar').count()).toBe(1);
      await lib
        .getByTestId('highlight')
        .getByRole('button', { name: /编辑|Edit/ })
        .click();
      await expect.poll(() => lib.getByTestId('edit-note').count()).toBe(1);
      return lib;
    },
  },
  {
    name: 'options',
    async open(b) {
      const options = await b.openExtensionPage('options.html');
      await expect.poll(() => options.getByTestId('storage-info').count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => options.getByTestId('sync-settings').locator('h3').count()).toBeGreaterThan(0);
      return options;
    },
  },
];

async function checkAll(b: ExtensionBrowser, label: string) {
  const article = await b.context.newPage();
  await article.goto(SEED_URL);
  const control = await b.openExtensionPage('options.html');
  const saved = await control.evaluate((draft) => chrome.runtime.sendMessage({ type: 'highlights/save', draft }), {
    ...seedDraft(crypto.randomUUID()),
    note: '重点',
    tags: ['统战'],
  });
  expect(saved).toMatchObject({ ok: true });
  await control.close();
  const tabId = await b.tabIdOf(article);
  server.route('http://www.example-news.test/a11y.html', { body: '<!doctype html><title>x</title><p>hello</p>' });
  const other = await b.context.newPage();
  await other.goto('http://www.example-news.test/a11y.html');
  const otherTabId = await b.tabIdOf(other);

  // The pages speak the UI's language: its tag on <html>, its dates (11月27日, not Nov 27).
  const day = label === 'zh' ? /^\d{1,2}月\d{1,2}日$/ : /^([A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2})$/;
  for (const view of VIEWS.filter((v) => v.dated || v.name === 'options')) {
    const page = await view.open(b, tabId, otherTabId);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(label === 'zh' ? /^zh-CN$/ : /^en\b/);
    if (view.dated) expect(await page.locator('.hl-date').first().textContent()).toMatch(day);
    await page.close();
  }

  // The sync-server form reads top to bottom at the popup's and the options page's widths:
  // every label sits right above its own field, all fields share one left edge and one width.
  const options = await b.openExtensionPage('options.html');
  for (const width of [420, 900]) {
    await options.setViewportSize({ width, height: 1200 });
    const boxes = await options.getByTestId('sync-server-form').evaluate((form) =>
      [...form.querySelectorAll('input')].map((input) => {
        const label = form.querySelector(`label[for="${input.id}"]`)!.getBoundingClientRect();
        const field = input.getBoundingClientRect();
        return {
          label: { left: label.left, bottom: label.bottom },
          field: { left: field.left, top: field.top, width: field.width },
        };
      }),
    );
    expect(boxes).toHaveLength(5);
    for (const [i, { label, field }] of boxes.entries()) {
      expect(label.bottom, `label ${i} above its field at ${width}px`).toBeLessThanOrEqual(field.top);
      expect(field.top - label.bottom, `label ${i} next to its field at ${width}px`).toBeLessThan(12);
      expect(label.left).toBe(field.left);
      expect(field.left).toBe(boxes[0]!.field.left);
      expect(field.width).toBe(boxes[0]!.field.width);
      if (i > 0) expect(field.top).toBeGreaterThan(boxes[i - 1]!.field.top);
    }
  }
  await options.close();

  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    for (const view of VIEWS) {
      const page = await view.open(b, tabId, otherTabId);
      await page.emulateMedia({ colorScheme: scheme });
      for (const line of findingLines(await axeViolations(page)))
        found.push(`[${label} ${scheme} ${view.name}] ${line}`);
      await view.after?.(page);
      await page.close();
    }
  }
  await article.close();
  await other.close();
  // The count first, so a failing run says how far it is from zero.
  console.log(`axe (${label}): ${found.length} violating nodes`);
  expect(found).toEqual([]);
}

describe('axe-core finds nothing on the extension pages', () => {
  test('English UI', async () => {
    const b = await launchChromium(server);
    try {
      await checkAll(b, 'en');
    } finally {
      await b.close();
    }
  });

  test('Chinese UI', async () => {
    const b = await launchChromium(server, { extensionDir: buildWithChineseUi(work) });
    try {
      await checkAll(b, 'zh');
    } finally {
      await b.close();
    }
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
