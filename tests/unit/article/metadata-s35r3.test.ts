/**
 * Metadata on templates no site adapter knows (session 35, third round), each on a made-up page shaped like a
 * template read right only through its adapter (scripts/meta-robustness.ts compares days only).
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

describe('a date printed in separate elements under the title, with no class a selector knows', () => {
  const url = 'http://www.example.cn/politics/20240105/abc123/c.html';
  const page = (dateLine: string, after = '', above = '') =>
    documentFrom(
      '<html><head><title>某某省部署某项工作</title></head><body>' +
        `<div class="c1">${above}<h1 class="c2">某某省部署某项工作</h1><div class="c3">${dateLine}<span class="c9">来源：某某网</span></div></div>` +
        `${after}<div class="c4">${prose(6)}</div></body></html>`,
    );
  const published = (doc: Document) => detectArticle(doc, url)?.meta.published ?? null;

  it('year, month/day and time in their own elements', () =>
    expect(
      published(
        page(
          '<div class="c5"><span><em>2024</em></span><span><em>01</em>/<em>05</em></span><span>10:23:45</span></div>',
        ),
      ),
    ).toBe('2024-01-05T10:23:45+08:00'));
  it('printed just above the title, each part padded', () =>
    expect(
      published(
        page(
          '',
          '',
          '<div class="c5">\n <span><em> 2024</em></span>\n <span><em> 01</em>/<em>05</em></span>\n <span> 10:23:45</span>\n</div><div class="c6">来源：某某社</div>',
        ),
      ),
    ).toBe('2024-01-05T10:23:45+08:00'));
  it('year and month-day in bold, the time in italics', () =>
    expect(published(page('<p class="c5"><b>2024</b><b>01</b>-<b>05</b> <i>08:05</i></p>'))).toBe(
      '2024-01-05T08:05:00+08:00',
    ));
  it('not from a related-news list between the title and the body', () => {
    const item = (d: string) =>
      `<li><a href="/n/${d}.html">另一篇文章的标题${d}</a><span><em>2023</em><em>12</em>/<em>${d}</em> <i>09:00</i></span></li>`;
    const list = `<ul class="c7">${item('01')}${item('02')}${item('03')}</ul>`;
    expect(published(page('', list))).toBe('2024-01-05T00:00:00+08:00');
  });
});

describe('an author signed off at the end of the body, with what he is after his name', () => {
  const url = 'https://theory.example.com/2026-02/23/content_1.htm';
  const page = (signOff: string, after = '') =>
    documentFrom(
      '<html><head><title>某项工作的理论思考</title></head><body>' +
        `<h1>某项工作的理论思考</h1><div class="c4">${prose(6)}<p>　　${signOff}</p>${after}</div></body></html>`,
    );
  const read = (doc: Document) => detectArticle(doc, url);

  it('one name before the comma', () =>
    expect(read(page('（作者：郑某某，系某某大学某某学院教授）'))?.meta.author).toBe('郑某某'));
  it('one name before 系, no comma', () =>
    expect(read(page('（作者：钱某系某某研究院研究员）'))?.meta.author).toBe('钱某'));
  it('two names joined with 、, before 分别系', () =>
    expect(read(page('（作者：孙某某、李某，分别系某某研究院研究员、副研究员）'))?.meta.author).toBe('孙某某、李某'));
  it('followed by the print edition line', () =>
    expect(
      read(page('(作者：周某某，系某某党校教授)', '<p>　　《某某日报》（2026年02月23日 11版）</p>'))?.meta.author,
    ).toBe('周某某'));
  it('kept out of the body', () => expect(read(page('（作者：郑某某，系某某大学教授）'))?.text).not.toContain('作者'));
  it('an organisation signing, no person', () =>
    expect(read(page('（作者：中共某某局党组）'))?.meta.author ?? null).toBeNull());
  it('an affiliation with no name', () =>
    expect(read(page('（作者：某某研究院某某研究所研究员）'))?.meta.author ?? null).toBeNull());
});
