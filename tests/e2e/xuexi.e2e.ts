/**
 * 学习强国 (xuexi.cn) is a single-page app: its article view lives at an index-like address
 * ("/lgpage/detail/index.html?id=…") and its text is rendered after the page has loaded, and
 * the app moves from one view to another without a reload. The directives are painted in both
 * cases — also when the move comes long after the late-article watcher has given up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';

const HOME_URL = 'https://www.xuexi.cn/';
const ARTICLE_URL =
  'https://www.xuexi.cn/lgpage/detail/index.html?id=13578246819072645521&item_id=13578246819072645521';
const LATE_URL = 'https://www.xuexi.cn/lgpage/detail/index.html?id=24681357902468135790&item_id=24681357902468135790';
/** The rendered article view of the fixture, as the app puts it into the page. */
const articleView = (() => {
  const html = readFileSync(join(FIXTURES_DIR, 'xuexi-2025-jiceng.html'), 'utf8');
  const start = html.indexOf('<div class="render-detail">');
  const end = html.indexOf('<div class="layout-footer">');
  return html.slice(start, html.lastIndexOf('</div>', end));
})();
/** The app's page before it has rendered anything: an empty root and its script. */
const shell = (renderAfterMs: number) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>学习强国</title></head>
<body><div id="root"><div class="layout-header"><a href="https://www.xuexi.cn/">首页</a></div><div class="layout-body"></div></div>
<script>setTimeout(() => { document.querySelector('.layout-body').innerHTML = ${JSON.stringify(articleView)}; }, ${renderAfterMs});</script>
</body></html>`;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(LATE_URL, { body: shell(1500) });
  browser = await launchChromium(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const painted = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.entries()].flatMap(([name, h]) => [...h].map((r) => `${name}|${r.toString()}`)).join('\n');
  });

test('the article view at its index-like address is painted', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(ARTICLE_URL);
  await expect
    .poll(() => painted(page), { timeout: 10_000 })
    .toContain('hzd-d-prohibition|严禁以会议落实会议、以文件落实文件。');
  expect(await painted(page)).toContain('hzd-d-heading|一、精简文件会议');
  expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
  await page.close();
});

test('an article the app renders after load is painted', async () => {
  const page = await browser.context.newPage();
  await page.goto(LATE_URL);
  expect(await painted(page)).toBe('');
  await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('hzd-d-emphasis|关键在于改进作风');
  await page.close();
});

test('a move from the home page to an article long after load is painted', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(HOME_URL);
  await page.waitForFunction(() => performance.getEntriesByName('hzd-idle').length > 0, null, { timeout: 10_000 });
  // Past the late-article watcher's lifetime (10 s): only the navigation can bring it back.
  await page.waitForTimeout(11_000);
  expect(await painted(page)).toBe('');
  await page.evaluate(
    ([url, view]) => {
      history.pushState({}, '', url);
      document.querySelector('.layout-body')!.innerHTML = view;
    },
    [ARTICLE_URL, articleView] as const,
  );
  await expect
    .poll(() => painted(page), { timeout: 10_000 })
    .toContain('hzd-d-prohibition|严禁以会议落实会议、以文件落实文件。');
  expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
  await page.close();
}, 40_000);
