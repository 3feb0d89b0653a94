/**
 * No paint in editors (issue 12, point 7): on an article with a rich-text editor
 * (`contenteditable`) and a textarea inside its body, directives and the reader's own
 * highlights are painted in the article text but never inside the editable regions — with
 * the Highlight API, and with the wrap fallback no element is written into them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';

const URL_ = 'http://www.gov.cn/zhengce/content/hzd-editor-test.htm';
const EDITOR_SENTENCE = '各部门必须严格落实安全生产责任';

/** The article; its editable region is `#box` (an id such as "editor" reads as page furniture, and the body finder would drop it). */
const page = (forceWrap: boolean) => `<!doctype html>
<html lang="zh"${forceWrap ? ' data-hzd-force-wrap' : ''}><head><meta charset="utf-8">
<title>关于加强安全生产工作的通知</title></head><body>
<h1>关于加强安全生产工作的通知</h1>
<div class="article" id="UCAP-CONTENT">
<p>一、各地要加强组织领导,把安全生产工作摆在更加突出的位置,确保各项措施落实到位,切实保障人民群众生命财产安全。</p>
<p>二、严禁在生产经营活动中弄虚作假,不得以任何理由降低安全标准,对违法违规行为要依法严肃查处,绝不姑息。</p>
<div contenteditable="true" id="box"><p>${EDITOR_SENTENCE},严禁违规作业,必须确保到2025年底前全面完成整改任务。</p></div>
<p>三、到2025年底,重点行业领域安全生产治理体系基本健全,事故总量持续下降,重特大事故得到有效遏制,各有关单位要认真贯彻落实。</p>
<p>四、各级应急管理部门必须加强监督检查,对发现的问题要建立台账、限期整改,确保整改到位,并及时向社会公开整改情况。</p>
<textarea id="area">各单位要认真贯彻落实本通知精神,必须按时完成。</textarea>
</div></body></html>`;

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

/** Painted ranges, split by whether they touch an editable region. */
const paintedRanges = (p: Page) =>
  p.evaluate(() => {
    const editable = (n: Node) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('#box, textarea');
    const out = { inside: [] as string[], outside: [] as string[] };
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      for (const r of h) {
        const touches =
          editable(r.startContainer) || editable(r.endContainer) || r.intersectsNode(document.getElementById('box')!);
        (touches ? out.inside : out.outside).push(`${name}:${r.toString()}`);
      }
    }
    return out;
  });

async function saveEditorHighlight(): Promise<void> {
  const ext = await browser.openExtensionPage('popup.html?tab=999999');
  const reply = await ext.evaluate(
    ([url, exact]) =>
      chrome.runtime.sendMessage({
        type: 'highlights/save',
        draft: {
          id: 'in-editor',
          url,
          title: '通知',
          site: 'gov.cn',
          quote: { exact, prefix: '', suffix: '' },
          position: { start: 200, end: 200 + exact.length },
          color: 'yellow',
          note: '',
          tags: [],
        },
      }),
    [URL_, EDITOR_SENTENCE] as const,
  );
  expect(reply).toMatchObject({ ok: true });
  await ext.close();
}

describe('no paint in editors', () => {
  test('Highlight API: directives and highlights are painted outside the editor and the textarea only', async () => {
    server.route(URL_, { body: page(false), contentType: 'text/html; charset=utf-8' });
    await saveEditorHighlight();
    const p = await browser.context.newPage();
    const errors = collectPageErrors(p);
    await p.goto(URL_);
    await p.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0);
    // The reader's highlights are placed after the directives' paint.
    await p.waitForTimeout(800);
    const ranges = await paintedRanges(p);
    expect(ranges.outside.filter((r) => r.startsWith('hzd-d-')).length).toBeGreaterThan(3);
    expect(ranges.inside).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await p.close();
  });

  test('wrap fallback: no element is written into the editor or the textarea', async () => {
    server.route(URL_, { body: page(true), contentType: 'text/html; charset=utf-8' });
    const p = await browser.context.newPage();
    await p.goto(URL_);
    await p.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0);
    await p.waitForTimeout(800);
    const marks = await p.evaluate(() => ({
      outside: document.querySelectorAll('hzd-mark').length,
      inside: document.querySelectorAll('#box hzd-mark, #box [data-hzd-ui], textarea hzd-mark').length,
      editor: document.getElementById('box')!.innerHTML,
    }));
    expect(marks.outside).toBeGreaterThan(3);
    expect(marks.inside).toBe(0);
    expect(marks.editor).toBe(`<p>${EDITOR_SENTENCE},严禁违规作业,必须确保到2025年底前全面完成整改任务。</p>`);
    await p.close();
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
