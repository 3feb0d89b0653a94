/**
 * One record that is well-formed but odd must not hide the others (Chromium). A followed target
 * whose passage holds half a surrogate pair — a page's text can (a DOM string is any UTF-16), and
 * so can a follows file or a sync peer — made the text fragment link throw (encodeURIComponent),
 * and with it the whole Deadlines view and its .ics export.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';
import { followId } from '@/utils/follows/record';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium(server);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const follow = (url: string, exact: string) => ({
  id: followId(url),
  url,
  title: '关于印发《方案》的通知',
  site: 'gov.cn',
  targets: [
    {
      quote: { exact, prefix: '', suffix: '' },
      deadline: {
        text: '到2026年底',
        start: 0,
        end: 7,
        due: '2026',
        precision: 'year',
        lastDay: '2026-12-31',
        basis: 'absolute',
      },
    },
  ],
  created: 1_700_000_000_000,
  updated: 1_700_000_000_000,
  clock: '001700000000000:000000:d',
});

describe('an odd record among good ones', () => {
  test('a target with a lone surrogate: every deadline is listed and the calendar exports', async () => {
    const library = await browser.openExtensionPage('library.html');
    const errors = collectPageErrors(library);
    const good = follow('https://www.gov.cn/zhengce/content/1.htm', '到2026年底，完成率要达到90%以上。');
    const odd = follow('https://www.gov.cn/zhengce/content/2.htm', '到2026年底\ud800，全面完成改造任务。');
    const r = await library.evaluate(
      async (follows) => chrome.runtime.sendMessage({ type: 'follows/import', follows }),
      [good, odd],
    );
    expect(r).toMatchObject({ ok: true, data: { merged: 2, refused: 0 } });
    await library.goto(library.url().replace(/#.*$/, '') + '#deadlines');
    await library.reload();
    await expect.poll(() => library.getByTestId('deadline').count(), { timeout: 10_000 }).toBe(2);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByTestId('deadlines-ics').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBe(2);
    expect(errors).toEqual([]);
  });
});
