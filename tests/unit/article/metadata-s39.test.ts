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
