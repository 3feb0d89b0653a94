/**
 * A bold run-in head (utils/article/blocks.ts `boldLeadOf`, read by the analysis as its paragraph's heading) is
 * read from the page's own DOM in the browser: the head in <strong> or in an inline font-weight is painted in the
 * heading's layers, cored whole; the same point in plain text stays the duty it states, cored on its act.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { collectPageErrors, launchChromium, type ExtensionBrowser } from './support/chromium';

const URL_ = 'http://www.gov.cn/zhengce/content/hzd-bold-run-in.htm';
const REST = '各县区要加快推进水厂提标改造，年内完成老旧管网更新，确保群众喝上放心水。';

const page = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于做好农村供水保障工作的通知</title></head><body>
<h1>关于做好农村供水保障工作的通知</h1>
<div class="article" id="UCAP-CONTENT">
<p>为做好今年农村供水保障工作，切实保障农村群众饮水安全，现就有关事项通知如下。</p>
<p>　　<strong>一要压紧压实供水安全责任。</strong>${REST}</p>
<p>　　<span style="font-weight: 700">二要健全工程运行管护机制。</span>各地要落实管护主体和管护经费，建立问题台账，限期整改到位。</p>
<p>　　三要强化水质检测监测。县级水质检测中心要加强对出厂水和末梢水的检测，检测结果每季度向社会公开。</p>
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

test('bold heads are painted as headings, cored whole; the plain point as a duty on its act', async () => {
  server.route(URL_, { body: page, contentType: 'text/html; charset=utf-8' });
  const p = await browser.context.newPage();
  const errors = collectPageErrors(p);
  await p.goto(URL_);
  await p.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0);
  const layers = () =>
    p.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
    });
  // (the cores come in slices after the first paint)
  await expect
    .poll(async () => (await layers())['hzd-d-core-heading']?.length ?? 0, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(2);
  const all = await layers();
  expect(all['hzd-d-heading']).toEqual(
    expect.arrayContaining(['一要压紧压实供水安全责任。', '二要健全工程运行管护机制。']),
  );
  expect(all['hzd-d-core-heading']).toEqual(
    expect.arrayContaining(['一要压紧压实供水安全责任', '二要健全工程运行管护机制']),
  );
  expect(all['hzd-d-heading']).not.toContain('三要强化水质检测监测。');
  expect(all['hzd-d-obligation']).toContain('三要强化水质检测监测。');
  expect(all['hzd-d-core-obligation']).toContain('强化水质检测监测');
  // the page's text is left as it was
  expect(await p.evaluate(() => document.querySelector('strong')?.textContent)).toBe('一要压紧压实供水安全责任。');
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  await p.close();
});
