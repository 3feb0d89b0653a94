import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { boldCores, parseArgs, parseDocument, run, toMarkdown, UsageError } from '@/scripts/analyze';
import { detectArticle } from '@/utils/article/detect';
import type { AnalysisJson } from '@/utils/analysis/analyze';

const root = resolve(__dirname, '../../..');
const seed = resolve(root, 'tests/fixtures/pages/people-2017-tongzhan.html');
const seedGbk = resolve(root, 'tests/fixtures/pages/people-2017-tongzhan.gbk.html');
let dir = '';

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hzd-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'blank.html'), '  \n\t ');
  writeFileSync(join(dir, 'binary.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(dir, 'plain.txt'), '这只是一段纯文本,没有任何标签。要加强学习。');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>首页</title></head><body><ul><li><a href="/a">一</a></li></ul></body></html>',
  );
  writeFileSync(
    join(dir, 'canonical.html'),
    '<html><head><link rel="canonical" href="https://www.gov.cn/zhengce/content/202401/content_1.htm"><title>t</title></head><body><p>x</p></body></html>',
  );
  copyFileSync(seed, join(dir, 'seed.html'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI: errors exit 2 with one line on stderr', () => {
  it.each([
    ['missing file', ['nope.html'], /no such file/],
    ['empty file', ['empty.html'], /empty/],
    ['white space only', ['blank.html'], /empty/],
    ['binary data', ['binary.html'], /not HTML/],
    ['plain text without tags', ['plain.txt'], /not HTML/],
    ['a directory', ['.'], /directory/],
  ])('%s', (_name, args, message) => {
    const [file, ...rest] = args as [string, ...string[]];
    const r = cli(join(dir, file), ...rest);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('rejects bad usage', () => {
    expect(cli().code).toBe(2);
    expect(cli(seed, '--format', 'xml').err).toMatch(/unknown format/);
    expect(cli(seed, '--url').err).toMatch(/needs a value/);
    expect(cli(seed, '--url', 'not a url').err).toMatch(/not a URL/);
    expect(cli(seed, '--bogus').code).toBe(2);
    expect(() => parseArgs(['a.html', 'b.html'])).toThrow(UsageError);
  });
});

describe('analyze CLI: output', () => {
  it('prints the analysis as 2-space JSON, with the given URL', () => {
    const url = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
    const r = cli(seed, '--url', url);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('{\n  "article": {')).toBe(true);
    const json = JSON.parse(r.out);
    expect(json.article.url).toBe(url);
    expect(json.article.title).toBe('提能善为 着力提高湖北统战工作科学化水平');
    expect(json.directives[0]).toEqual(
      expect.objectContaining({ category: 'obligation', start: expect.any(Number), end: expect.any(Number) }),
    );
  });

  it('decodes a GBK page by its meta charset', () => {
    const r = cli(seedGbk, '--url', 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).article.title).toBe('提能善为 着力提高湖北统战工作科学化水平');
  });

  it('falls back to the file URL, or the canonical link when the page has one', () => {
    expect(JSON.parse(cli(join(dir, 'seed.html')).out).article.url).toBe(`file://${join(dir, 'seed.html')}`);
    const canonical = JSON.parse(cli(join(dir, 'canonical.html')).out);
    expect(
      canonical.article === null || canonical.article.url === 'https://www.gov.cn/zhengce/content/202401/content_1.htm',
    ).toBe(true);
  });

  it('prints "article": null with exit 0 for a page that is not an article', () => {
    const r = cli(join(dir, 'index.html'), '--url', 'https://www.people.com.cn/');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ article: null, directives: [] });
  });

  it('prints a Markdown outline with headings and category labels', () => {
    const r = cli(seed, '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# 提能善为 着力提高湖北统战工作科学化水平\n/);
    expect(r.out).toContain('- Source: 荆楚统战');
    expect(r.out).toContain('### 一、 切实履行统战部牵头协调和监督检查的职能');
    expect(r.out).toMatch(/- \*\*\[要求 obligation\]\*\* /);
    expect(toMarkdown({ article: null, directives: [] })).toMatch(/Not an article/);
  });

  it("prints each directive's core spans with their text, and bolds the cores in Markdown", () => {
    const json = JSON.parse(cli(seed).out) as AnalysisJson;
    const d = json.directives.find((x) => x.text.startsWith('——切实加强基层统战工作'))!;
    expect(d.coreText).toEqual(['切实加强基层统战工作']);
    expect(d.core).toEqual([{ start: d.start + 2, end: d.start + 12 }]);
    for (const x of json.directives) {
      expect(x.core.length).toBeGreaterThan(0);
      expect(x.coreText).toEqual(x.core.map((c) => x.text.slice(c.start - x.start, c.end - x.start)));
    }
    const md = cli(seed, '--format', 'md').out;
    expect(md).toContain('- **[要求 obligation]** ——**切实加强基层统战工作**,真正解决');
    expect(md).toContain('要在党委领导下,**充分发挥参谋、组织、督促的作用**,');
    expect(boldCores({ text: '要加强领导。', start: 10, core: [{ start: 11, end: 15 }] })).toBe('要**加强领导**。');
  });

  it("prints a target's deadline with its due date in JSON and Markdown", () => {
    const page = join(dir, 'target.html');
    writeFileSync(
      page,
      '<!doctype html><html><head><meta charset="utf-8"><title>关于推进垃圾分类的通知</title>' +
        '<meta name="publishdate" content="2025-03-01 10:00:00"></head><body><div class="article"><h1>关于推进垃圾分类的通知</h1>' +
        '<p>2025-03-01 10:00 来源：新华社</p>' +
        '<p>为推进生活垃圾分类工作，现将有关事项通知如下。各地要加强组织领导，压实工作责任，确保各项措施落到实处。' +
        '到2026年底，全市城区居民小区生活垃圾分类覆盖率达到100%。各区要建立收运台账，规范收运车辆管理。</p>' +
        '<p>各地要结合实际制定实施方案，明确责任分工和时间节点，加强督促检查，及时研究解决工作中遇到的问题。' +
        '要加大宣传力度，引导群众养成分类习惯，营造全社会共同参与的良好氛围。</p></div></body></html>',
    );
    const json = JSON.parse(cli(page, '--url', 'https://www.news.cn/20250301/a.html').out) as AnalysisJson;
    const t = json.directives.find((x) => x.category === 'target');
    expect(t?.deadline).toMatchObject({ text: '到2026年底', due: '2026-12-31', precision: 'day', basis: 'absolute' });
    expect(t?.coreText).toEqual(['到2026年底', '达到100%']);
    expect(cli(page, '--url', 'https://www.news.cn/20250301/a.html', '--format', 'md').out).toContain(
      '**到2026年底**，全市城区居民小区生活垃圾分类覆盖率**达到100%**。 _(due 2026-12-31)_',
    );
  });

  it('runs as a command (npx tsx) with the same exit codes', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['scripts/analyze.ts', seed], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).directives.length).toBeGreaterThan(0);
    const bad = spawnSync(tsx, ['scripts/analyze.ts', join(dir, 'nope.html')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^analyze: no such file/);
  }, 30_000);
});

describe('analyze CLI: the page as a browser parses it', () => {
  it('reads a text with character references as one text, as the browser does (a source with "&amp;")', () => {
    const para =
      '<p>The Environment Agency must publish the programme by March and councils should bid for funding this year.</p>';
    const doc = parseDocument(
      '<html><head><title>Flood update - GOV.UK</title></head><body><main><h1>Flood update</h1>' +
        '<dl><dt>From:</dt><dd><a href="/d">Department for Environment, Food &amp; Rural Affairs</a></dd>' +
        `<dt>Published</dt><dd>10 December 2018</dd></dl><div class="govspeak">${para.repeat(8)}</div></main></body></html>`,
    );
    expect(doc.querySelector('dd a')!.childNodes).toHaveLength(1);
    const article = detectArticle(doc, 'https://www.gov.uk/government/speeches/flood-update');
    expect(article?.meta.source).toBe('Department for Environment, Food & Rural Affairs');
  });
});
