/**
 * A sentence an editor's stray break cut into two paragraphs (utils/article/broken-sentences.ts) is one block, a
 * run of the two <p>s: its directive is painted as one range from the first paragraph into the second (Highlight
 * API), or as marks of one range in both (wrap): the paint maps it back to the page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';

const URL_ = 'http://www.gov.cn/zhengce/content/hzd-broken-sentence.htm';
const FIRST = '各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，';
const REST = '加快推进城乡供水一体化，确保群众喝上放心水。';

/**
 * The same sentence wrapped by a single <br> inside a paragraph of a <div> whose paragraphs are <br><br> runs (a
 * CMS wrapping its editor's lines: line-breaks.ts reads that <br> as a space): one range across the <br>.
 */
const brPage = (forceWrap: boolean) => `<!doctype html>
<html lang="zh"${forceWrap ? ' data-hzd-force-wrap' : ''}><head><meta charset="utf-8">
<title>关于加快推进城乡供水一体化的通知</title></head><body>
<h1>关于加快推进城乡供水一体化的通知</h1>
<div class="article" id="UCAP-CONTENT">4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。<br><br>
<span id="x">${FIRST}</span><br>
<span id="y">${REST}</span><br><br>
县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。<br><br>
各级水利部门必须加强监督检查，对发现的问题要建立台账、限期整改，确保整改到位。
</div>
</body></html>`;

const page = (forceWrap: boolean) => `<!doctype html>
<html lang="zh"${forceWrap ? ' data-hzd-force-wrap' : ''}><head><meta charset="utf-8">
<title>关于加快推进城乡供水一体化的通知</title></head><body>
<h1>关于加快推进城乡供水一体化的通知</h1>
<div class="article" id="UCAP-CONTENT">
<p>4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。</p>
<p id="x">${FIRST}</p>
<p id="y">${REST}</p>
<p>县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。</p>
<p>各级水利部门必须加强监督检查，对发现的问题要建立台账、限期整改，确保整改到位。</p>
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

for (const [cut, make] of [
  ['two paragraphs', page],
  ['a single <br>', brPage],
] as const)
  for (const forceWrap of [false, true])
    test(`${forceWrap ? 'wrap fallback' : 'Highlight API'}: the sentence across ${cut} is painted whole`, async () => {
      server.route(URL_, { body: make(forceWrap), contentType: 'text/html; charset=utf-8' });
      const p = await browser.context.newPage();
      const errors = collectPageErrors(p);
      await p.goto(URL_);
      await p.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0);
      await p.waitForTimeout(500);
      const painted = await p.evaluate(() => {
        const x = document.getElementById('x')!;
        const y = document.getElementById('y')!;
        const ranges: { text: string; fromX: boolean; toY: boolean }[] = [];
        for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
          for (const r of h)
            ranges.push({ text: r.toString(), fromX: x.contains(r.startContainer), toY: y.contains(r.endContainer) });
        // the text of a paragraph left outside our marks (wrap path; marks may nest, a core in its sentence)
        const unmarked = (el: Element) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let out = '';
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            if (!n.parentElement?.closest('hzd-mark')) out += n.textContent;
          return out;
        };
        // one range in both paragraphs: a mark in each with the same layer and index
        const keys = (el: Element) =>
          [...el.querySelectorAll('hzd-mark')].map(
            (m) => `${m.getAttribute('data-hzd-layer')}#${m.getAttribute('data-hzd-index')}`,
          );
        const inY = new Set(keys(y));
        const marked = keys(x).some((k) => inY.has(k));
        return { ranges, marked, unmarked: unmarked(x) + unmarked(y), textX: x.textContent, textY: y.textContent };
      });
      if (forceWrap) {
        expect(painted.marked).toBe(true);
        expect(painted.unmarked).toBe('');
      } else {
        const whole = painted.ranges.find((r) => r.fromX && r.toY);
        expect(whole?.text.replace(/\s/g, '')).toBe(FIRST + REST);
      }
      // the page's text is left as it was
      expect([painted.textX, painted.textY]).toEqual([FIRST, REST]);
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      await p.close();
    });
