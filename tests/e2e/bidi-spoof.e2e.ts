/**
 * A hostile page's text cannot turn our own words around (Chromium). A page names its title and
 * its source as it likes; ending them with a bidi override (U+202E) would draw what follows on
 * the same line right to left — the host the popup names for the tab, the site and the date the
 * library gives a deadline or a page — and a record from an import or a sync peer carries the
 * same in its site. Each line is measured as drawn: the first letter of our text left of its last.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { outlineUi } from './support/in-page-ui';

const RLO = '\u202e';
/** people-2024-chengshi.html (targets with dates) at another address of its site, with a title and a source ending in RLO. */
const HOSTILE_URL = 'http://politics.people.com.cn/n1/2024/0105/c1001-49999999.html';
const HOST = 'politics.people.com.cn';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  const html = readFileSync(join(FIXTURES_DIR, 'people-2024-chengshi.html'), 'utf8')
    .replaceAll('推动城市更新行动走深走实', `推动城市更新行动走深走实${RLO}`)
    .replaceAll('人民网－人民日报', `人民网${RLO}`);
  server.route(HOSTILE_URL, { body: html });
  browser = await launchChromium(server);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the first and the last character of `needle` are drawn inside `line` (left edges, px). */
function drawn(line: Locator, needle: string): Promise<[number, number]> {
  return line.evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: [Text, number][] = [];
    let text = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push([node, text.length]);
      text += node.data;
    }
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
    const left = (i: number) => {
      const [node, start] = nodes.filter(([, s]) => s <= i).at(-1)!;
      const range = document.createRange();
      range.setStart(node, i - start);
      range.setEnd(node, i - start + 1);
      return range.getBoundingClientRect().left;
    };
    return [left(at), left(at + needle.length - 1)] as [number, number];
  }, needle);
}

describe('bidi controls in page text and records', () => {
  test('the popup names the tab’s host left to right after a source ending in RLO', async () => {
    const page = await browser.context.newPage();
    await page.goto(HOSTILE_URL);
    await outlineUi(page).waitFor('button.tab');
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    // Followed first, for the Deadlines view below.
    const follow = popup.getByTestId('follow');
    await expect.poll(() => follow.getAttribute('aria-busy')).toBeNull();
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    const meta = popup.locator('.pv-meta');
    await expect.poll(() => meta.textContent()).toContain(HOST);
    expect(await meta.textContent()).toContain(RLO);
    const [first, last] = await drawn(meta, HOST);
    expect(first).toBeLessThan(last);
    await popup.close();
    await page.close();
  });

  test('the Deadlines view names the site left to right after a title ending in RLO', async () => {
    const library = await browser.openExtensionPage('library.html#deadlines');
    const meta = library.getByTestId('deadline').first().locator('.dl-meta');
    await meta.waitFor();
    expect(await meta.textContent()).toContain(RLO);
    const [first, last] = await drawn(meta, HOST);
    expect(first).toBeLessThan(last);
    await library.close();
  });

  test('the library gives a page’s date left to right after a site ending in RLO (an import, a sync peer)', async () => {
    const library = await browser.openExtensionPage('library.html');
    const saved = await library.evaluate(
      async ({ url, site }) =>
        chrome.runtime.sendMessage({
          type: 'highlights/save',
          draft: {
            id: crypto.randomUUID(),
            url,
            title: '推动城市更新行动走深走实',
            site,
            quote: { exact: '今年年底前，各城市要全面完成城市体检工作。', prefix: '', suffix: '' },
            position: { start: 10, end: 31 },
            color: 'yellow',
            note: '',
            tags: [],
          },
        }),
      { url: 'http://politics.people.com.cn/n1/2024/0105/c1001-40152233.html', site: `人民网${RLO}` },
    );
    expect(saved).toMatchObject({ ok: true });
    await library.reload();
    const meta = library.locator('.page-meta', { hasText: RLO }).first();
    await meta.waitFor();
    // "site · date · count": the date, drawn as it reads.
    const day = (await meta.textContent())!.split(' · ')[1]!;
    expect(day.length).toBeGreaterThan(1);
    const [first, last] = await drawn(meta, day);
    expect(first).toBeLessThan(last);
    await library.close();
  });
});
