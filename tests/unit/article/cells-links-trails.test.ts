import { describe, expect, it } from 'vitest';
import { extractBlocks } from '@/utils/article/blocks';
import { detectArticle } from '@/utils/article/detect';
import { findDirectives } from '@/utils/analysis/directives';
import { documentFrom, prose } from './helpers';

const blocksOf = (inner: string) =>
  extractBlocks(documentFrom(`<html><body><div id="root">${inner}</div></body></html>`).getElementById('root')!).blocks;
const textsOf = (inner: string) => blocksOf(inner).map((b) => b.text);

describe('a short sentence around a long link', () => {
  it('is prose, kept in the body', () => {
    const tenant =
      '<p>If you are a tenant, read <a href="#">smoke and carbon monoxide alarms: information for tenants</a> instead.</p>';
    expect(textsOf(tenant)).toEqual([
      'If you are a tenant, read smoke and carbon monoxide alarms: information for tenants instead.',
    ]);
  });
  it('so is a step whose words run between two links (session 39)', () => {
    const step =
      '<p>Fill in the <a href="/form.ods">annual carrier bag return form 2016</a> and email it to <a href="mailto:carrierbags.returns@example.gov.uk">carrierbags.returns@example.gov.uk</a>.</p>';
    expect(textsOf(step)).toEqual([
      'Fill in the annual carrier bag return form 2016 and email it to carrierbags.returns@example.gov.uk.',
    ]);
  });
  it('while links alone, a label and links, or links and a date are still dropped', () => {
    expect(
      textsOf(
        [
          '<p><a href="/call-charges">Find out about call charges</a></p>',
          '<p>附件：<a href="/f.pdf">1.危险废物规范化环境管理评估指标（2026年版）</a></p>',
          '<p><a href="/a">Weekly Address: Employers Must Invest in American Workers</a> 2016-04-12</p>',
          '<p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>',
          '<p>Share: <a href="#">Facebook</a> | <a href="#">Email</a></p>',
        ].join(''),
      ),
    ).toEqual([]);
  });
});

const schedule = `<table>
<tr><th>阶段</th><th>主要工作内容</th><th>完成时限</th><th>责任单位</th></tr>
<tr><td>台账复核</td><td>完成已有台账逐口复核和信息补正</td><td>2025年6月30日前</td><td>省级生态环境部门</td></tr>
<tr><td>整治推进</td><td>各地要于2025年10月31日前制定整治方案并组织实施。</td><td>2025年10月31日前</td><td>地市级生态环境部门</td></tr>
</table>`;

describe('the cells of a data table', () => {
  it('are fields when they hold no sentence; a sentence cell and a one-cell row are prose', () => {
    const blocks = blocksOf(`${schedule}<table><tr><td>各地要加强组织领导，按期完成整治任务</td></tr></table>`);
    const fields = blocks.filter((b) => b.field).map((b) => b.text);
    expect(fields).toContain('2025年6月30日前');
    expect(fields).toContain('整治推进');
    expect(fields).toContain('阶段');
    expect(fields).not.toContain('各地要于2025年10月31日前制定整治方案并组织实施。');
    expect(fields).not.toContain('各地要加强组织领导，按期完成整治任务');
    // still in the body, read and highlighted like any block
    expect(blocks.map((b) => b.text)).toContain('2025年6月30日前');
  });
  it('get no directive of their own; a sentence in a cell still does', () => {
    const doc = documentFrom(
      `<html><head><title>关于开展排查整治工作的通知</title></head><body><h1>关于开展排查整治工作的通知</h1>
      <div class="article-content">${prose(4)}<p>各地应按照下表时间节点推进。</p>${schedule}</div></body></html>`,
    );
    const article = detectArticle(doc, 'https://www.example.gov.cn/xxgk/202504/t20250422_1108346.html')!;
    const marked = findDirectives(article).map((d) => article.text.slice(d.start, d.end));
    expect(marked).not.toContain('2025年6月30日前');
    expect(marked).not.toContain('整治推进');
    expect(marked).toContain('各地要于2025年10月31日前制定整治方案并组织实施。');
  });
});

const remarks = (paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1}: we are going to keep pushing, because every American who is willing to work hard deserves a path into a good job, and the companies here have shown how apprenticeships can open that path.</p>`,
  ).join('');

describe('an issuing office and a trail named by its id', () => {
  it('reads whitehouse.gov’s 2009–2017 press office and its #breadcrumbs trail', () => {
    const doc = documentFrom(`<html lang="en"><head><title>Remarks by the President | whitehouse.gov</title>
      <meta property="og:site_name" content="whitehouse.gov"></head><body>
      <div id="breadcrumbs"><a href="/">Home</a> &bull; <a href="/briefing-room">Briefing Room</a> &bull;
        <a href="/briefing-room/speeches-and-remarks">Speeches &amp; Remarks</a></div>
      <main><div class="press-article">
        <div class="press-article-date">The White House</div>
        <div class="press-article-office">Office of the Press Secretary</div>
        <div class="release-info">For Immediate Release</div>
        <h1>Remarks by the President</h1>
        <div class="field-name-field-forall-body">${remarks(6)}</div>
      </div></main></body></html>`);
    const a = detectArticle(doc, 'https://www.whitehouse.gov/the-press-office/2016/04/12/remarks-president')!;
    expect(a.meta.source).toBe('Office of the Press Secretary');
    expect(a.meta.channel).toEqual(['Home', 'Briefing Room', 'Speeches & Remarks']);
  });
  it('reads a trail named only by its id on any site', () => {
    const doc = documentFrom(`<html lang="en"><head><title>A notice</title></head><body>
      <div id="site-breadcrumb"><a href="/">Home</a> · <a href="/news/">News</a></div>
      <main><h1>A notice</h1><div class="article-body">${remarks(6)}</div></main></body></html>`);
    const a = detectArticle(doc, 'https://www.example.org/news/2016/04/12/a-notice')!;
    expect(a.meta.channel).toEqual(['Home', 'News']);
  });
});
