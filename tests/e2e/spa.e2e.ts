/**
 * Pages that change without a reload: an article site that moves to its next article with
 * the History API and swaps the body in place. The directives of the new article are painted,
 * the toolbar and popup learn the new address, and the reader's highlights of the new page
 * are placed.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL } from './support/seed';

const NEXT_URL = 'http://dangpai.people.com.cn/n1/2017/0312/c117259-29140001.html';
const NEXT_SENTENCES = [
  '各级统战部门必须把调查研究作为基本功。',
  '严禁以任何名义向基层摊派任务。',
  '到2018年底前,全省县级统战部门全部完成合署办公。',
];

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

const paintedText = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.entries()].flatMap(([name, h]) => [...h].map((r) => `${name}|${r.toString()}`));
  });

test('a History API move to the next article repaints it and reports the new address', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(SEED_URL);
  await expect.poll(async () => (await paintedText(page)).length, { timeout: 10_000 }).toBeGreaterThan(10);
  const tabId = await browser.tabIdOf(page);

  // A highlight saved earlier on the next article, to be placed when the page moves there.
  const ext = await browser.openExtensionPage('popup.html');
  const saved = await ext.evaluate(
    ([url, exact]) =>
      chrome.runtime.sendMessage({
        type: 'highlights/save',
        draft: {
          id: 'spa-next-1',
          url,
          title: 'next',
          site: 'dangpai.people.com.cn',
          quote: { exact, prefix: '', suffix: '' },
          position: { start: 0, end: exact.length },
          color: 'green',
          note: '',
          tags: [],
        },
      }),
    [NEXT_URL, NEXT_SENTENCES[1]!] as const,
  );
  expect(saved).toMatchObject({ ok: true });
  await ext.close();

  // The site's own script: push the new address, swap the title and body in place.
  await page.bringToFront();
  await page.evaluate(
    ([url, sentences]) => {
      history.pushState({}, '', url);
      document.querySelector('h1')!.textContent = '切实做好新时代统战调研工作';
      const body = document.querySelector('#rwb_zw')!;
      for (const p of Array.from(body.querySelectorAll('p'))) p.remove();
      for (const s of sentences) {
        const p = document.createElement('p');
        p.textContent = `　　${s}这是有关工作的具体说明和背景情况介绍。`;
        body.prepend(p);
      }
    },
    [NEXT_URL, NEXT_SENTENCES] as const,
  );

  await expect
    .poll(async () => (await paintedText(page)).join('\n'), { timeout: 10_000 })
    .toContain('hzd-d-prohibition|严禁以任何名义向基层摊派任务。');
  const painted = (await paintedText(page)).join('\n');
  expect(painted).toContain('必须把调查研究作为基本功');
  expect(painted).not.toContain('切实履行统战部牵头协调');
  // The reader's highlight of the new page is placed in its colour.
  await expect
    .poll(async () => (await paintedText(page)).join('\n'), { timeout: 10_000 })
    .toContain(`hzd-u-green|${NEXT_SENTENCES[1]}`);

  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await expect
    .poll(() => popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId), {
      timeout: 10_000,
    })
    .toMatchObject({ ok: true, data: { page: { url: NEXT_URL } } });
  await popup.close();
  expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
  await page.close();
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
