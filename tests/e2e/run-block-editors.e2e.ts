/**
 * Run blocks (text between double <br>s, utils/article/blocks.ts `childParts`) against a page's
 * editors: a run whose text holds an inline editable element, the run's parent itself no editor
 * (ranges.ts checks the block's node; the painter's filter, paint/editable.ts, the ranges). The
 * reader types there: no range or mark of ours may touch it (docs/security.md, "no paint in editors").
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';

const URL_ = 'http://www.gov.cn/zhengce/content/hzd-run-editors.htm';

const page = (forceWrap: boolean) => `<!doctype html>
<html lang="zh"${forceWrap ? ' data-hzd-force-wrap' : ''}><head><meta charset="utf-8">
<title>关于加强安全生产工作的通知</title></head><body>
<h1>关于加强安全生产工作的通知</h1>
<div class="article" id="UCAP-CONTENT">
一、各地要加强组织领导,把安全生产工作摆在更加突出的位置,确保各项措施落实到位,切实保障人民群众生命财产安全。<br><br>
二、严禁在生产经营活动中弄虚作假,<span contenteditable="true" id="inline-ed">各部门必须严格落实安全生产责任,严禁违规作业</span>,必须确保到2025年底前全面完成整改任务。<br><br>
三、各单位必须按时完成整改任务,<span contenteditable="plaintext-only" id="inline-ed2">严禁拖延,不得以任何理由降低安全标准。</span><br><br>
四、各级应急管理部门必须加强监督检查,对发现的问题要建立台账、限期整改,确保整改到位,并及时向社会公开整改情况。<br><br>
五、到2025年底,重点行业领域安全生产治理体系基本健全,事故总量持续下降,各有关单位要认真贯彻落实。
</div>
</body></html>`;

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

/** Painted ranges (Highlight API) and marks (wrap), split by whether they touch an editor. */
const painted = (p: Page) =>
  p.evaluate(() => {
    const editors = ['inline-ed', 'inline-ed2'].map((id) => document.getElementById(id)!);
    const inEditor = (n: Node) => editors.some((e) => e.contains(n));
    const out = { inside: [] as string[], outside: [] as string[] };
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
      for (const r of h) {
        const touches =
          inEditor(r.startContainer) || inEditor(r.endContainer) || editors.some((e) => r.intersectsNode(e));
        (touches ? out.inside : out.outside).push(`${name}:${r.toString()}`);
      }
    for (const m of document.querySelectorAll('hzd-mark'))
      (inEditor(m) ? out.inside : out.outside).push(`mark:${m.textContent}`);
    return { ...out, editable: editors.map((e) => e.isContentEditable) };
  });

for (const forceWrap of [false, true])
  test(`${forceWrap ? 'wrap fallback' : 'Highlight API'}: run blocks are painted outside the editors only`, async () => {
    server.route(URL_, { body: page(forceWrap), contentType: 'text/html; charset=utf-8' });
    const p = await browser.context.newPage();
    const errors = collectPageErrors(p);
    await p.goto(URL_);
    await p.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0);
    await p.waitForTimeout(500);
    const result = await painted(p);
    expect(result.editable).toEqual([true, true]);
    expect(result.outside.length).toBeGreaterThan(2);
    expect(result.inside).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await p.close();
  });
