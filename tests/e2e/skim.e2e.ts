/**
 * The skim layer in real Chromium (issue 14, points 3–5): the cores of the seed's directives
 * painted in their own layers (read back from `CSS.highlights`), the density switch in the
 * outline and in the popup (remembered for the site across reloads), the outline of cores with
 * the sentence on expand, and "copy key points" from both. Screenshots of the skim layer on a
 * light and a dark page, and of a dense 实施方案 in each density, go to docs/screenshots when
 * HZD_UPDATE_SCREENSHOTS=1.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { analyze } from '@/utils/analysis/analyze';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';
import { DARK_SEED_URL, routeDarkSeed, SEED_URL } from './support/seed';
import { outlineUi } from './support/in-page-ui';

const SHOTS = process.env.HZD_UPDATE_SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'hzd-screenshots-'));
const SEED_HTML = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
/** A dense policy document: a city government's 实施方案. */
const DENSE_URL = 'https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/bgtwj/202412/t20241209_2497735.shtml';
const norm = (s: string) => s.replace(/\s+/g, '');

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  routeDarkSeed(server);
  browser = await launchChromium(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The seed's cores per layer, as the analysis finds them in Node. */
function seedCores(): Record<string, string[]> {
  const { document } = parseHTML(SEED_HTML);
  const out: Record<string, string[]> = {};
  for (const d of analyze(document, SEED_URL).directives)
    for (const s of d.core)
      (out[`hzd-d-core-${d.category}`] ??= []).push(norm(d.text.slice(s.start - d.start, s.end - d.start)));
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Our layers in the page's registry (the page world can read it), as text. */
const layers = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
  });
const coreLayers = async (page: Page) =>
  Object.fromEntries(
    Object.entries(await layers(page))
      .filter(([name]) => name.startsWith('hzd-d-core-'))
      .map(([name, texts]) => [name, texts.map(norm).sort()]),
  );
/** How the paint stylesheet shows an obligation's sentence (the density is a style). */
const sentenceStyle = (page: Page) =>
  page.evaluate(
    () =>
      /::highlight\(hzd-d-obligation\)\{([^}]*)\}/.exec(
        document.getElementById('hzd-paint-style')?.textContent ?? '',
      )?.[1] ?? '',
  );

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { page, errors };
}
const painted = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('hzd-cores-painted').length > 0, null, { timeout: 15_000 });
const scriptErrors = (errors: string[]) => errors.filter((e) => !/^Failed to load resource/.test(e));
const settings = async () => {
  const ext = await browser.openExtensionPage('popup.html?tab=999999');
  const reply = (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }))) as {
    data: { density: string; densitySites: Record<string, string> };
  };
  await ext.close();
  return reply.data;
};

describe('the skim layer', () => {
  test('the seed: every directive’s core painted in its category’s core layer, over its sentence, key phrases by default', async () => {
    const { page, errors } = await open(SEED_URL);
    await painted(page);
    expect(await coreLayers(page)).toEqual(seedCores());
    // Each core lies inside a sentence of its category (the sentence layer keeps the ranges).
    const all = await layers(page);
    for (const [name, cores] of Object.entries(all).filter(([n]) => n.startsWith('hzd-d-core-'))) {
      const sentences = all[name.replace('core-', '')]!.map(norm);
      for (const core of cores) expect(sentences.some((s) => s.includes(norm(core)))).toBe(true);
    }
    expect(await sentenceStyle(page)).toContain('background-color:transparent');
    expect((await settings()).density).toBe('cores');
    await page.screenshot({ path: join(SHOTS, 'skim-light.png') });
    expect(scriptErrors(errors)).toEqual([]);
    await page.close();
  });

  test('the outline’s density switch repaints at once and is remembered for the site after a reload', async () => {
    const { page } = await open(SEED_URL);
    await painted(page);
    const ui = outlineUi(page);
    await ui.click('button.tab');
    expect(await ui.attribute('[data-density="cores"]', 'aria-pressed')).toBe('true');
    await ui.click('[data-density="full"]');
    await expect.poll(() => sentenceStyle(page)).toMatch(/background-color:rgba\(230, 159, 0, 0\.120\)/);
    await ui.click('[data-density="off"]');
    await expect.poll(async () => Object.keys(await layers(page)).filter((n) => n.startsWith('hzd-d-'))).toEqual([]);
    await expect.poll(async () => (await settings()).densitySites).toEqual({ 'dangpai.people.com.cn': 'off' });

    await page.reload();
    await outlineUi(page).waitFor('button.tab', { timeout: 10_000 });
    await page.waitForTimeout(300);
    expect(Object.keys(await layers(page)).filter((n) => n.startsWith('hzd-d-'))).toEqual([]);

    // The popup's switch, for the same site: the tab repaints, and a reload keeps it.
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('density-full').click();
    await expect.poll(async () => Object.keys(await coreLayers(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => sentenceStyle(page)).toContain('0.120)');
    expect(await popup.getByTestId('density-full').getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await painted(page);
    expect(await sentenceStyle(page)).toContain('0.120)');
    await page.screenshot({ path: join(SHOTS, 'skim-full-light.png') });
    // Back to the default: the site's entry goes.
    await popup.getByTestId('density-cores').click();
    await expect.poll(async () => (await settings()).densitySites).toEqual({});
    await popup.close();
    await page.close();
  });

  test('the outline lists cores; → shows the whole sentence under one, ← hides it', async () => {
    const { document } = parseHTML(SEED_HTML);
    const directives = analyze(document, SEED_URL).directives;
    const { page } = await open(SEED_URL);
    await painted(page);
    const ui = outlineUi(page);
    await ui.click('button.tab');
    await ui.waitFor('button.entry[data-index]');
    const index = Number(await ui.attribute('button.entry[data-index]', 'data-index'));
    const d = directives[index]!;
    const shown = (await ui.text('button.entry[data-index]')).replace(/^[^:]*:\s*/, '');
    const core = d.core.map((s) => d.text.slice(s.start - d.start, s.end - d.start).trim()).join(' … ');
    expect(norm(shown)).toBe(norm(core));
    expect(norm(core).length).toBeLessThan(norm(d.text).length);

    await ui.click('button.entry[data-index]'); // reveals the sentence; the focus is on the entry
    await page.keyboard.press('ArrowRight');
    await ui.waitFor('.full');
    expect(norm(await ui.text('.full'))).toBe(norm(d.text));
    expect(await ui.attribute('button.more', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await ui.waitFor('.full', { gone: true });
    // ↓ still moves on to the next entry, as before.
    await page.keyboard.press('ArrowDown');
    expect(await ui.focused('button.entry[data-index]')).toBe(false);
    await page.close();
  });

  test('copy key points from the outline and from the popup: title, source, date, link, headings, cores', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await open(SEED_URL);
    await painted(page);
    const ui = outlineUi(page);
    await ui.click('button.tab');
    await ui.click('button.copy');
    await expect.poll(() => ui.text('.status')).toMatch(/要点已复制|copied/);
    const reader = await browser.openExtensionPage('popup.html?tab=999999');
    const fromOutline = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(fromOutline).toMatch(/^# 提能善为 着力提高湖北统战工作科学化水平\n\n- (来源|Source)[：:] ?荆楚统战\n/);
    expect(fromOutline).toContain(SEED_URL);
    expect(fromOutline).toMatch(/## 一、 ?切实履行统战部牵头协调和监督检查的职能/);
    expect(fromOutline).toContain('- 切实加强基层统战工作');

    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.getByTestId('copy-key-points').click();
    await expect.poll(() => popup.getByTestId('toast').textContent()).toMatch(/要点已复制|copied/);
    expect(await popup.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(fromOutline);
    expect(scriptErrors(errors)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the wrap fallback paints the cores too, nested in their sentences, without moving the layout', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        document.documentElement.setAttribute('data-hzd-force-wrap', ''),
      ),
    );
    await page.goto(SEED_URL);
    await painted(page);
    const boxes = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('#rwb_zw p, #rwb_zw h1, #rwb_zw h2, #rwb_zw h3')).map((el) => {
          const r = el.getBoundingClientRect();
          return [r.left, r.top + scrollY, r.width, r.height].map((n) => Math.round(n * 10) / 10);
        }),
      );
    const cores = await page.evaluate(() =>
      Array.from(document.querySelectorAll('hzd-mark[data-hzd-layer^="hzd-d-core-"]')).map((m) => ({
        text: m.textContent ?? '',
        inSentence: !!m.parentElement?.closest('hzd-mark[data-hzd-layer]:not([data-hzd-layer^="hzd-d-core-"])'),
      })),
    );
    expect(cores.length).toBeGreaterThan(20);
    expect(cores.every((c) => c.inSentence)).toBe(true);
    expect(cores.map((c) => c.text).join('')).toContain('切实加强基层统战工作');
    const withCores = await boxes();
    // The same page with nothing painted (density off for the site): the same boxes.
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
    await popup.getByTestId('density-off').click();
    await expect.poll(() => page.locator('hzd-mark').count(), { timeout: 10_000 }).toBe(0);
    expect(await boxes()).toEqual(withCores);
    await popup.getByTestId('density-cores').click();
    await expect.poll(async () => (await settings()).densitySites).toEqual({});
    await popup.close();
    await page.close();
  });

  test('screenshots: a dark page, and a dense 实施方案 in each density', async () => {
    const { page } = await open(DARK_SEED_URL);
    await painted(page);
    await page.screenshot({ path: join(SHOTS, 'skim-dark.png') });
    await page.close();

    const dense = await open(DENSE_URL);
    await painted(dense.page);
    await dense.page.evaluate(() => window.scrollTo(0, 420));
    const tabId = await browser.tabIdOf(dense.page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    for (const density of ['cores', 'full', 'off'] as const) {
      await popup.getByTestId(`density-${density}`).click();
      await expect.poll(() => popup.getByTestId(`density-${density}`).getAttribute('aria-pressed')).toBe('true');
      await dense.page.waitForTimeout(400);
      await dense.page.screenshot({ path: join(SHOTS, `skim-dense-${density}.png`) });
    }
    await popup.getByTestId('density-cores').click();
    await popup.close();
    await dense.page.close();
  });
});
