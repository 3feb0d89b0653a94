/**
 * Metadata classes the blind batch 15 showed missing, each on a made-up page of its genre (not the
 * fixture's wording).
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

function chinesePage(header: string, body: string, title = '某市推进老旧小区改造工作取得积极进展'): Document {
  return documentFrom(
    `<html><head><title>${title}</title></head><body><div class="main"><h1>${title}</h1>${header}<div class="content">${body}</div></div></body></html>`,
  );
}

describe("a reporter's sign-off closing the body", () => {
  it('names the authors', () => {
    const doc = chinesePage(
      '<div class="info"><span>来源：某某网</span></div>',
      `${prose(6)}<p>（某台记者 欧阳明 唐小雪）</p>`,
    );
    expect(detectArticle(doc, 'https://news.example.cn/2026/0301/s1.html')?.meta.author).toBe('欧阳明、唐小雪');
  });
  it('a bracketed aside that names no reporter is no byline', () => {
    const doc = chinesePage('<div class="info"><span>来源：某某网</span></div>', `${prose(6)}<p>（完）</p>`);
    expect(detectArticle(doc, 'https://news.example.cn/2026/0301/s2.html')?.meta.author).toBeNull();
  });
});

describe('a share bar inside the source line', () => {
  it('is no source: the label’s value or the source meta is', () => {
    const doc = documentFrom(
      `<html><head><title>某市新规施行</title><meta name="source" content="某某新闻网"></head><body><div class="content_left"><h1>某市新规施行</h1>` +
        `<div class="content_left_time">2026年03月01日 10:00　来源：某某新闻网 <span><a href="#">微博</a><a href="#">微信</a><a href="#">QQ空间</a></span></div>` +
        `<div class="left_zw">${prose(6)}</div></div></body></html>`,
    );
    expect(detectArticle(doc, 'https://www.chinanews.com.cn/sh/2026/03-01/1000001.shtml')?.meta.source).toBe(
      '某某新闻网',
    );
  });
});

describe("a share bar reached by the template's source selector", () => {
  // cctv's adapter reads the source from ".info a"; its video pages put the share bar in that line.
  const cctvPage = (bar: string) =>
    documentFrom(
      `<html><head><title>某市全力保障供热</title></head><body><div class="cnt_bd"><h1>某市全力保障供热</h1>` +
        `<div class="info"><span class="time">2025年12月05日 12:31</span> <span class="source">来源：央视网</span> ${bar}</div>` +
        `<div id="content_area">${prose(6)}</div></div></body></html>`,
    );
  const url = 'https://news.cctv.com/2025/12/05/ARTIabcdefghijk251205.shtml';
  it('is no source when its box says share', () => {
    const doc = cctvPage('<span class="share_box">分享：<a href="#">手机看</a></span>');
    expect(detectArticle(doc, url)?.meta.source).toBe('央视网');
  });
  it('is no source when its box opens with 分享到：', () => {
    const doc = cctvPage('<span>分享到：<a href="#">手机看</a> <a href="#">复制链接</a></span>');
    expect(detectArticle(doc, url)?.meta.source).toBe('央视网');
  });
});

describe("news.cn's header trail", () => {
  it('is the channel, in the English edition too ("Home | China")', () => {
    const doc = documentFrom(
      `<html><head><title>China issues a guideline</title></head><body>` +
        `<div class="header-nav"><a href="https://english.news.cn/home.htm">Home</a><span>|</span><a href="https://english.news.cn/china/index.htm">China</a></div>` +
        `<div class="head"><div class="title"><h1>China issues a guideline</h1></div></div>` +
        `<div id="detail">${'<p>The guideline sets out measures on training, pay and social security for people working in care homes across the country, and asks local governments to report on progress.</p>'.repeat(5)}</div></body></html>`,
    );
    expect(
      detectArticle(doc, 'https://english.news.cn/20260224/0123456789abcdef0123456789abcdef/c.html')?.meta.channel,
    ).toEqual(['Home', 'China']);
  });
});

describe("gov.uk's lead paragraph", () => {
  it('is the first block, marked as the summary it is', () => {
    const body =
      '<p>The new rules will apply to every gym in England with more than 50 members from May next year.</p>'.repeat(4);
    const doc = documentFrom(
      `<html><head><title>First aid kits at gyms</title></head><body><main><h1 class="gem-c-title__text">First aid kits at gyms</h1>` +
        `<p class="gem-c-lead-paragraph">Gyms must keep a first aid kit on site.</p><div class="govspeak">${body}</div></main></body></html>`,
    );
    const a = detectArticle(doc, 'https://www.gov.uk/government/news/first-aid-kits-at-gyms');
    expect(a?.blocks[0]).toMatchObject({ text: 'Gyms must keep a first aid kit on site.', summary: true });
    expect(a?.blocks.slice(1).some((b) => b.summary)).toBe(false);
  });
});
