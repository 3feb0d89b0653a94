/**
 * The reader's own highlights in Chromium: select with the mouse, pick a colour, add a note;
 * the highlight is stored by the background and painted again after a reload, after the page
 * was edited around it, and reported as an orphan when its text is gone. Five tabs saving at
 * the same moment lose nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL, SEED_SENTENCE } from './support/seed';
import { highlighterUi } from './support/in-page-ui';
import { dragSelect, pointsOf, setSelection } from './support/select';

const SEED_HTML = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
/** A sentence in the middle of a paragraph of the seed page. */

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

interface StoredHighlight {
  id: string;
  url: string;
  color: string;
  note: string;
  tags: string[];
  quote: { exact: string };
  category?: string | null;
}

/** Sends a request to the background from an extension page. */
async function askBackground<T>(message: object): Promise<T> {
  const popup = await browser.openExtensionPage('popup.html?tab=999999');
  try {
    const reply = (await popup.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
      ok: boolean;
      data?: T;
      error?: string;
    };
    if (!reply.ok) throw new Error(reply.error);
    return reply.data as T;
  } finally {
    await popup.close();
  }
}

const listHighlights = (url?: string) => askBackground<StoredHighlight[]>({ type: 'highlights/list', url });

/** Texts of the ranges painted in a layer, read from the page's CSS highlight registry. */
function painted(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name) as unknown as Iterable<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  }, layer);
}

/** The toolbar in our closed shadow root, reached through the DevTools protocol (support/in-page-ui.ts). */
const TOOLBAR = '[data-testid="hzd-toolbar"]';
const inToolbar = (selector: string) => `${TOOLBAR} ${selector}`;

async function openSeed(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(SEED_URL);
  // The content script is ready once the painter's stylesheet is in.
  await page.waitForSelector('#hzd-paint-style', { state: 'attached' });
  return { page, errors };
}

/** Errors of our own making (the fixture's missing images and scripts are the page's). */
const ownErrors = (errors: string[]) => errors.filter((e) => !/Failed to load resource/.test(e));

/** Records the seed page's URL and a modified body served at the same address. */
function serveSeedWith(edit: (html: string) => string): void {
  const html = edit(SEED_HTML);
  server.route(SEED_URL, { body: html, contentType: 'text/html; charset=utf-8' });
}

function restoreSeed(): void {
  server.route(SEED_URL, { body: SEED_HTML, contentType: 'text/html; charset=utf-8' });
}

describe('the reader’s own highlights in Chromium', () => {
  let savedId = '';

  test('select with the mouse, pick a colour: painted and stored; a note is kept', async () => {
    const { page, errors } = await openSeed();
    await dragSelect(page, SEED_SENTENCE);
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(SEED_SENTENCE);

    const ui = highlighterUi(page);
    await ui.waitFor(TOOLBAR);
    // Accessible names on the colour buttons.
    const names = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => ui.attribute(inToolbar('button[data-color]'), 'aria-label', i)),
    );
    expect(await ui.count(inToolbar('button[data-color]'))).toBe(5);
    expect(names).toHaveLength(5);
    for (const n of names) expect(n).toBeTruthy();

    await ui.click(inToolbar('button[data-color="green"]'));
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
    await expect
      .poll(async () => (await listHighlights()).filter((h) => h.quote.exact === SEED_SENTENCE).length)
      .toBe(1);
    const [stored] = (await listHighlights()).filter((h) => h.quote.exact === SEED_SENTENCE);
    expect(stored).toMatchObject({ url: SEED_URL, color: 'green', note: '', tags: [] });
    savedId = stored!.id;

    // The chosen colour becomes the one for the context menu and the keyboard command.
    expect(await askBackground<{ lastColor: string }>({ type: 'settings/get' })).toMatchObject({ lastColor: 'green' });

    // Click the highlight: the toolbar opens for it; add a note and tags.
    const { from, to } = await pointsOf(page, SEED_SENTENCE.slice(5, 12));
    await page.mouse.click((from[0] + to[0]) / 2, from[1]);
    await ui.waitFor(TOOLBAR);
    await expect.poll(() => ui.count(inToolbar('button[data-action="delete"]'))).toBe(1);
    await ui.click(inToolbar('button[data-action="note"]'));
    await ui.type(inToolbar('[data-testid="hzd-note"]'), '第一行\n第二行 <b>不是标记</b>');
    await ui.click(inToolbar('button[data-action="save-note"]'));
    await ui.type(inToolbar('[data-testid="hzd-tags"]'), '网络, 统战');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await listHighlights()).find((h) => h.id === savedId))
      .toMatchObject({ note: '第一行\n第二行 <b>不是标记</b>', tags: ['网络', '统战'] });
    // The note is shown as text, never as markup.
    expect(await ui.count('b')).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui.count(TOOLBAR)).toBe(0);

    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('after a reload the highlight is painted again in the same place', async () => {
    const { page, errors } = await openSeed();
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
    expect(await highlighterUi(page).count('[data-testid="hzd-orphans"]')).toBe(0);
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('the page edited around it (sentence inserted before, two characters changed, paragraph moved) still anchors it', async () => {
    const changed = SEED_SENTENCE.replace('大多数', '大部分');
    serveSeedWith((html) => {
      const start = html.indexOf('<p style="text-indent: 2em;">　　网络时代');
      const end = html.indexOf('</p>', start) + 4;
      const paragraph = html.slice(start, end).replace('大多数', '大部分');
      const without = html.slice(0, start) + html.slice(end);
      // Move it after the paragraph that starts with 请注意 and insert a new sentence before it.
      const after = without.indexOf('</p>', without.indexOf('请注意!')) + 4;
      const inserted = '<p>　　新插入的一段话,用来改变页面文字的位置。</p>';
      return without.slice(0, after) + inserted + paragraph + without.slice(after);
    });
    try {
      const { page, errors } = await openSeed();
      await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([changed]);
      expect(await highlighterUi(page).count('[data-testid="hzd-orphans"]')).toBe(0);
      expect(ownErrors(errors)).toEqual([]);
      await page.close();
    } finally {
      restoreSeed();
    }
  });

  test('a page without the highlighted text lists it as an orphan; it is kept, not deleted', async () => {
    serveSeedWith((html) => {
      const start = html.indexOf('<p style="text-indent: 2em;">　　网络时代');
      const end = html.indexOf('</p>', start) + 4;
      return html.slice(0, start) + html.slice(end);
    });
    try {
      const { page, errors } = await openSeed();
      const ui = highlighterUi(page);
      const NOTICE = '[data-testid="hzd-orphans"]';
      await ui.waitFor(NOTICE);
      // A live region: in the page first, its text a moment later.
      await expect.poll(() => ui.text(NOTICE)).toMatch(/1/);
      const tabId = await browser.tabIdOf(page);
      await expect
        .poll(
          async () =>
            (await askBackground<{ page: { orphans: number; orphanIds?: string[] } }>({ type: 'tab/state', tabId }))
              .page,
        )
        .toMatchObject({ orphans: 1, orphanIds: [savedId] });
      expect(await painted(page, 'hzd-u-green')).toEqual([]);
      expect((await listHighlights()).some((h) => h.id === savedId)).toBe(true);

      // Content arriving later (a "show more" that brings the paragraph back) places it.
      await page.evaluate((text) => {
        const p = document.createElement('p');
        p.textContent = `\u3000\u3000${text},统战工作如果不赶紧跟到网上去,就好出现一个在网上、一个在网下、双方对不上话的场景。`;
        document.querySelector('p[style]')!.after(p);
      }, SEED_SENTENCE);
      await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
      await expect.poll(() => ui.count(NOTICE)).toBe(0);
      await expect
        .poll(async () => (await askBackground<{ page: { orphans: number } }>({ type: 'tab/state', tabId })).page)
        .toMatchObject({ orphans: 0, orphanIds: [] });

      // Dismissible notice: shown again for a fresh orphan page, then dismissed.
      await page.reload();
      await ui.waitFor(NOTICE);
      await ui.click(`${NOTICE} button`);
      await expect.poll(() => ui.count(NOTICE)).toBe(0);
      expect(ownErrors(errors)).toEqual([]);
      await page.close();
    } finally {
      restoreSeed();
    }
  });

  test('delete offers Undo, which brings the highlight back', async () => {
    const { page, errors } = await openSeed();
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
    const { from, to } = await pointsOf(page, SEED_SENTENCE.slice(5, 12));
    await page.mouse.click((from[0] + to[0]) / 2, from[1]);
    const ui = highlighterUi(page);
    await ui.click(inToolbar('button[data-action="delete"]'));
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([]);
    await expect.poll(async () => (await listHighlights()).some((h) => h.id === savedId)).toBe(false);
    await ui.click('[data-action="toast-action"]');
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
    await expect.poll(async () => (await listHighlights()).some((h) => h.id === savedId)).toBe(true);
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('a selection inside a text field is left alone', async () => {
    const { page } = await openSeed();
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.value = '输入框里的文字不应被划线';
      area.id = 'field';
      document.body.prepend(area);
    });
    // A real drag across the field's text.
    const field = await page.locator('#field').boundingBox();
    await page.mouse.move(field!.x + 4, field!.y + 10);
    await page.mouse.down();
    await page.mouse.move(field!.x + field!.width - 4, field!.y + 10, { steps: 4 });
    await page.mouse.up();
    expect(
      await page.locator('#field').evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
    ).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    expect(await highlighterUi(page).count(TOOLBAR)).toBe(0);
    // The same drag over page text does open it: the listener was there all along.
    await dragSelect(page, '功成不必在我');
    await highlighterUi(page).waitFor(TOOLBAR);
    await page.close();
  });

  test('one click on an auto-marked directive, then a colour, saves it with its category', async () => {
    const { page, errors } = await openSeed();
    const target = await page.evaluate(() => {
      for (const name of ['hzd-d-obligation', 'hzd-d-prohibition', 'hzd-d-target', 'hzd-d-emphasis']) {
        const h = CSS.highlights.get(name) as unknown as Iterable<Range> | undefined;
        const range = h ? [...h][0] : undefined;
        if (!range) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return {
          category: name.slice('hzd-d-'.length),
          text: range.toString(),
          x: rect.left + 4,
          y: rect.top + rect.height / 2,
        };
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const ui = highlighterUi(page);
    await ui.waitFor(TOOLBAR);
    expect(await ui.count(inToolbar('button[data-action="delete"]'))).toBe(0);
    await ui.click(inToolbar('button[data-color="purple"]'));
    await expect
      .poll(async () => (await listHighlights(SEED_URL)).find((h) => h.color === 'purple'))
      .toMatchObject({ category: target!.category, quote: { exact: target!.text.trim() } });
    await expect.poll(() => painted(page, 'hzd-u-purple')).toEqual([target!.text.trim()]);
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('a selection made without the mouse (with the keyboard) shows the toolbar; Esc closes it', async () => {
    const { page } = await openSeed();
    await setSelection(page, '既为战略');
    // Extend it with Shift+Arrow: real keys, no mouse event at all.
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('既为战略任务');
    const ui = highlighterUi(page);
    await ui.waitFor(TOOLBAR);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui.count(TOOLBAR)).toBe(0);
    await page.close();
  });

  test('copy with source puts the quote, title, source, date and address on the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await openSeed();
    await dragSelect(page, '功成不必在我');
    const ui = highlighterUi(page);
    await ui.click(inToolbar('button[data-action="copy"]'));
    await ui.waitFor('[data-testid="hzd-toast"]');
    const reader = await browser.openExtensionPage('popup.html?tab=999999');
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(copied).toBe(`功成不必在我\n— 提能善为 着力提高湖北统战工作科学化水平, 荆楚统战, 2017-03-11, ${SEED_URL}`);
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('an edit made elsewhere (popup) repaints the open tab; scroll-to flashes a highlight', async () => {
    const { page } = await openSeed();
    await expect.poll(() => painted(page, 'hzd-u-green')).toEqual([SEED_SENTENCE]);
    const record = (await listHighlights(SEED_URL)).find((h) => h.id === savedId)!;
    const {
      clock: _c,
      created: _cr,
      updated: _u,
      deleted: _d,
      ...draft
    } = record as StoredHighlight & Record<string, unknown>;
    await askBackground({ type: 'highlights/save', draft: { ...draft, color: 'pink' } });
    await expect.poll(() => painted(page, 'hzd-u-pink')).toContain(SEED_SENTENCE);
    expect(await painted(page, 'hzd-u-green')).toEqual([]);

    const tabId = await browser.tabIdOf(page);
    const worker = await browser.worker();
    const reply = await worker.evaluate(
      ([id, hid]) => chrome.tabs.sendMessage(id, { type: 'content/scroll-to', id: hid }),
      [tabId, savedId] as const,
    );
    expect(reply).toEqual({ ok: true, data: { found: true } });
    await expect.poll(() => painted(page, 'hzd-flash')).toEqual([SEED_SENTENCE]);
    await page.close();
  });

  test('the wrap fallback paints the reader’s highlights in <hzd-mark> elements', async () => {
    serveSeedWith((html) => html.replace('<html', '<html data-hzd-force-wrap'));
    try {
      const { page, errors } = await openSeed();
      const marks = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('hzd-mark[data-hzd-layer^="hzd-u-"]')].map((m) => m.textContent).join(''),
        );
      await expect.poll(marks).toContain(SEED_SENTENCE);
      // Click on it: the toolbar opens for the saved highlight.
      const { from, to } = await pointsOf(page, SEED_SENTENCE.slice(5, 12));
      await page.mouse.click((from[0] + to[0]) / 2, from[1]);
      await highlighterUi(page).waitFor(inToolbar('button[data-action="delete"]'));
      expect(ownErrors(errors)).toEqual([]);
      await page.close();
    } finally {
      restoreSeed();
    }
  });

  test('a storage error is shown with its text; the highlight stays and is written with the next save', async () => {
    const worker = await browser.worker();
    // Make the library's IndexedDB refuse writes, as a full disk or quota would.
    await worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      proto.__realPut = proto.put;
      proto.put = () => {
        throw new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError');
      };
    });
    const { page, errors } = await openSeed();
    try {
      await dragSelect(page, '请注意!这里用的是“战略”一词');
      const ui = highlighterUi(page);
      await ui.click(inToolbar('button[data-color="yellow"]'));
      const TOAST = '[data-testid="hzd-toast"]';
      await ui.waitFor(TOAST);
      expect(await ui.attribute(TOAST, 'role')).toBe('alert');
      await expect.poll(() => ui.text(TOAST)).toMatch(/QUOTA_BYTES quota exceeded/);
      // Still painted here, and kept by the background for retry.
      expect(await painted(page, 'hzd-u-yellow')).toContain('请注意!这里用的是“战略”一词');
      const info = await askBackground<{ pendingWrites: number; lastError: string }>({ type: 'storage/info' });
      // The highlight (and the colour preference, when it changed) wait for the next write.
      expect(info.pendingWrites).toBeGreaterThanOrEqual(1);
      expect(info.lastError).toMatch(/storage is full/);
    } finally {
      await worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        proto.put = proto.__realPut;
        delete proto.__realPut;
      });
    }
    // The next save writes the pending one too.
    await setSelection(page, '既为战略任务');
    await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'content/highlight-selection' }),
      await browser.tabIdOf(page),
    );
    await expect
      .poll(async () => (await askBackground<{ pendingWrites: number }>({ type: 'storage/info' })).pendingWrites)
      .toBe(0);
    const stored = await askBackground<StoredHighlight[]>({ type: 'highlights/export-all' });
    const quotes = stored.map((r) => r.quote.exact);
    expect(quotes).toContain('请注意!这里用的是“战略”一词');
    expect(quotes).toContain('既为战略任务');
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('selections across paragraphs, in lists and tables, and overlapping a highlight are saved and found again', async () => {
    const url = 'http://www.gov.cn/zhengce/hzd-structure-test.htm';
    server.route(url, {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>结构测试</title></head><body>
        <p>第一段说明了总体要求。各地要加强组织领导。</p>
        <p>第二段提出了具体措施,确保政策落实到位。</p>
        <ul><li>第一项:完善制度。</li><li>第二项:加强监督。</li></ul>
        <table><tr><td>指标甲</td><td>百分之九十</td></tr><tr><td>指标乙</td><td>百分之八十</td></tr></table>
      </body></html>`,
    });
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('hzd-start').length)).toBeGreaterThan(0);

    const save = async (fromText: string, toText: string, color: string) => {
      const a = await pointsOf(page, fromText);
      const b = await pointsOf(page, toText);
      await page.mouse.move(...a.from);
      await page.mouse.down();
      await page.mouse.move(...b.to, { steps: 6 });
      await page.mouse.up();
      await highlighterUi(page).click(inToolbar(`button[data-color="${color}"]`));
      await expect.poll(() => highlighterUi(page).count(TOOLBAR)).toBe(0);
    };
    await save('各地要', '具体措施', 'yellow'); // across two paragraphs
    await save('完善制度', '加强监督', 'green'); // across list items
    await save('百分之九十', '指标乙', 'blue'); // across table cells and rows
    await save('总体要求', '组织领导', 'pink'); // overlaps the first

    // Painted texts with the whitespace between blocks removed.
    const expected: Record<string, string[]> = {
      'hzd-u-yellow': ['各地要加强组织领导。第二段提出了具体措施'],
      'hzd-u-green': ['完善制度。第二项:加强监督'],
      'hzd-u-blue': ['百分之九十指标乙'],
      'hzd-u-pink': ['总体要求。各地要加强组织领导'],
    };
    const compact = async (layer: string) => (await painted(page, layer)).map((t) => t.replace(/\s+/g, ''));
    const check = async () => {
      for (const [layer, texts] of Object.entries(expected)) expect(await compact(layer)).toEqual(texts);
    };
    await check();
    expect((await listHighlights(url)).length).toBe(4);
    await page.reload();
    await expect.poll(() => compact('hzd-u-pink')).toEqual(expected['hzd-u-pink']);
    await check();
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  test('five tabs saving at the same moment: every highlight is stored', async () => {
    const sentences = [
      '全党做统战工作,并不意味着统战部门的任务变轻了',
      '面对如山重责,统战部该如何挑好担子、迈好步子',
      '既为战略任务,有何战略之策',
      '功成不必在我',
      '本领不是天生的,学习培训很关键',
    ];
    const tabs: { page: Page; tabId: number }[] = [];
    for (const text of sentences) {
      const { page } = await openSeed();
      await setSelection(page, text);
      tabs.push({ page, tabId: await browser.tabIdOf(page) });
    }
    const worker = await browser.worker();
    const replies = await worker.evaluate(
      (ids) =>
        Promise.all(
          ids.map((id) => chrome.tabs.sendMessage(id, { type: 'content/highlight-selection', color: 'blue' })),
        ),
      tabs.map((t) => t.tabId),
    );
    for (const r of replies) expect(r).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const stored = await listHighlights(SEED_URL);
    for (const text of sentences)
      expect(stored.filter((h) => h.quote.exact === text && h.color === 'blue')).toHaveLength(1);
    // Each tab is told about the others' saves and paints all five.
    for (const { page } of tabs) await expect.poll(async () => (await painted(page, 'hzd-u-blue')).length).toBe(5);
    for (const { page } of tabs) await page.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, m: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};
