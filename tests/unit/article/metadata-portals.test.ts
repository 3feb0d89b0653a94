/**
 * Metadata shapes of common portals' templates (session 32), each on a made-up page: an office's name
 * holding a word that is also a field label, a visible source that names the meta tag's outlet in full,
 * a press release's issuing office, a trail whose last step is printed unlinked.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { SOURCE_LABELS } from '@/utils/article/field-labels';
import { findLabelledValue } from '@/utils/article/text';
import { documentFrom, prose } from './helpers';

const URL = 'https://www.example.gov.cn/xwdt/202501/t20250117_1000001.html';
/** A Chinese page: `head` in <head>, `top` between the h1 and the body, `nav` before the h1. */
const zhPage = (head: string, top: string, nav = '') =>
  documentFrom(
    `<html><head><title>某委举行1月份新闻发布会_某某网</title>${head}</head><body>${nav}<div class="main">` +
      `<h1>某委举行1月份新闻发布会</h1>${top}<div class="article-content">${prose(6)}</div></div></body></html>`,
  );
const meta = (doc: Document, url = URL) => detectArticle(doc, url)!.meta;

describe('a field word inside an office’s name', () => {
  it('keeps 发布 in 新闻发布中心 (the value is no field)', () =>
    expect(
      meta(zhPage('', '<div class="info"><span>发布时间：2025/01/17</span><span>来源：新闻发布中心</span></div>'))
        .source,
    ).toBe('新闻发布中心'));
  it('keeps 发布 and 阅读 inside names', () => {
    expect(findLabelledValue('来源：某省政务信息发布平台', SOURCE_LABELS)).toBe('某省政务信息发布平台');
    expect(findLabelledValue('来源：全民阅读网', SOURCE_LABELS)).toBe('全民阅读网');
  });
  it('still ends the value at a glued field: 发布时间, 浏览次数', () => {
    expect(findLabelledValue('来源：新华社发布时间：2025-01-17', SOURCE_LABELS)).toBe('新华社');
    expect(findLabelledValue('来源：某区人民政府浏览次数：1562', SOURCE_LABELS)).toBe('某区人民政府');
    expect(findLabelledValue('来源：某市政府 发布于 2025-01-17', SOURCE_LABELS)).toBe('某市政府');
  });
});

describe('a printed source that names the meta tag’s outlet in full', () => {
  const page = (tag: string, printed: string) =>
    meta(
      zhPage(
        `<meta name="source" content="${tag}">`,
        `<div class="date">2025年01月17日08:20 | 来源：<a href="#">${printed}</a></div>`,
      ),
    );
  it('takes the printed site joined with its paper (人民网－人民日报 over 来源：人民日报)', () =>
    expect(page('来源：人民日报', '人民网－人民日报').source).toBe('人民网－人民日报'));
  it('takes 光明网-《光明日报》 over 光明日报', () =>
    expect(page('光明日报', '光明网-《光明日报》').source).toBe('光明网-《光明日报》'));
  it('keeps the tag where the printed name is another outlet', () =>
    expect(page('新华社', '某某网').source).toBe('新华社'));
});

describe('a press release’s issuing office', () => {
  const enPage = (header: string) =>
    documentFrom(
      `<html lang="en"><head><title>Statement on Inland Ports | Example Agency</title><meta property="og:site_name" content="example.gov"></head><body>` +
        `<main><h1>Statement on Inland Ports</h1><div class="date">July 21, 2015</div><div class="body">${header}` +
        Array.from(
          { length: 6 },
          (_, i) =>
            `<p>Paragraph ${i + 1}: the agency will direct new funds to the locks at highest risk, and operators must plan closures a year ahead.</p>`,
        ).join('') +
        `</div></main></body></html>`,
    );
  const source = (header: string) =>
    detectArticle(enPage(header), 'https://www.example.gov/news/2015/07/21/statement')!.meta.source;
  it('reads the office above "For Immediate Release"', () =>
    expect(source('<p>The White House</p><p>Office of the Press Secretary</p><p>For Immediate Release</p>')).toBe(
      'Office of the Press Secretary',
    ));
  it('with a place line between them', () =>
    expect(
      source('<div>Office of the Spokesperson</div><div>Washington, DC</div><div>FOR IMMEDIATE RELEASE</div>'),
    ).toBe('Office of the Spokesperson'));
  it('no release mark: the site name', () =>
    expect(source('<p>Office of the Press Secretary</p><p>Today the agency announced steps.</p>')).toBe('example.gov'));
});

describe('a trail’s last step printed unlinked', () => {
  const trail = (last: string) =>
    meta(
      zhPage(
        '',
        '',
        `<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">公开</a> &gt; <a href="/xxgk/zfxxgk/">政府信息公开</a> &gt; <span>${last}</span></div>`,
      ),
    ).channel;
  it('is the section the page sits in', () => expect(trail('公文')).toEqual(['首页', '公开', '政府信息公开', '公文']));
  it('not 正文 or a page word', () => {
    expect(trail('正文')).toEqual(['首页', '公开', '政府信息公开']);
    expect(trail('文章详情')).toEqual(['首页', '公开', '政府信息公开']);
  });
  it('not the title, whole or cut short', () => {
    expect(trail('某委举行1月份新闻发布会')).toEqual(['首页', '公开', '政府信息公开']);
    expect(trail('某委举行1月份')).toEqual(['首页', '公开', '政府信息公开']);
  });
});

describe('a page timestamp that may be an edit’s', () => {
  const govuk = (tag: string, printed: string) =>
    detectArticle(
      documentFrom(
        `<html lang="en"><head><title>New rules for school roads - GOV.UK</title>${tag}</head><body><main>` +
          `<h1 class="gem-c-title__text">New rules for school roads</h1><div class="gem-c-metadata"><dl><dt>From:</dt>` +
          `<dd><a href="/government/organisations/department-for-transport">Department for Transport</a></dd>${printed}</dl></div>` +
          `<div class="govspeak">${Array.from(
            { length: 6 },
            (_, i) =>
              `<p>Paragraph ${i + 1}: councils must assess walking routes to every school and act on the most dangerous spots within a year.</p>`,
          ).join('')}</div></main></body></html>`,
      ),
      'https://www.gov.uk/government/news/new-rules-for-school-roads',
    )!.meta.published;
  const stamp = (at: string) => `<meta name="govuk:public-updated-at" content="${at}">`;
  it('gives its time to the printed day', () =>
    expect(Date.parse(govuk(stamp('2019-03-04T00:01:00+00:00'), '<dt>Published</dt><dd>4 March 2019</dd>')!)).toBe(
      Date.parse('2019-03-04T00:01:00Z'),
    ));
  it('not a day of its own: a later edit leaves the printed day', () =>
    expect(Date.parse(govuk(stamp('2019-05-20T10:15:00+01:00'), '<dt>Published</dt><dd>4 March 2019</dd>')!)).toBe(
      Date.parse('2019-03-04T00:00:00Z'),
    ));
  it('no printed date: no publication date from it', () =>
    expect(govuk(stamp('2019-03-04T00:01:00+00:00'), '')).toBeNull());
});

describe('character references left in JSON-LD strings', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: 'Ports &amp; Waterways: New Steps',
        author: { '@type': 'Organization', name: 'Department for Transport &amp; Ports' },
        keywords: ['locks &amp; dams', 'ports'],
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home' },
          { '@type': 'ListItem', position: 2, name: 'Briefings &amp; Statements' },
          { '@type': 'ListItem', position: 3, name: 'Ports &#8211; 2024' },
        ],
      },
    ],
  };
  const page = documentFrom(
    `<html lang="en"><head><title>Site</title><meta name="source" content="Department for Transport &amp; Ports">` +
      `<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><div class="entry-content">` +
      Array.from(
        { length: 6 },
        (_, i) =>
          `<p>Paragraph ${i + 1}: the department will fund repairs to the locks at highest risk, and operators must plan closures a year ahead.</p>`,
      ).join('') +
      `</div></main></body></html>`,
  );
  const m = detectArticle(page, 'https://www.example.gov/briefings/2024/05/ports-new-steps/')!.meta;
  it('reads them as the characters they stand for', () => {
    expect(m.title).toBe('Ports & Waterways: New Steps');
    expect(m.channel).toEqual(['Home', 'Briefings & Statements', 'Ports – 2024']);
    expect(m.keywords).toEqual(['locks & dams', 'ports']);
  });
  it('so an organisation named as author is seen to be the source', () => expect(m.author).toBeNull());
});
