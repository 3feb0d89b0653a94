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
