/**
 * Metadata shapes of session 35, each on a made-up page of a template, not a copy of a portal's
 * wording: a disclosure catalogue's record date (生成日期) where the page prints no publication date.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
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
