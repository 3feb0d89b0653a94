/**
 * Metadata shapes of session 35, each on a made-up page of a template, not a copy of a portal's
 * wording: a disclosure catalogue's record date (生成日期) where the page prints no publication date; the day in
 * the article's address where the page prints and tags no date at all.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { dayInUrl } from '@/utils/article/page-url';
import { documentFrom, prose } from './helpers';

describe('a disclosure catalogue’s record date (信息索引 | 生成日期 | 发文机构)', () => {
  const title = '某某部办公厅关于做好某项工作的通知';
  const page = (
    rows: string,
    signature = '<p style="text-align:right">某某部办公厅</p><p style="text-align:right">2019年3月4日</p>',
  ) =>
    documentFrom(
      `<html><head><title>${title}</title></head><body><div class="topbar">首页 | English</div>` +
        `<table class="xxgk">${rows}</table><h1>${title}</h1>` +
        `<div class="content"><p>各省、自治区、直辖市有关部门：</p>${prose(6)}${signature}</div></body></html>`,
    );
  const published = (doc: Document) =>
    detectArticle(doc, 'https://www.example.gov.cn/srcsite/A01/201903/t20190306_1.html')?.meta.published;
  const catalogue = (dates: string) =>
    `<tr><td>信息名称：</td><td colspan="3">${title}</td></tr>` +
    `<tr><td>信息索引：</td><td>000A01-07-2019-0001-1</td>${dates}</tr>` +
    '<tr><td>发文机构：</td><td>某某部办公厅</td><td>发文字号：</td><td>某办函〔2019〕5号</td></tr>';

  it('is the published day where the page prints no other date than the signature', () =>
    expect(published(page(catalogue('<td>生成日期：</td><td>2019-03-06</td>')))).toBe('2019-03-06T00:00:00+08:00'));
  it('in one cell with its label', () =>
    expect(published(page(catalogue('<td>生成日期：2019-03-06</td>')))).toBe('2019-03-06T00:00:00+08:00'));
  it('yields to a 发布日期 printed beside it', () =>
    expect(
      published(page(catalogue('<td>生成日期：</td><td>2019-03-01</td><td>发布日期：</td><td>2019-03-06</td>'))),
    ).toBe('2019-03-06T00:00:00+08:00'));
  it('comes before the document’s own 成文日期', () =>
    expect(
      published(page(catalogue('<td>成文日期：</td><td>2019-03-04</td><td>生成日期：</td><td>2019-03-06</td>'))),
    ).toBe('2019-03-06T00:00:00+08:00'));
});

describe('the day in an article’s address, where the page prints and tags no date', () => {
  it.each([
    ['http://www.example.gov.cn/srcsite/A01/s1/201608/t20160831_277364.html', '2016-08-31'],
    ['http://www.example.cn/jx/2024-01/02/content_10001.htm', '2024-01-02'],
    ['https://www.example.cn/20260203/0f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html', '2026-02-03'],
    ['http://www.example.gov.cn/art/2020/5/8/art_1229_59.html', '2020-05-08'],
    ['http://society.example.com.cn/n1/2024/0807/c1008-40294.html', '2024-08-07'],
    ['https://www.example.gov/briefing-room/statements-releases/2021/08/10/statement/', '2021-08-10'],
    ['http://www.example.com.cn/202401/02/content_WS65.html', '2024-01-02'],
  ])('%s', (url, day) => expect(dayInUrl(url)).toBe(day));
  it('not a number inside a slug or an id', () => {
    expect(dayInUrl('https://www.example.gov.uk/government/news/20240102-funding-round')).toBeNull();
    expect(dayInUrl('http://www.example.cn/content/20240102123.html')).toBeNull();
  });

  const title = '某某省人民政府办公厅关于做好某项工作的通知';
  const page = (header: string) =>
    documentFrom(
      `<html><head><title>${title}</title></head><body><h1>${title}</h1>${header}<div class="content">${prose(6)}` +
        '<p style="text-align:right">某某省人民政府办公厅</p><p style="text-align:right">2020年5月6日</p></div></body></html>',
    );
  const url = 'http://www.example.gov.cn/art/2020/5/8/art_1229_59.html';
  it('dates a page whose only printed date is its 落款', () =>
    expect(detectArticle(page(''), url)?.meta.published).toBe('2020-05-08T00:00:00+08:00'));
  it('gives way to any date the page prints', () =>
    expect(detectArticle(page('<div class="info">发布时间：2020-05-09 10:30</div>'), url)?.meta.published).toBe(
      '2020-05-09T10:30:00+08:00',
    ));
});

describe('template shapes whose meta tags are missing (the printed fields alone)', () => {
  const title = '某区推进老旧小区加装电梯工作';
  // (the fields printed under the body, where the header zone does not reach)
  const page = (footer: string) =>
    documentFrom(
      `<html><head><title>${title}</title></head><body><div class="article"><div class="header"><h1>${title}</h1></div>` +
        `<div class="view">${prose(6)}</div>${footer}</div></body></html>`,
    );
  const meta = (header: string) =>
    detectArticle(page(header), 'https://www.example.gov.cn/zwgk/zcjd/202605/t20260518_1.html')!.meta;
  it('a source line and a date line glued in one paragraph, each in its own element', () => {
    const m = meta(
      '<div class="othermessage"><p><span class="fl">来源：某某区住房和城乡建设委员会</span><span class="fr">日期：2026-05-18</span></p></div>',
    );
    expect(m.source).toBe('某某区住房和城乡建设委员会');
    expect(m.published).toBe('2026-05-18T00:00:00+08:00');
  });
  it('the same with 发布时间 and 信息来源 in the other order', () => {
    const m = meta(
      '<div class="msg"><p><span>发布时间：2026-05-18 10:30</span><span>信息来源：某某区应急管理局</span></p></div>',
    );
    expect(m.source).toBe('某某区应急管理局');
    expect(m.published).toBe('2026-05-18T10:30:00+08:00');
  });
  it('an author element whose only colon is inside the affiliation after the name', () => {
    const doc = documentFrom(
      `<html><head><title>${title}</title></head><body><div class="text_left"><h1>${title}</h1>` +
        '<p class="author">欧阳明远（作者单位：某某省委党校公共管理教研部）</p><p class="sou">2026年05月21日08:31 来源：某某时报</p>' +
        `<div class="show_text">${prose(6)}</div></div></body></html>`,
    );
    expect(detectArticle(doc, 'http://theory.example.com.cn/n1/2026/0521/c1-2.html')!.meta.author).toBe('欧阳明远');
  });
});

describe('a page’s update history, newest change first', () => {
  const body = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: operators must register each site with their local authority at least 28 days before trading and keep the records for two years.</p>`,
  ).join('');
  const page = (metas: string) =>
    documentFrom(
      `<html lang="en"><head><title>Register an example business - Example Portal</title>${metas}</head><body><main>` +
        '<h1>Register an example business</h1><div class="metadata"><dl><dt>From:</dt><dd><a href="/org/x">Example Standards Agency</a></dd>' +
        '<dt>Published</dt><dd>4 September 2024</dd><dt>Last updated</dt><dd>10 October 2024</dd></dl></div>' +
        `<div class="body">${body}</div><div class="history"><ol>` +
        '<li><time datetime="2024-10-10T14:12:05.000+01:00">10 October 2024</time><p>Added key dates for next season.</p></li>' +
        '<li><time datetime="2024-09-04T09:30:00.000+01:00">4 September 2024</time><p>First published.</p></li>' +
        '</ol></div></main></body></html>',
    );
  const published = (metas = '') =>
    detectArticle(page(metas), 'https://www.example.org.uk/news/2024/09/04/register-an-example-business')?.meta
      .published;
  it('the printed Published day, timed by its history entry, not the newest change', () =>
    expect(published()).toBe('2024-09-04T09:30:00+01:00'));
  it('a publication meta tag still comes first', () =>
    expect(published('<meta property="article:published_time" content="2024-09-04T09:31:00+01:00">')).toBe(
      '2024-09-04T09:31:00+01:00',
    ));
});

describe('another article’s date in a headline list', () => {
  const title = '某市出台措施推进县域商业体系建设';
  const related = `<div class="related"><h3>相关新闻</h3><ul>${[10, 8, 6]
    .map(
      (d) =>
        `<li><a href="/2026-04/0${d % 10 || 1}/c_${d}.htm">某地推进第${d}项工作取得新进展</a><span class="time">2026-04-${String(d).padStart(2, '0')}</span></li>`,
    )
    .join('')}</ul></div>`;
  const page = (header: string) =>
    documentFrom(
      `<html><head><title>${title}</title></head><body><div class="top"><h1>${title}</h1>${header}</div>` +
        `<div class="detail">${prose(6)}</div>${related}</body></html>`,
    );
  const published = (header: string) =>
    detectArticle(page(header), 'https://news.example.cn/politics/1131452870.htm')?.meta.published;
  it('is not the page’s own where its date line has another class', () =>
    expect(published('<div class="header-time">2026-04-17 20:36:15</div>')).toBe('2026-04-17T20:36:15+08:00'));
  it('a date line whose parts are list items of their own is still read', () =>
    expect(
      published('<ul class="info"><li class="time">2026-04-17 20:36</li><li>来源：<a href="/">某某社</a></li></ul>'),
    ).toBe('2026-04-17T20:36:00+08:00'));
});

describe('a trail led by a long 位置 label, in a template whose class names no reader knows', () => {
  const title = '某某市人民政府办公厅关于做好某项工作的通知';
  const page = (label: string) =>
    documentFrom(
      `<html><head><title>${title}</title><meta name="ColumnName" content="通知公告"></head><body>` +
        `<div class="qx-weizhi">${label}<a href="http://www.example.gov.cn/">首页</a> &gt; <a href="http://www.example.gov.cn/zwgk/">政务公开</a> &gt; ` +
        '<a href="http://www.example.gov.cn/zwgk/tzgg/">通知公告</a></div>' +
        `<div class="qx-article"><h1>${title}</h1><div class="qx-text">${prose(6)}</div></div></body></html>`,
    );
  it.each(['您当前所在的位置：', '您当前所在位置：', '您目前所处的位置：', '当前位置：'])('%s', (label) =>
    expect(
      detectArticle(page(label), 'http://www.example.gov.cn/zwgk/tzgg/202605/t20260518_1.html')?.meta.channel,
    ).toEqual(['首页', '政务公开', '通知公告']),
  );
});

describe('the channel named by an article:section meta tag, where the page prints no trail', () => {
  const page = (section: string) =>
    documentFrom(
      `<html><head><title>Executive Order on Some Federal Matter</title>` +
        `<meta property="article:section" content="${section}" /></head><body>` +
        `<header><a href="/">Home</a></header><main><article><h1>Executive Order on Some Federal Matter</h1>` +
        `<div class="entry-content">${'<p>By the authority vested in me as President, it is hereby ordered that each agency shall review its procurement rules and report to the Director within 90 days of the date of this order.</p>'.repeat(6)}</div>` +
        `</article></main></body></html>`,
    );
  const channel = (doc: Document) =>
    detectArticle(doc, 'https://www.example.gov/presidential-actions/executive-order-on-some-federal-matter/')?.meta
      .channel;
  it('is the channel', () => expect(channel(page('Presidential Actions'))).toEqual(['Presidential Actions']));
  it('is not taken when it only repeats the title', () =>
    expect(channel(page('Executive Order on Some Federal Matter'))).toEqual([]));
});
