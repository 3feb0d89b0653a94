/**
 * Which block of a page is its breadcrumb, on made-up pages of the classes blind batches 22 and 24
 * showed wrong: a date-and-source line in a container a breadcrumb selector names, a date taken
 * as a crumb, a one-name category label beside a full trail, and long English taxonomy names.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const englishProse = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: agencies shall work with States, local governments and Tribes so that every community is better prepared for the years ahead.</p>`,
).join('');

describe('a date-and-source line is no trail', () => {
  const chinese = (dateline: string) =>
    documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>青年就业路要越走越宽--观点--示范网</title></head><body>
<div class="nav-line"><a href="http://www.example-news.cn/">示范网</a>&gt;&gt;<a href="http://opinion.example-news.cn/">观点</a>&gt;&gt;<a href="http://opinion.example-news.cn/GB/8213/49217/index.html">论坛</a></div>
<h1>青年就业路要越走越宽</h1>${dateline}
<div class="article-content">${prose(6)}</div></body></html>`);
  const url = 'http://opinion.example-news.cn/n1/2024/0704/c1003-40271855.html';

  it('the source linked in "2024年07月04日 | 来源：…", in a container named like a breadcrumb (.position), is no crumb: the trail is read', () => {
    const doc = chinese(
      '<div class="position">2024年07月04日05:38&nbsp;|&nbsp;来源：<a href="http://paper.example-news.cn/">示范网－示范日报</a></div>',
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual(['示范网', '观点', '论坛']);
  });

  it('so is a "Source:" line, in traditional characters too (來源)', () => {
    const en = chinese(
      '<div class="position">2024-07-04 | Source: <a href="http://paper.example-news.cn/">Example Daily</a></div>',
    );
    expect(detectArticle(en, url)?.meta.channel).toEqual(['示范网', '观点', '论坛']);
    const hant = chinese(
      '<div class="position">2024年07月04日 | 來源：<a href="http://paper.example-news.cn/">示範日報</a></div>',
    );
    expect(detectArticle(hant, url)?.meta.channel).toEqual(['示范网', '观点', '论坛']);
  });

  it('where one container holds the trail and the date line, the trail’s links are read and the source’s not', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好防汛工作的通知</title></head><body>
<div class="position"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>
<span class="info">发布时间：2026-03-10 来源：<a href="/bgt/">省政府办公厅</a></span></div>
<h1>关于做好防汛工作的通知</h1><div class="article-content">${prose(6)}</div></body></html>`);
    expect(detectArticle(doc, 'http://www.example.gov.cn/zwgk/202603/t20260310_1.html')?.meta.channel).toEqual([
      '首页',
      '政务公开',
    ]);
  });

  it('on people.com.cn, whose 2020 template prints the date line in .channel .fl', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>某评论--观点--人民网</title></head><body>
<div class="route-nav"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://opinion.people.com.cn/">观点</a></div>
<div class="col-1"><h1>某评论</h1>
<div class="channel cf"><div class="col-1-1 fl">2024年07月04日05:38&nbsp;|&nbsp;来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div></div>
<div class="rm_txt_con">${prose(6)}</div></div></body></html>`);
    expect(detectArticle(doc, 'http://opinion.people.com.cn/n1/2024/0704/c1003-40271855.html')?.meta.channel).toEqual([
      '人民网',
      '观点',
    ]);
  });
});

describe('whitehouse.gov: the topper and the trail', () => {
  const memo = (topper: string) =>
    documentFrom(`<!DOCTYPE html><html lang="en"><head><title>Strengthening Example Infrastructure – The White House</title></head><body><main>
<div class="wp-block-whitehouse-topper"><div class="topper__path"><a href="https://www.whitehouse.gov/">Home</a> / <a href="https://www.whitehouse.gov/presidential-actions/">Presidential Actions</a></div>
<h1 class="wp-block-whitehouse-topper__headline">Strengthening Example Infrastructure</h1>
${topper}</div>
<div class="entry-content">${englishProse}</div></main></body></html>`);
  const url = 'https://www.whitehouse.gov/presidential-actions/2026/03/strengthening-example-infrastructure/';

  it('a date alone in the topper is no crumb: the trail is read', () => {
    const doc = memo(
      '<div class="wp-block-whitehouse-topper__meta"><time datetime="2026-03-12T17:42:08-04:00">March 12, 2026</time></div>',
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual(['Home', 'Presidential Actions']);
  });

  it('the topper’s one-name category yields to the trail that holds it', () => {
    const doc = memo(
      '<div class="wp-block-whitehouse-topper__meta"><a href="https://www.whitehouse.gov/presidential-actions/">Presidential Actions</a> <time datetime="2026-03-12T17:42:08-04:00">March 12, 2026</time></div>',
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual(['Home', 'Presidential Actions']);
  });

  it('but not to a trail that does not hold it (another place, not the same one in full)', () => {
    const doc = memo(
      '<div class="wp-block-whitehouse-topper__meta"><a href="https://www.whitehouse.gov/presidential-actions/presidential-memoranda/">Presidential Memoranda</a></div>',
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual(['Presidential Memoranda']);
  });
});

describe('the length of a channel’s name', () => {
  const govuk = (crumbs: string) =>
    documentFrom(`<!DOCTYPE html><html lang="en"><head><title>Example speech - GOV.UK</title></head><body>
<div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">${crumbs}</ol></div>
<main><h1 class="gem-c-title__text">Example speech</h1><div class="govspeak">${englishProse}</div></main></body></html>`);
  const li = (href: string, name: string) =>
    `<li class="govuk-breadcrumbs__list-item"><a href="${href}">${name}</a></li>`;
  const url = 'https://www.gov.uk/government/speeches/example-speech';

  it('a gov.uk taxonomy name of 8 words (60 characters) is a crumb', () => {
    const doc = govuk(
      li('/', 'Home') +
        li('/education', 'Education, training and skills') +
        li(
          '/education/further-and-higher-education-skills-and-vocational-training',
          'Further and higher education, skills and vocational training',
        ),
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual([
      'Home',
      'Education, training and skills',
      'Further and higher education, skills and vocational training',
    ]);
  });

  it('a sentence is not: more than 12 English words', () => {
    const doc = govuk(
      li('/', 'Home') + li('/x', 'This link text runs on like a sentence and names no place in the site at all'),
    );
    expect(detectArticle(doc, url)?.meta.channel).toEqual(['Home']);
  });
});
