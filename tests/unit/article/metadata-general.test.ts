/**
 * Metadata rules written once for every site, each class on made-up wording of no real portal:
 * a rule that knew one portal's words would fail here.
 */
import { describe, expect, it } from 'vitest';
import { breadcrumbNames } from '@/utils/article/breadcrumb';
import { cleanAuthor } from '@/utils/article/byline';
import { parseDate } from '@/utils/article/dates';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { documentFrom, prose } from './helpers';

const title = '某市推进社区嵌入式服务设施建设';
function chinesePage(header: string, body = prose(6)): Document {
  return documentFrom(
    `<html><head><title>${title}</title></head><body><div class="main"><h1>${title}</h1>${header}<div class="content">${body}</div></div></body></html>`,
  );
}
const detect = (doc: Document, n = 1) => detectArticle(doc, `https://news.example.cn/2026/0310/c${n}.html`)?.meta;

describe('the outlet before a reporter’s role word, whichever outlet', () => {
  it.each([
    ['某某晚报记者 李明远', '李明远'],
    ['东湖新闻网特约通讯员 许卫东', '许卫东'],
    ['某某广播电视台见习记者　欧阳明', '欧阳明'],
    ['某某周刊实习生 唐小雪 摄', '唐小雪'],
  ])('cleanAuthor(%s) is %s', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });
  it('reads the names of an author element that opens with any outlet', () => {
    const doc = chinesePage('<p class="author">某某晚报记者 李明远 唐小雪</p>');
    expect(detect(doc)?.author).toBe('李明远、唐小雪');
  });
  it('keeps an outlet’s signature as the author ("某某日报评论员")', () => {
    expect(cleanAuthor('某某日报评论员')).toBe('某某日报评论员');
    expect(cleanAuthor('本报评论员')).toBe('本报评论员');
    const doc = chinesePage('<p class="author">某某网评论员</p>');
    expect(detect(doc, 2)?.author).toBe('某某网评论员');
  });
});

describe('a source label of any wording in the list, wherever the page puts it', () => {
  it.each(['新闻来源', '消息来源', '内容来源', '稿源'])('"%s：…" in the date line', (label) => {
    const doc = chinesePage(`<div class="time-line">2026-03-10 09:30　${label}：某某晚报</div>`);
    expect(detect(doc, 3)?.source).toBe('某某晚报');
  });
  it('ends the field before it: "作者：甲 新闻来源：乙"', () => {
    const doc = chinesePage('<div class="time-line">作者：李明远 新闻来源：某某晚报</div>');
    const meta = detect(doc, 4);
    expect(meta?.author).toBe('李明远');
    expect(meta?.source).toBe('某某晚报');
  });
  it('as a label in one element and its value in the next ("出处：" + link)', () => {
    const doc = chinesePage('<div class="time-line"><span>出处：</span><a href="/x">某某周刊</a></div>');
    expect(detect(doc, 5)?.source).toBe('某某周刊');
  });
  it('in a metadata table away from the title ("稿件来源" | value)', () => {
    const doc = chinesePage(
      '',
      `${prose(6)}<table class="facts"><tr><td>稿件来源：</td><td>某某区融媒体中心</td></tr></table>`,
    );
    expect(detect(doc, 6)?.source).toBe('某某区融媒体中心');
  });
  it('but not a figure’s "Source:" in an English page’s table', () => {
    const sentences = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: councils will publish their plans for the coming year and explain how residents can take part in the work.</p>`,
    ).join('');
    const doc = documentFrom(
      `<html lang="en"><head><title>Councils publish their plans</title><meta property="og:site_name" content="Example Council News"></head><body><main><h1>Councils publish their plans</h1><article>${sentences}<table><tr><td>Source: Office for Example Statistics</td></tr></table></article></main></body></html>`,
    );
    expect(detectArticle(doc, 'https://www.example.org/news/2026/03/plans')?.meta.source).toBe('Example Council News');
  });
});

describe('an editor label with a word before 编辑', () => {
  it.each(['本文编辑', '网络编辑', '网页编辑', '新媒体编辑', '实习编辑'])('"%s：…" under the article', (label) => {
    const doc = chinesePage('', `${prose(6)}<p class="foot">${label}：唐小雪</p>`);
    expect(detect(doc, 7)?.editor).toBe('唐小雪');
  });
  it('ends the field before it: "来源：甲 网络编辑：乙"', () => {
    const doc = chinesePage('<div class="time-line">来源：某某晚报 网络编辑：唐小雪</div>');
    const meta = detect(doc, 8);
    expect(meta?.source).toBe('某某晚报');
    expect(meta?.editor).toBe('唐小雪');
  });
  it('is furniture inside the body, not a paragraph', () => {
    const doc = chinesePage('', `${prose(6)}<p>本文编辑：唐小雪</p>`);
    expect(detectArticle(doc, 'https://news.example.cn/2026/0310/c9.html')?.text).not.toContain('唐小雪');
  });
});

describe('a channel name is measured in its script', () => {
  it('a long English topic name in a trail stays; a Chinese link of that length is a headline', () => {
    const doc = documentFrom(
      '<html><body><nav class="breadcrumb"><a href="/">Home</a><a href="/transport">Transport</a>' +
        '<a href="/transport/roads">Roads, traffic management, road safety and local transport</a>' +
        '<a href="/x">某市召开全市城市更新暨老旧小区改造工作推进会议部署今年各项重点任务并提出具体工作要求</a></nav></body></html>',
    );
    const nav = doc.querySelector('nav')!;
    expect(breadcrumbNames(nav, null)).toEqual([
      'Home',
      'Transport',
      'Roads, traffic management, road safety and local transport',
    ]);
  });
});

describe('breadcrumb separators: one table for every reader of a trail', () => {
  const site = 'http://www.example-city.cn';
  const trailPage = (header: string) =>
    documentFrom(
      `<html><head><title>${title}_示例城市网</title></head><body>${header}<h1>${title}</h1><div class="article-body">${prose(6)}</div></body></html>`,
    );
  const channel = (doc: Document) => detectArticle(doc, `${site}/news/local/202603/t20260310_1.html`)?.meta.channel;

  it.each(['〉', '▶', '►', '❯', '->', '—>'])('links joined by "%s" that climb the site', (sep) => {
    const doc = trailPage(
      `<div class="xw-dh"><a href="${site}/">示例城市网</a> ${sep} <a href="${site}/news/">新闻</a> ${sep} <a href="${site}/news/local/">本地</a></div>`,
    );
    expect(channel(doc)).toEqual(['示例城市网', '新闻', '本地']);
  });

  it('a trail printed as text after 当前位置, cut at its arrows and not at a hyphen in a name', () => {
    const doc = trailPage('<div class="here">当前位置：首页 ▶ 粤港澳-合作 ▶ 通知公告</div>');
    expect(channel(doc)).toEqual(['首页', '粤港澳-合作', '通知公告']);
  });

  it.each(['〉', '▶'])('a link of a trail joined by "%s" is no source', (sep) => {
    // A portal template whose source selector takes the links of the date line's class, which the trail shares.
    const doc = documentFrom(
      `<html><head><title>${title}--财经--人民网</title></head><body><div class="col-1-1 fl"><a href="http://www.people.com.cn/">人民网</a>${sep}<a href="http://finance.people.com.cn/">财经</a></div><div class="col-1 fl"><h1>${title}</h1><div class="col-1-1 fl">2026年03月10日08:30 | 来源：<a href="http://paper.example.cn/">某某晚报</a></div><div class="rm_txt_con">${prose(6)}</div></div></body></html>`,
    );
    expect(detectArticle(doc, 'http://finance.people.com.cn/n1/2026/0310/c1004-40000001.html')?.meta.source).toBe(
      '某某晚报',
    );
  });
});

describe('date lines in the shapes any Chinese page prints', () => {
  it.each([
    ['２０２６－０３－１０　０９：３０', '2026-03-10T09:30:00+08:00'],
    ['发布时间：２０２６年３月１０日', '2026-03-10T00:00:00+08:00'],
    ['2026年3月10日 下午3:30', '2026-03-10T15:30:00+08:00'],
    ['2026年3月10日 晚上8时05分', '2026-03-10T20:05:00+08:00'],
    ['2026年3月10日 上午12:10', '2026-03-10T00:10:00+08:00'],
    ['2026年03月10日 星期二 09:30', '2026-03-10T09:30:00+08:00'],
    ['2026-03-10 周二 下午2:00', '2026-03-10T14:00:00+08:00'],
    ['二〇二六年三月十日', '2026-03-10T00:00:00+08:00'],
    ['成文日期：二〇二五年十二月三十一日', '2025-12-31T00:00:00+08:00'],
    ['二零二六年十月一日印发', '2026-10-01T00:00:00+08:00'],
  ])('%s', (text, iso) => {
    expect(parseDate(text, 'Asia/Shanghai')?.iso).toBe(iso);
  });
  it('keeps a 24-hour clock and an English one as they were', () => {
    expect(parseDate('2026年3月10日 15:30')?.iso).toBe('2026-03-10T15:30:00+08:00');
    expect(parseDate('10 March 2026, 3:30pm', 'Europe/London')?.iso).toBe('2026-03-10T15:30:00+00:00');
  });
  it('reads the date of a 公文 that prints it only in Chinese numerals in its metadata table', () => {
    const doc = chinesePage('<table class="xxgk"><tr><td>成文日期：</td><td>二〇二六年三月十日</td></tr></table>');
    expect(detect(doc, 11)?.published).toBe('2026-03-10T00:00:00+08:00');
  });
});

describe('meta tags: one table of names per field', () => {
  const withMeta = (metas: string, bodyHtml = prose(6)) =>
    documentFrom(
      `<html><head><title>${title}</title>${metas}</head><body><div class="main"><h1>${title}</h1><div class="content">${bodyHtml}</div></div></body></html>`,
    );
  it('the government-site standard: SiteName is the source where nothing else names one, ColumnName the channel where no trail is printed', () => {
    const meta = detect(
      withMeta('<meta name="SiteName" content="某某市人民政府网"><meta name="ColumnName" content="部门动态">'),
      12,
    );
    expect(meta?.source).toBe('某某市人民政府网');
    expect(meta?.channel).toEqual(['部门动态']);
  });
  it('a printed trail comes before ColumnName', () => {
    const site = 'http://www.example-city.cn';
    const doc = withMeta(
      '<meta name="ColumnName" content="部门动态">',
      `<div class="here">当前位置：<a href="${site}/">首页</a> &gt; <a href="${site}/bmdt/">工作动态</a></div>${prose(6)}`,
    );
    expect(detectArticle(doc, `${site}/bmdt/202603/t20260310_1.html`)?.meta.channel).toEqual(['首页', '工作动态']);
  });
  it('citation names: the publication date and the author', () => {
    const meta = detect(
      withMeta(
        '<meta name="citation_publication_date" content="2026/03/10"><meta name="citation_author" content="欧阳明">',
      ),
      13,
    );
    expect(meta?.published).toBe('2026-03-10T00:00:00+08:00');
    expect(meta?.author).toBe('欧阳明');
  });
  it('the pre-check lets through a page whose meta tags only an article carries', () => {
    const doc = withMeta('<meta name="publishtime" content="2026-03-10 09:30">', '<p>短讯。</p>');
    expect(looksLikeArticle(doc, 'https://www.example.org/view?id=12')).toBe(true);
    expect(looksLikeArticle(withMeta('', '<p>短讯。</p>'), 'https://www.example.org/view?id=12')).toBe(false);
  });
});

describe('labelled fields: one table of labels per field', () => {
  const factTable = (cells: string) => `<table class="facts"><tr>${cells}</tr></table>`;
  it.each(['发表时间', '发稿时间', '公开日期'])(
    '"%s" in a metadata table is the publication date, before a time element',
    (label) => {
      const doc = chinesePage(
        `<span class="time">2026-03-01</span>${factTable(`<td>${label}：</td><td>2026-03-10</td>`)}`,
      );
      expect(detect(doc, 14)?.published).toBe('2026-03-10T00:00:00+08:00');
    },
  );
  it.each(['发文日期', '印发日期'])('"%s" is the document’s date where no other is printed', (label) => {
    const doc = chinesePage('', `${prose(6)}${factTable(`<td>${label}：</td><td>2026年03月10日</td>`)}`);
    expect(detect(doc, 15)?.published).toBe('2026-03-10T00:00:00+08:00');
  });
  it.each(['发文机构', '制发机关'])('"%s" names the issuer', (label) => {
    const doc = chinesePage(
      factTable(`<td>${label}：</td><td>某某市发展和改革委员会</td><td>发文文号：</td><td>某发改〔2026〕3号</td>`),
    );
    const meta = detect(doc, 16);
    expect(meta?.issuer).toBe('某某市发展和改革委员会');
    expect(meta?.docNumber).toBe('某发改〔2026〕3号');
  });
  it.each(['主题词', '标签'])('a "%s：" line gives the keywords, and is no paragraph of the body', (label) => {
    const doc = chinesePage('', `${prose(6)}<p>${label}：社区服务　养老托育</p>`);
    const article = detectArticle(doc, 'https://news.example.cn/2026/0310/c17.html');
    expect(article?.meta.keywords).toEqual(['社区服务', '养老托育']);
    expect(article?.text).not.toContain('社区服务');
  });
  it.each(['信息来源', '稿源', '公开日期'])('a "%s：" line inside the body is furniture', (label) => {
    const doc = chinesePage('', `${prose(6)}<p>${label}：某某区融媒体中心</p>`);
    expect(detectArticle(doc, 'https://news.example.cn/2026/0310/c18.html')?.text).not.toContain('融媒体中心');
  });
  it('an English sentence that opens with "From:" stays in the body', () => {
    const doc = documentFrom(
      `<html lang="en"><head><title>New rules for example permits</title></head><body><main><h1>New rules for example permits</h1><article>${Array.from(
        { length: 5 },
        (_, i) =>
          `<p>Paragraph ${i + 1}: applicants will be able to renew their permits online and will receive a decision within ten working days.</p>`,
      ).join(
        '',
      )}<p>From: the first of April, every applicant must show proof of address when they apply for a permit.</p></article></main></body></html>`,
    );
    expect(detectArticle(doc, 'https://www.example.org/news/2026/03/permits')?.text).toContain('proof of address');
  });
});

describe('author labels: one table for the author element and the lines near the title', () => {
  it.each(['撰稿', '撰文', '执笔'])('"%s：…" in the date line names the author', (label) => {
    const doc = chinesePage(`<div class="time-line">2026-03-10　${label}：欧阳明</div>`);
    expect(detect(doc, 19)?.author).toBe('欧阳明');
  });
  it('"图/文：…" names the author', () => {
    const doc = chinesePage('<div class="time-line">2026-03-10　图/文：欧阳明</div>');
    expect(detect(doc, 20)?.author).toBe('欧阳明');
  });
  it('an interview’s "记者：" opens a question, not a byline', () => {
    const doc = chinesePage('', `<p>记者：这项工作出台的背景是什么？</p>${prose(6)}`);
    expect(detect(doc, 21)?.author).toBeNull();
  });
});
