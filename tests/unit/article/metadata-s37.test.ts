/**
 * Metadata classes of session 37 (s37-meta), found by scripts/meta-robustness.ts markup: the info line of the golds
 * marked up as other portals mark it. Each on a made-up page with the markup of the class.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { SOURCE_LABELS } from '@/utils/article/field-labels';
import { findLabelledValue } from '@/utils/article/text';
import { documentFrom, prose } from './helpers';

const zhPage = (info: string, url = 'https://www.example.com.cn/news/2024/0105/c1.html') =>
  detectArticle(
    documentFrom(
      `<html><head><title>某某关于某项工作的通知</title></head><body><h1>某某关于某项工作的通知</h1>${info}<div class="article">${prose(6)}</div></body></html>`,
    ),
    url,
  )?.meta;

describe('a share or subscribe widget inside the info line is no part of the source', () => {
  const share =
    '<span class="r"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span>';
  const signup = '<span class="r"><a href="mailto:?">Email</a><a href="/subscribe">Sign up</a></span>';
  it('a share bar between the label and the linked value', () =>
    expect(
      zhPage(`<div class="info">来源：${share}<a href="/">某某日报</a> | 2024年01月05日 10:00</div>`)?.source,
    ).toBe('某某日报'));
  it('subscribe links between the label and the linked value', () =>
    expect(zhPage(`<div class="info">来源：${signup}<a href="/">某某日报</a> 2024-01-05</div>`)?.source).toBe(
      '某某日报',
    ));
  it('subscribe links right after the value, in the same element', () =>
    expect(
      zhPage(`<div class="info"><span class="source">来源：某某日报${signup}</span> 2024-01-05</div>`)?.source,
    ).toBe('某某日报'));
  it('a share bar does not push the author out of the lines after a title inside the body', () =>
    expect(
      detectArticle(
        documentFrom(
          '<html><head><title>某某关于某项工作的通知</title></head><body><div class="article"><h1>某某关于某项工作的通知</h1>' +
            `<div class="info"><span>2024-01-05 10:00</span><span>来源：某某日报${share}</span><span>作者：张某某 李某某</span></div>` +
            `${prose(6)}</div></body></html>`,
        ),
        'https://www.example.com.cn/news/2024/0105/c1.html',
      )?.meta.author,
    ).toBe('张某某、李某某'));
  it("a label cell's value after the widget (gov.uk's From:)", () => {
    const meta = detectArticle(
      documentFrom(
        '<html><head><title>New flood defences - GOV.UK</title></head><body><main><h1>New flood defences</h1>' +
          `<dl><dt>From:</dt><dd>${signup}<a href="/government/organisations/x">Department for Flood Defence</a></dd><dt>Published</dt><dd>5 January 2024</dd></dl>` +
          `<div class="body">${[1, 2, 3, 4, 5, 6, 7].map((i) => `<p>Paragraph ${i}: the agency will build new defences along the river to protect homes and businesses from flooding over the coming decade, with funding confirmed today.</p>`).join('')}</div></main></body></html>`,
      ),
      'https://www.example.org/government/news/new-flood-defences',
    )?.meta;
    expect(meta?.source).toBe('Department for Flood Defence');
  });
});

describe('a breadcrumb whose separators are arrow images', () => {
  const channel = (trail: string) =>
    zhPage(
      `<div class="channel">${trail}</div><div class="info">2024年01月05日 10:00 来源：某某日报</div>`,
      'https://news.example.com.cn/n1/2024/0105/c1001-1.html',
    )?.channel;
  it('between links on other hosts of the site', () =>
    expect(
      channel(
        '<a href="http://www.example.com.cn/">某某网</a><img src="/img/arrow.gif" alt=""><a href="http://politics.example.com.cn/">时政</a>',
      ),
    ).toEqual(['某某网', '时政']));
  it('each link in its own span, the alt text an arrow', () =>
    expect(
      channel(
        '<span><a href="http://www.example.com.cn/">某某网</a></span><img src="/img/arrow.gif" alt=">"><span><a href="http://politics.example.com.cn/">时政</a></span>',
      ),
    ).toEqual(['某某网', '时政']));
});

describe('a date glued to the value by elements with no space between', () => {
  it('the source ends before it', () =>
    expect(zhPage('<div class="info"><span>来源：某某日报</span><span>2024-01-05</span></div>')?.source).toBe(
      '某某日报',
    ));
  it('read by the field reader', () =>
    expect(findLabelledValue('来源：某某日报2024-01-05', SOURCE_LABELS)).toBe('某某日报'));
  it('a year and issue glued on is no day (the value stays whole)', () =>
    expect(findLabelledValue('来源：《求是》2024/10', SOURCE_LABELS)).toBe('《求是》2024/10'));
  it('nor is an index number', () =>
    expect(findLabelledValue('索引号：000014349/2024-00012', ['索引号'])).toBe('000014349/2024-00012'));
});

describe("a field's label drawn as an image, its alt text the label", () => {
  const img = (alt: string) => `<img src="/images/label.gif" alt="${alt}">`;
  it('the source after it, in the line under the title', () =>
    expect(zhPage(`<div class="info">2024-01-05 10:00 ${img('来源：')}某某市农业农村局</div>`)?.source).toBe(
      '某某市农业农村局',
    ));
  it('the source in an element of its own, the alt without its colon', () =>
    expect(zhPage(`<div class="info"><span>${img('来源')}某某日报</span><span>2024-01-05</span></div>`)?.source).toBe(
      '某某日报',
    ));
  it('the editor', () =>
    expect(
      zhPage(
        `<div class="info">来源：某某日报 2024-01-05</div><div class="article">${prose(6)}</div><p>${img('责任编辑：')}张某某</p>`,
      )?.editor,
    ).toBe('张某某'));
  it("a logo's alt text is no label", () =>
    expect(zhPage(`<div class="info">2024-01-05 ${img('某某网')}某某市农业农村局</div>`)?.source).not.toBe(
      '某某市农业农村局',
    ));
});

describe("a trail's link is no source where a template's source selector reaches the trail too", () => {
  const source = (separator: string) =>
    detectArticle(
      documentFrom(
        '<html><head><title>某某关于某项工作的通知</title></head><body>' +
          `<div class="col-1-1 fl"><a href="http://www.people.com.cn/">人民网</a>${separator}<a href="http://politics.people.com.cn/">时政</a></div>` +
          '<h1>某某关于某项工作的通知</h1><div class="col-1-1 fl">2024年01月05日08:17 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div>' +
          `<div class="rm_txt_con">${prose(6)}</div></body></html>`,
      ),
      'http://politics.people.com.cn/n1/2024/0105/c1001-40000000.html',
    )?.meta.source;
  it('links parted by a slash', () => expect(source(' / ')).toBe('人民网－人民日报'));
  it('links parted by an arrow image', () =>
    expect(source('<img src="/img/arrow.gif" alt="">')).toBe('人民网－人民日报'));
});

describe('an editor label alone in its element, the name in the next', () => {
  const editor = (line: string) =>
    zhPage(`<div class="info">来源：某某日报 2024-01-05</div><div class="article">${prose(6)}</div>${line}`)?.editor;
  it('in spans', () =>
    expect(editor('<p><span class="l">责任编辑：</span><span class="v">张某某</span></p>')).toBe('张某某'));
  it('the responsible editor after a plain one', () =>
    expect(
      editor(
        '<p><span class="l">编辑：</span><span class="v">李某</span> <span class="l">责任编辑：</span><span class="v">张某某</span></p>',
      ),
    ).toBe('张某某'));
});
