/**
 * Deadlines in real Chromium (Chinese UI): an article followed from the outline panel (its closed
 * shadow root reached through the DevTools protocol, clicked with the real mouse) and another from
 * the popup; a saved highlight of a dated target; the library's Deadlines view under a fixed clock
 * (overdue and upcoming, grouped by month, text fragment links); the .ics download parsed back with
 * ical.js. Takes the Deadlines view's screenshot (into docs/screenshots when HZD_UPDATE_SCREENSHOTS=1).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { buildWithChineseUi, collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';
import { outlineUi } from './support/in-page-ui';

/** 关于推进生活垃圾分类提质增效三年行动的实施方案 (2024-12-09): targets due 2025-06-30 and 2026-12-31. */
const CITY_URL = 'https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/bgtwj/202412/t20241209_2497735.shtml';
/** gov.cn, 2025-02-14: targets due 2025-06-30 and 2027-12-31. */
const GOV_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';
/** The reader's "today" in the library page: between the two kinds of deadline. */
const TODAY = new Date('2026-01-15T10:00:00+08:00');
const SHOTS = process.env.HZD_UPDATE_SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'hzd-screenshots-'));

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium(server, { extensionDir: buildWithChineseUi(mkdtempSync(join(tmpdir(), 'hzd-dl-'))) });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every follow, through the background (from an extension page, which may list them). */
async function follows(page: Page) {
  return page.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'follows/list' })) as {
      data: { follows: { url: string; targets: { deadline: { lastDay: string } }[] }[] };
    };
    return r.data.follows.map((f) => ({ url: f.url, days: f.targets.map((t) => t.deadline.lastDay).sort() }));
  });
}

describe('deadlines', () => {
  let control: Page;

  test('follow an article from the outline panel', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(CITY_URL);
    const ui = outlineUi(page);
    await ui.waitFor('button.tab');
    await ui.click('button.tab');
    await ui.waitFor('button.hzd-follow');
    await expect.poll(() => ui.attribute('button.hzd-follow', 'aria-busy')).toBeNull();
    expect(await ui.attribute('button.hzd-follow', 'aria-pressed')).toBe('false');
    expect(await ui.text('button.hzd-follow')).toMatch(/关注\s*3/);
    await ui.click('button.hzd-follow');
    await expect.poll(() => ui.attribute('button.hzd-follow', 'aria-pressed')).toBe('true');
    control = await browser.openExtensionPage('options.html');
    expect(await follows(control)).toEqual([{ url: CITY_URL, days: ['2025-06-30', '2026-12-31', '2026-12-31'] }]);
    expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
  });

  test('follow an article from the popup’s page view', async () => {
    const page = await browser.context.newPage();
    await page.goto(GOV_URL);
    await outlineUi(page).waitFor('button.tab');
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const button = popup.getByTestId('follow');
    await expect.poll(() => button.getAttribute('aria-busy')).toBeNull();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect((await follows(control)).map((f) => f.url).sort()).toEqual([CITY_URL, GOV_URL].sort());
    await popup.close();
  });

  test('a saved highlight of a dated target is a deadline too', async () => {
    const saved = await control.evaluate(async () =>
      chrome.runtime.sendMessage({
        type: 'highlights/save',
        draft: {
          id: crypto.randomUUID(),
          url: 'https://www.gov.cn/zhengce/content/202503/content_7010001.htm',
          title: '关于开展安全生产检查的通知',
          site: 'gov.cn',
          article: { title: '关于开展安全生产检查的通知', published: '2025-11-20T09:00:00+08:00' },
          quote: { exact: '3月底前，各地要完成全部排查整改。', prefix: '', suffix: '' },
          position: { start: 10, end: 27 },
          color: 'yellow',
          note: '',
          tags: [],
          category: 'target',
        },
      }),
    );
    expect(saved).toMatchObject({ ok: true });
  });

  test('the Deadlines view: overdue and upcoming by month under a fixed clock, text fragment links, .ics download', async () => {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/library.html#deadlines`);
    const view = page.getByTestId('deadlines-view');
    await view.getByTestId('deadline').first().waitFor();

    const months = (part: string) =>
      page
        .getByTestId(part)
        .getByTestId('deadline-month')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-month'), el.querySelectorAll('[data-testid=deadline]').length]),
        );
    expect(await months('deadlines-overdue')).toEqual([['2025-06', 2]]);
    // 3月底前 in an article of 20 November 2025: March 2026.
    expect(await months('deadlines-upcoming')).toEqual([
      ['2026-03', 1],
      ['2026-12', 2],
      ['2027-12', 1],
    ]);
    const links = await page
      .getByTestId('deadline-link')
      .evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    expect(links.every((l) => l.includes('#:~:text='))).toBe(true);
    expect(links.some((l) => l.startsWith(CITY_URL))).toBe(true);

    // Filters like the highlights': by precision, then by text.
    await page.getByTestId('deadlines-precision').selectOption('year');
    await expect.poll(() => page.getByTestId('deadline').count()).toBe(2); // 到2026年, 到2027年
    await page.getByTestId('deadlines-precision').selectOption('any');
    await page.getByTestId('deadlines-search').fill('厨余垃圾');
    await expect.poll(() => page.getByTestId('deadline').count()).toBe(1);
    await page.getByTestId('deadlines-search').fill('');
    await expect.poll(() => page.getByTestId('deadline').count()).toBe(6);

    await page.screenshot({ path: join(SHOTS, 'library-deadlines.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('deadlines-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual([
      '2025-06-30',
      '2025-06-30',
      '2026-03-31',
      '2026-12-31',
      '2026-12-31',
      '2027-12-31',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    expect(events.every((e) => e.description.includes('#:~:text='))).toBe(true);
    await page.close();
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
