/**
 * Metadata classes of session 39 (s39-meta), from dev39 (blind batch 50): shapes of a byline or a channel the
 * fixtures did not print. Each on a made-up page with the shape of the class.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const zhPage = (lead: string, url = 'https://www.example.com.cn/news/2024/0105/c1.html') =>
  detectArticle(
    documentFrom(
      '<html><head><title>某地通报一批典型问题</title></head><body><h1>某地通报一批典型问题</h1>' +
        `<div class="info">来源：某某网站 2024-01-05 10:00</div><div class="article"><p>${lead}</p>${prose(6)}</div></body></html>`,
    ),
    url,
  )?.meta;

describe('a dateline naming its reporters with no brackets and no 报道: the gap after the names ends them', () => {
  it('"某某网站讯 记者 甲 近日，…" (ccdi.gov.cn)', () =>
    expect(zhPage('　　某某网站讯 记者 周某航 近日，某地纪检监察机关集中通报一批典型问题。')?.author).toBe('周某航'));
  it('two reporters and a correspondent, parted by spaces', () =>
    expect(zhPage('本报讯 记者 王某某 李某 通讯员 赵某某 3月5日，某市召开推进会。')?.author).toBe(
      '王某某、李某、赵某某',
    ));
  it('names parted by 、', () =>
    expect(zhPage('本报讯 记者 王某某、李某 近日，某市召开推进会。')?.author).toBe('王某某、李某'));
  it('no gap: the words after 记者 are the news, no name', () =>
    expect(zhPage('本报讯 记者近日从某某局获悉，某市出台新规。')?.author ?? null).toBeNull());
  it('a gap after a sentence, not after names, names none', () =>
    expect(zhPage('本报讯 记者从某某局获悉，某市 出台新规。')?.author ?? null).toBeNull());
});

const enPage = (header: string, url: string) =>
  detectArticle(
    documentFrom(
      `<html><head><title>Executive Order on Water Workforce</title></head><body><main><article>${header}` +
        `<div class="page-content">${[1, 2, 3, 4, 5, 6].map((i) => `<p>Section ${i}. The Secretary shall develop a plan to support the recruitment and retention of water sector workers, and shall report to the President within 180 days of the date of this order.</p>`).join('')}</div></article></main></body></html>`,
    ),
    url,
  )?.meta;

describe("a section label just above the headline, one link to a folder holding the page's address", () => {
  const url = 'https://www.example.gov/presidential-actions/2019/12/executive-order-water-workforce/';
  const header = (label: string) =>
    `<div class="page-header"><p class="page-header__section">${label}</p><h1>Executive Order on Water Workforce</h1><p class="meta__date"><time>Issued on: December 12, 2019</time></p></div>`;
  it('is the channel', () =>
    expect(
      enPage(header('<a href="https://www.example.gov/presidential-actions/">Presidential Actions</a>'), url)?.channel,
    ).toEqual(['Presidential Actions']));
  it('a date between the label and the headline is passed', () =>
    expect(
      enPage(
        '<div class="topper"><p><a href="/presidential-actions/">Presidential Actions</a></p><p>December 12, 2019</p><h1>Executive Order on Water Workforce</h1></div>',
        url,
      )?.channel,
    ).toEqual(['Presidential Actions']));
  it('a link to a folder the page is not in (a related topic) is no channel', () =>
    expect(enPage(header('<a href="/issues/infrastructure/">Infrastructure</a>'), url)?.channel).toEqual([]));
  it("a link to the site's root (a logo's words) is no channel", () =>
    expect(enPage(header('<a href="/">The White House</a>'), url)?.channel).toEqual([]));
  it('a line holding more than the link (a sentence) is no channel', () =>
    expect(
      enPage(header('Read the <a href="/presidential-actions/">Presidential Actions</a> of this week'), url)?.channel,
    ).toEqual([]));
});

describe("a layout table's cells are read apart, as a browser shows them", () => {
  const page = (line: string) =>
    detectArticle(
      documentFrom(
        `<html><head><title>某地通报一批典型问题</title></head><body><h1>某地通报一批典型问题</h1><div class="info">来源：某某日报 2024-01-05 10:00</div><div class="article">${prose(6)}</div>${line}</body></html>`,
      ),
      'https://www.example.com.cn/news/2024/0105/c1.html',
    )?.meta;
  it('the 责任编辑 of "<td>编辑：</td><td>甲</td><td>责任编辑：</td><td>乙</td>", not the 编辑 glued to it', () =>
    expect(
      page(
        '<table><tr><td class="t1">编辑：</td><td class="t2">田某萌</td><td class="t1">责任编辑：</td><td class="t2">孟某星</td></tr></table>',
      )?.editor,
    ).toBe('孟某星'));
  it('a share cell beside the value stays out', () =>
    expect(
      page(
        '<table><tr><td>责任编辑：</td><td>孟某星</td><td><span>分享到：</span><a href="#">微信</a></td></tr></table>',
      )?.editor,
    ).toBe('孟某星'));
});

describe('an info line whose labels and values are elements of their own, under a title inside the body container', () => {
  const page = (info: string) =>
    detectArticle(
      documentFrom(
        `<html><head><title>坚持问题导向 把工作引向深入</title></head><body><div class="content"><h1>坚持问题导向 把工作引向深入</h1>` +
          `<div class="fbsj">${info}</div>${prose(6)}</div></body></html>`,
      ),
      // (qstheory.cn's adapter takes the container holding the title as the body)
      'http://www.qstheory.cn/zxdk/2013/201315/201307/t20130729_255123.htm',
    )?.meta;
  const spans =
    '<span class="l">来源：</span><span class="v">《求是》2013/15</span>&nbsp;&nbsp;<span class="l">作者：</span><span class="v">曹某彬</span>&nbsp;&nbsp;' +
    '<span class="l">责任编辑：</span><span class="v">王某</span>&nbsp;&nbsp;2013-07-31 22:18:00';
  it('"<span>作者：</span><span>甲</span>": the author', () => expect(page(spans)?.author).toBe('曹某彬'));
  it("the line's date after the spans is read (the parts of a line count as one of the four lines after the title)", () =>
    expect(page(spans)?.published).toBe('2013-07-31T22:18:00+08:00'));
  it('an empty 作者： with the date after it names no author', () =>
    expect(
      page('<span>来源：求是网</span><span>作者：</span><span>2026-02-14 09:15:32</span>')?.author ?? null,
    ).toBeNull());
});

describe("a site adapter's selectors matching boxes beside the one they are meant for", () => {
  const url = 'http://society.people.com.cn/n1/2020/0306/c1008-31619542.html';
  const share = '<span class="r">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span>';
  it("the title's box, of the body's class and lengthened by a share bar, is not taken for the body", () => {
    const article = detectArticle(
      documentFrom(
        '<html><head><title>守好一扇门 护住万家灯</title></head><body><div class="rm_txt_con cf"><h1>守好一扇门 护住万家灯——武汉市江岸区某某社区战“疫”纪事</h1>' +
          `<div class="col-1-1 fl">2020年03月06日08:41&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a>${share}</div></div>` +
          `<div class="rm_txt_con cf" id="rwb_zw">${prose(8)}</div></body></html>`,
      ),
      url,
    );
    expect(article?.blocks.length).toBe(8);
    expect(article?.blocks[0]?.text).toMatch(/^第1段/);
  });
  it("a related headline in a box of the source selector's class is no source", () =>
    expect(
      detectArticle(
        documentFrom(
          '<html><head><title>某地召开推进会</title></head><body><div class="col-1-1 fl"><h1>某地召开推进会</h1>' +
            '<p class="sou">2023年06月16日08:19 | 来源：江西日报</p>' +
            `<div id="rwb_zw">${prose(6)}</div><div class="box_news"><h2>相关新闻</h2><ul>` +
            '<li><a href="http://jx.people.com.cn/n2/2023/0614/c1-1.html">省防指部署新一轮防范工作</a></li>' +
            '<li><a href="http://jx.people.com.cn/n2/2023/0612/c1-2.html">我省开展隐患专项排查整治行动</a></li></ul></div></div></body></html>',
        ),
        url,
      )?.meta.source,
    ).toBe('江西日报'));
});
