/**
 * Metadata classes of session 37 (s37-meta), found by scripts/meta-robustness.ts markup: the info line of the golds
 * marked up as other portals mark it. Each on a made-up page with the markup of the class.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
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
