/**
 * The foundation smoke test in real Firefox (Debian firefox-esr over WebDriver BiDi):
 * the content script runs on the seed page at its real address, reports to the
 * background, the popup shows the page, directives and saved highlights are painted (on a
 * 100,000-character article too, analysed in slices), a
 * passage selected with the mouse is saved from the toolbar, and settings round-trip
 * through storage (whose copy, open to content scripts here, names no site); an article is
 * followed from the outline panel and from the popup.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_SENTENCE, SEED_URL } from './support/seed';
import { clickInFirefoxUi } from './support/in-page-ui';
import { bigArticleHtml, directiveCountsOf } from './support/big-article';

/** Two fixtures with dated targets (as in deadlines.e2e.ts). */
const CITY_URL = 'https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/bgtwj/202412/t20241209_2497735.shtml';
const GOV_URL = 'https://www.gov.cn/zhengce/content/202502/content_7004512.htm';

let server: FixtureServer;
let firefox: FirefoxExtensionBrowser;

/** The texts of a highlight layer once it has any (waits up to `timeout` ms). */
async function userLayerTexts(page: Page, layer: string, timeout: number): Promise<string[]> {
  const painted = await page.waitForFunction(
    (name: string) => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name);
      return h && h.size ? [...h].map((r) => r.toString()) : false;
    },
    { timeout },
    layer,
  );
  return (await painted.jsonValue()) as string[];
}

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox(server);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('foundation in Firefox', () => {
  test('the content script reports the seed page and the popup shows it', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    const probe = await firefox.openExtensionPage('popup.html');
    const id = await pollExtensionPage(
      probe,
      async (url: string) => {
        const tabs = await browser.tabs.query({ url });
        return tabs[0]?.id ?? false;
      },
      SEED_URL,
      15_000,
    );
    // The page report goes out after the paint, so it may follow the tab by a moment.
    const reported = await pollExtensionPage(
      probe,
      async (tab: number) => {
        const reply = (await browser.runtime.sendMessage({ type: 'tab/state', tabId: tab })) as {
          data?: { page?: unknown };
        };
        return reply?.data?.page ? reply : false;
      },
      id,
      15_000,
    );
    expect(reported).toMatchObject({ ok: true, data: { page: { url: SEED_URL } } });
    await probe.close();

    const popup = await firefox.openExtensionPage(`popup.html?tab=${id}`);
    await popup.waitForSelector('[data-testid="page-title"]', { timeout: 15_000 });
    const title = await popup.$eval('[data-testid="page-title"]', (el) => el.textContent);
    expect(title).toContain('统战');
    await popup.close();
    await page.close();
  });

  test('the directives of the seed page are painted with the Highlight API', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    const painted = await page.waitForFunction(
      () => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        if (!registry || registry.size === 0) return false;
        return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
      },
      { timeout: 15_000 },
    );
    const layers = (await painted.jsonValue()) as Record<string, string[]>;
    expect(Object.keys(layers)).toEqual(expect.arrayContaining(['hzd-d-heading', 'hzd-d-obligation']));
    const text = (layer: string) => (layers[layer] ?? []).join('|').replace(/\s+/g, '');
    expect(text('hzd-d-heading')).toContain('一、切实履行统战部牵头协调和监督检查的职能');
    expect(text('hzd-d-emphasis')).toContain('这一点需要特别特别特别注意!');
    // Nothing of ours inside the article body.
    expect(await page.$$eval('#rwb_zw hzd-mark, #rwb_zw [data-hzd-ui]', (els) => els.length)).toBe(0);
    await page.close();
  });

  test('the skim layer: the cores are painted in their own layers, a task after the sentences', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    const painted = await page.waitForFunction(
      () => {
        if (performance.getEntriesByName('hzd-cores-painted').length === 0) return false;
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
      },
      { timeout: 15_000 },
    );
    const layers = (await painted.jsonValue()) as Record<string, string[]>;
    const text = (layer: string) => (layers[layer] ?? []).join('|').replace(/\s+/g, '');
    expect(text('hzd-d-core-obligation')).toContain('切实加强基层统战工作');
    expect(text('hzd-d-core-heading')).toContain('一、切实履行统战部牵头协调和监督检查的职能');
    // A core is part of its sentence, and shorter.
    expect(text('hzd-d-core-obligation').length).toBeLessThan(text('hzd-d-obligation').length);
    // Key phrases by default: the sentence's range stays, unpainted.
    const style = await page.$eval('#hzd-paint-style', (el) => el.textContent ?? '');
    expect(style).toMatch(/::highlight\(hzd-d-obligation\)\{background-color:transparent/);
    await page.close();
  });

  test('a 100,000-character article is analysed in slices and painted', async () => {
    const longUrl = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000004.html';
    const { html } = bigArticleHtml(100_000);
    server.route(longUrl, { body: html });
    const page = await firefox.browser.newPage();
    await page.goto(longUrl);
    const done = await page.waitForFunction(
      () => {
        if (performance.getEntriesByName('hzd-painted').length === 0) return false;
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return {
          slices: performance.getEntriesByName('hzd-task:analysis-slice').length,
          // The sentence layers (the cores' layers, painted a task later, are checked in skim.e2e.ts).
          painted: Object.fromEntries(
            [...registry.entries()]
              .filter(([name]) => !name.startsWith('hzd-d-core-'))
              .map(([name, h]) => [name.replace('hzd-d-', ''), h.size]),
          ),
        };
      },
      { timeout: 20_000 },
    );
    const { slices, painted } = (await done.jsonValue()) as { slices: number; painted: Record<string, number> };
    expect(slices).toBeGreaterThan(1);
    expect(painted).toEqual(directiveCountsOf(html, longUrl));
    await page.close();
  });

  test("a saved highlight is placed and painted in the reader's colour", async () => {
    const exact = '县级民族、宗教工作机构要确保具备行政执法主体资格';
    const ext = await firefox.openExtensionPage('popup.html');
    const saved = await ext.evaluate(
      (url: string, quote: string) =>
        browser.runtime.sendMessage({
          type: 'highlights/save',
          draft: {
            id: 'ff-1',
            url,
            title: '提能善为',
            site: 'dangpai.people.com.cn',
            quote: { exact: quote, prefix: '在这其中,', suffix: '。这一点需要' },
            position: { start: 0, end: quote.length },
            color: 'purple',
            note: '',
            tags: [],
          },
        }),
      SEED_URL,
      exact,
    );
    expect(saved).toMatchObject({ ok: true });
    await ext.close();
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    expect(await userLayerTexts(page, 'hzd-u-purple', 15_000)).toEqual([exact]);
    await page.close();
  });

  test('a passage selected with the mouse is saved from the toolbar and painted', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    await page.waitForSelector('#hzd-paint-style');
    const points = await page.evaluate((needle: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const rectOf = (i: number) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getClientRects()[0]!;
        };
        const first = rectOf(at);
        const last = rectOf(at + needle.length - 1);
        return [first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
      }
      return null;
    }, SEED_SENTENCE);
    expect(points).not.toBeNull();
    const [x1, y1, x2, y2] = points!;
    await page.mouse.move(x1!, y1!);
    await page.mouse.down();
    await page.mouse.move((x1! + x2!) / 2, (y1! + y2!) / 2, { steps: 4 });
    await page.mouse.move(x2!, y2!, { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(SEED_SENTENCE);

    // The toolbar is in a closed shadow root: found through WebDriver BiDi, clicked with the real mouse.
    const blue = await clickInFirefoxUi(
      page,
      'hzd-highlights',
      '[data-testid="hzd-toolbar"] button[data-color="blue"]',
    );
    expect(blue.label).toBeTruthy();
    expect(await userLayerTexts(page, 'hzd-u-blue', 10_000)).toEqual([SEED_SENTENCE]);

    const ext = await firefox.openExtensionPage('popup.html');
    const listed = (await ext.evaluate(
      (url: string) => browser.runtime.sendMessage({ type: 'highlights/list', url }),
      SEED_URL,
    )) as { ok: boolean; data: { quote: { exact: string }; color: string }[] };
    expect(listed.ok).toBe(true);
    expect(listed.data.filter((h) => h.quote.exact === SEED_SENTENCE).map((h) => h.color)).toEqual(['blue']);
    await ext.close();
    await page.close();
  });

  test('following an article: from the outline panel and from the popup', async () => {
    const follows = async (ext: Page) =>
      (
        (await ext.evaluate(() => browser.runtime.sendMessage({ type: 'follows/list' }))) as {
          data: { follows: { url: string }[] };
        }
      ).data.follows
        .map((f) => f.url)
        .sort();
    // The outline panel's Follow button, in a closed shadow root, clicked with the real mouse.
    const city = await firefox.browser.newPage();
    await city.goto(CITY_URL);
    await clickInFirefoxUi(city, 'hzd-outline', 'button.tab', 15_000);
    await clickInFirefoxUi(city, 'hzd-outline', 'button.hzd-follow[aria-pressed="false"]:not([aria-busy])', 15_000);
    const ext = await firefox.openExtensionPage('popup.html');
    await pollExtensionPage(
      ext,
      async (url: string) =>
        (
          (await browser.runtime.sendMessage({ type: 'follows/list' })) as { data: { follows: { url: string }[] } }
        ).data.follows.some((f) => f.url === url),
      CITY_URL,
      10_000,
    );

    // The popup's page view.
    const gov = await firefox.browser.newPage();
    await gov.goto(GOV_URL);
    const tabId = await pollExtensionPage(
      ext,
      async (url: string) => (await browser.tabs.query({ url }))[0]?.id ?? false,
      GOV_URL,
      15_000,
    );
    // The popup asks for the tab's page once, when it opens: opened before the content script's
    // report (it goes out after the analysis and paint, seconds after the load under a loaded CI
    // machine), it shows "not running on this page" and no Follow button. Wait for the report.
    await pollExtensionPage(
      ext,
      async (tab: number) => {
        const reply = (await browser.runtime.sendMessage({ type: 'tab/state', tabId: tab })) as {
          data?: { page?: { isArticle?: boolean } | null };
        };
        return reply?.data?.page?.isArticle === true;
      },
      tabId,
      15_000,
    );
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    const button = '[data-testid="follow"][aria-pressed="false"]:not([aria-busy])';
    await popup.waitForSelector(button, { timeout: 15_000 });
    await popup.click(button);
    await popup.waitForSelector('[data-testid="follow"][aria-pressed="true"]', { timeout: 10_000 });
    expect(await follows(ext)).toEqual([CITY_URL, GOV_URL].sort());
    await Promise.all([popup.close(), ext.close(), gov.close(), city.close()]);
  });

  test('settings round-trip through the background and storage', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const saved = await popup.evaluate(() =>
      browser.runtime.sendMessage({ type: 'settings/update', patch: { lastColor: 'blue' } }),
    );
    expect(saved).toMatchObject({ ok: true, data: { lastColor: 'blue' } });
    const stored = await popup.evaluate(() => browser.storage.local.get('settings'));
    expect(stored).toMatchObject({ settings: { lastColor: 'blue' } });
    const bad = await popup.evaluate(() => browser.runtime.sendMessage({ type: 'highlights/delete' }));
    expect(bad).toMatchObject({ ok: false });
    await popup.close();
  });

  test('the settings copy content scripts read names no site; a site with auto-marks off is painted in no frame', async () => {
    const host = new URL(SEED_URL).hostname;
    const secret = 'www.private-clinic.example';
    const popup = await firefox.openExtensionPage('popup.html');
    const set = (patch: object) =>
      popup.evaluate((p: object) => browser.runtime.sendMessage({ type: 'settings/update', patch: p }), patch);
    expect(await set({ densitySites: { [secret]: 'full' }, autoMarksOffSites: [host] })).toMatchObject({ ok: true });
    // storage.local is the content scripts' too in Firefox: what is here, they read.
    const copy = JSON.stringify(await popup.evaluate(() => browser.storage.local.get(null)));
    expect(copy).not.toContain(secret);
    expect(copy).not.toContain(host);
    const page = await firefox.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { hzdLayers: string[] };
      w.hzdLayers = [];
      const look = () => {
        const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
        for (const name of registry?.keys() ?? [])
          if (name.startsWith('hzd-d-') && !w.hzdLayers.includes(name)) w.hzdLayers.push(name);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(SEED_URL);
    // The page report goes out after the first paint (here: of nothing); its reply a moment later.
    await pollExtensionPage(
      popup,
      async (url: string) => {
        const tabs = await browser.tabs.query({ url });
        const id = tabs[0]?.id;
        if (id === undefined) return false;
        const reply = (await browser.runtime.sendMessage({ type: 'tab/state', tabId: id })) as {
          data?: { page?: unknown };
        };
        return !!reply?.data?.page;
      },
      SEED_URL,
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.evaluate(() => (window as unknown as { hzdLayers: string[] }).hzdLayers)).toEqual([]);
    expect(await set({ densitySites: {}, autoMarksOffSites: [] })).toMatchObject({ ok: true });
    await page.close();
    await popup.close();
  });
});

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: string | null): Promise<unknown> } };
};
