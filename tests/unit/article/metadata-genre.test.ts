/**
 * Metadata shapes of the genre that no fixture template carried (session 31's audit), each on a made-up page:
 * editor sign-offs in brackets with no colon, meta dates in UTC beside a visible local date, sources in square
 * brackets or as a logo, an outlet printed bare after an English date line, a trail set apart by style alone,
 * and bylines with a slash for the colon or a print edition's mark before them.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const URL = 'https://news.example.cn/2025/0314/c1024-40123.html';
/** A Chinese page: `head` in <head>, `top` between the h1 and the body, `bottom` closing the body. */
const zhPage = (head: string, top: string, bottom = '') =>
  documentFrom(
    `<html><head><title>某市部署城市更新工作_新闻中心_某某网</title>${head}</head><body><div class="main">` +
      `<h1>某市部署城市更新工作</h1>${top}<div class="article-content">${prose(6)}${bottom}</div></div></body></html>`,
  );
const meta = (doc: Document, url = URL) => detectArticle(doc, url)!.meta;
const enProse =
  '<p>Agencies must act quickly, and employers shall provide water and shade to every worker this summer.</p>';

describe('an editor line in brackets with a space for the colon', () => {
  for (const line of ['（编辑 汪某某）', '(编辑 汪某某)', '（责任编辑 汪某某）', '【责编 汪某某】'])
    it(line, () => expect(meta(zhPage('', '', `<p class="x">${line}</p>`)).editor).toBe('汪某某'));
  it('a sentence that opens with 编辑 is no editor line', () =>
    expect(meta(zhPage('', '', '<p>（编辑 部门的意见另行征求）</p>')).editor).not.toBe('部门的意见另行征求'));
});

describe('an editor line with a dash for the colon (qstheory.cn: "网站编辑 - 甲")', () => {
  it('names the editor', () =>
    expect(
      meta(zhPage('', '', '<div class="fs-text">标签 - </div><div class="fs-text">网站编辑 - 汪某某 </div>')).editor,
    ).toBe('汪某某'));
  it('a line that goes on after the dash is no editor line', () =>
    expect(meta(zhPage('', '', '<p>编辑 - 部门的意见另行征求后再定稿</p>')).editor).toBeNull());
});

describe('a meta date in another offset than the visible date', () => {
  const at = (head: string, top: string) => Date.parse(meta(zhPage(head, top)).published!);
  it('makes the visible day precise when it falls on that day in the page’s offset', () =>
    expect(
      at(
        '<meta property="article:published_time" content="2021-05-13T23:30:00Z">',
        '<div class="date">2021-05-14</div>',
      ),
    ).toBe(Date.parse('2021-05-14T07:30:00+08:00')));
  it('gives its seconds to the visible minute', () =>
    expect(
      at(
        '<meta property="article:published_time" content="2021-05-14T08:30:22Z">',
        '<div class="date">2021-05-14 16:30</div>',
      ),
    ).toBe(Date.parse('2021-05-14T16:30:22+08:00')));
  it('a time on another day in the page’s offset leaves the visible day as it is', () =>
    expect(
      at(
        '<meta property="article:published_time" content="2021-05-14T20:30:00Z">',
        '<div class="date">2021-05-14</div>',
      ),
    ).toBe(Date.parse('2021-05-14T00:00:00+08:00')));
});

describe('date meta names', () => {
  const at = (head: string) => meta(zhPage(head, '')).published;
  it('pubtime', () =>
    expect(at('<meta name="pubtime" content="2021-05-14 16:30:00">')).toBe('2021-05-14T16:30:00+08:00'));
  it('og:release_date', () =>
    expect(at('<meta property="og:release_date" content="2021-05-14T16:30:00+08:00">')).toBe(
      '2021-05-14T16:30:00+08:00',
    ));
});

describe('the source', () => {
  const src = (top: string) => meta(zhPage('', top)).source;
  it('in square brackets after its label', () =>
    expect(src('<div class="x">2025-03-14 10:00 来源：【某某日报】</div>')).toBe('某某日报'));
  it('as the outlet’s logo after its label', () =>
    expect(src('<div class="x">2025-03-14 10:00 来源：<a href="#"><img src="l.png" alt="某某日报"></a></div>')).toBe(
      '某某日报',
    ));
});

describe('an English date line with the outlet printed bare after the date', () => {
  const en = (top: string) =>
    documentFrom(
      `<html><head><title>China issues guideline on exports</title></head><body><div class="detail"><h1>China issues guideline on exports</h1>` +
        `${top}<div class="content">${enProse.repeat(6)}</div></div></body></html>`,
    );
  const url = 'https://english.example.cn/policies/202503/14/content_WS1.html';
  it('names the source', () =>
    expect(
      meta(en('<div class="byline">Updated: March 14, 2025 19:02 &nbsp; <span class="x">Xinhua</span></div>'), url)
        .source,
    ).toBe('Xinhua'));
  it('a heading after a date element of its own is no source', () =>
    expect(
      meta(
        en('<div class="d"><time datetime="2025-03-14">March 14, 2025</time></div><p class="cat">Executive Orders</p>'),
        url,
      ).source,
    ).not.toBe('Executive Orders'));
});

describe('a trail whose links no separator parts', () => {
  const page = (crumbs: string) =>
    documentFrom(
      `<html><head><title>Statement on heat</title></head><body><main><div class="tax">${crumbs}</div><h1>Statement on heat</h1>` +
        `<article>${enProse.repeat(12)}</article></main></body></html>`,
    );
  const url = 'https://www.example.gov/briefing-room/statements-releases/2023/06/08/statement-on-heat/';
  it('is the channel when each link extends the one before', () =>
    expect(
      meta(
        page(
          '<a href="https://www.example.gov/briefing-room/">Briefing Room</a> <a href="https://www.example.gov/briefing-room/statements-releases/">Statements and Releases</a>',
        ),
        url,
      ).channel,
    ).toEqual(['Briefing Room', 'Statements and Releases']));
  it('a menu of sibling sections is not', () =>
    expect(
      meta(
        page(
          '<a href="https://www.example.gov/briefing-room/">Briefing Room</a> <a href="https://www.example.gov/priorities/">Priorities</a>',
        ),
        url,
      ).channel,
    ).toEqual([]));
});

describe('a byline line', () => {
  const au = (line: string) => meta(zhPage('', `<p class="x">${line}</p>`)).author;
  for (const [line, want] of [
    ['文/张某某', '张某某'],
    ['文丨张某某', '张某某'],
    ['作者 | 张某某 李某', '张某某、李某'],
    ['□本报记者 张某某', '张某某'],
    ['■ 本报记者 张某某 李某', '张某某、李某'],
  ] as const)
    it(line, () => expect(au(line)).toBe(want));
});

describe('a dateline whose reporters stand before 报道 with no brackets', () => {
  const zhLead = (lead: string) =>
    documentFrom(
      `<html><head><title>某市部署城市更新工作</title></head><body><div class="main"><h1>某市部署城市更新工作</h1>` +
        `<div class="article-content"><p>${lead}各区要加快推进老旧小区改造。</p>${prose(6)}</div></div></body></html>`,
    );
  const au = (lead: string) => meta(zhLead(lead)).author;
  it('one reporter', () => expect(au('本报北京3月5日电 记者汪某某报道：')).toBe('汪某某'));
  it('two, spaced', () => expect(au('本报讯 记者汪某某 李某报道：')).toBe('汪某某、李某'));
  it('a role word glued to the next name', () => expect(au('本报讯 记者汪某某 通讯员李某报道：')).toBe('汪某某、李某'));
});

describe('a bracketed dateline whose role words are glued to the names (session 34)', () => {
  const zhLead = (lead: string) =>
    documentFrom(
      `<html><head><title>某县老年食堂开到村口</title></head><body><div class="main"><h1>某县老年食堂开到村口</h1>` +
        `<div class="article-content"><p>${lead}据报道，各村要办好老年食堂。</p>${prose(6)}</div></div></body></html>`,
    );
  const au = (lead: string) => meta(zhLead(lead)).author;
  it('the correspondent after the reporter', () =>
    expect(au('某某网赣州3月12日消息（记者汪某某 通讯员李某）')).toBe('汪某某、李某'));
  it('spaced as before', () => expect(au('新华社北京4月22日电（记者 汪某某 通讯员 李某）')).toBe('汪某某、李某'));
});

describe('an English outlet of Beijing under .com, its articles the index file of a dated folder', () => {
  const doc = documentFrom(
    `<html><head><title>China issues guideline on exports</title></head><body><div class="detail"><h1>China issues guideline on exports</h1>` +
      `<div class="date">2025-03-14 10:30</div><div class="content">${enProse.repeat(16)}</div></div></body></html>`,
  );
  it('is an article, its time read in Beijing time', () =>
    expect(
      detectArticle(doc, 'https://news.cgtn.com/news/2025-03-14/China-issues-guideline-1abcDEF/index.html')?.meta
        .published,
    ).toBe('2025-03-14T10:30:00+08:00'));
  it('a channel’s index file stays no article', () =>
    expect(detectArticle(doc, 'https://news.cgtn.com/news/2025/index.html')).toBeNull());
});
