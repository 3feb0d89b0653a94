/**
 * Metadata classes session 30's dev set (blind batches 26 and 28) showed, each on a made-up page of its genre
 * (not the fixture's wording).
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

describe('a column link in the source line of a template whose selector reads its links', () => {
  // cctv's adapter reads the source from ".info a": the line's link may be the column (新闻联播), not the value of 来源.
  const url = 'https://news.cctv.com/2025/10/08/ARTIabcdefghijk251008.shtml';
  const page = (info: string) =>
    documentFrom(
      `<html><head><title>某地部署秋冬季防火工作</title></head><body><div class="cnt_bd"><h1>某地部署秋冬季防火工作</h1>` +
        `<div class="info">${info}</div><div id="content_area">${prose(6)}</div></div></body></html>`,
    );
  it('yields to the value the label names', () => {
    const doc = page('来源：央视网 | 2025年10月08日 19:30 <a href="#">焦点访谈</a>');
    expect(detectArticle(doc, url)?.meta.source).toBe('央视网');
  });
  it('a link that is the labelled value stays the source', () => {
    const doc = page('2025年10月08日 19:30 | 来源：<a href="#">央视新闻客户端</a>');
    expect(detectArticle(doc, url)?.meta.source).toBe('央视新闻客户端');
  });
});

describe('a two-character name spaced out to line up with three-character names in the byline', () => {
  const page = (byline: string) =>
    documentFrom(
      `<html><head><title>某县秸秆综合利用见闻</title></head><body><div class="main"><h1>某县秸秆综合利用见闻</h1>` +
        `<p class="author">${byline}</p><div class="content">${prose(6)}</div></div></body></html>`,
    );
  it('is one name', () => {
    const doc = page('本报记者&nbsp;&nbsp;欧阳明&nbsp;&nbsp;唐&nbsp;&nbsp;雪');
    expect(detectArticle(doc, 'https://news.example.cn/2025/1008/s1.html')?.meta.author).toBe('欧阳明、唐雪');
  });
});
