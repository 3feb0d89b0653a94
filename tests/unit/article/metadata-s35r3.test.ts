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
