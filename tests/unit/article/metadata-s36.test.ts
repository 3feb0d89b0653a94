/**
 * Detection and metadata classes of session 36 (s36-meta), each on a made-up page shaped like the blind page
 * that showed it.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { editorFromText } from '@/utils/article/editor';
import { SOURCE_LABELS } from '@/utils/article/field-labels';
import { findLabelledValue } from '@/utils/article/text';
import { documentFrom, prose } from './helpers';

describe("a body selector's first match holding only the title and its lead", () => {
  const lead =
    'Owners of high-rise residential buildings will be legally required to assess and fix unsafe cladding and to keep residents informed, under regulations laid in Parliament today, with a deadline to commission an appraisal of the external walls of every such building by the end of July next year.';
  const para = (i: number) =>
    `<p>Paragraph ${i}: the principal accountable person for every occupied residential building of at least eighteen metres will be legally required to commission an appraisal of its external walls and to keep residents informed.</p>`;
  const page = documentFrom(
    '<html><head><title>Tough new legal duties - GOV.UK</title></head><body><main>' +
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-l">Tough new legal duties</h1><p class="gem-c-lead-paragraph">${lead}</p></div></div>` +
      '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><dl><dt>From:</dt><dd><a href="/government/organisations/x">Ministry of Housing</a></dd></dl></div></div>' +
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govuk-govspeak">${[1, 2, 3, 4, 5].map(para).join('')}</div></div></div>` +
      '</main></body></html>',
  );
  const article = detectArticle(page, 'https://www.gov.uk/government/news/tough-new-legal-duties');

  it('is an article', () => expect(article).not.toBeNull());
  it('its body is the later, heavier match, the lead in front', () => {
    expect(article?.blocks.length).toBe(6);
    expect(article?.blocks[0]?.text).toBe(lead);
  });
});

describe("a portal's staff code after the editor's name", () => {
  it('after a space (sina)', () => expect(editorFromText('责任编辑：李某 SN221')).toBe('李某'));
  it('after an underscore (NetEase)', () => expect(editorFromText('责任编辑：王某某_NB12345')).toBe('王某某'));
  it('in brackets', () => expect(editorFromText('（责任编辑：张某 SF009）')).toBe('张某'));
  it('a Latin name is left as it is', () => expect(editorFromText('Editor: Jane Doe')).toBe('Jane Doe'));
  it('on a page', () => {
    const doc = documentFrom(
      `<html><head><title>某项通知</title></head><body><h1>某项通知</h1><div class="article">${prose(5)}</div><p class="show_author">责任编辑：李某 SN221</p></body></html>`,
    );
    expect(detectArticle(doc, 'https://news.example.com/c/2018-06-01/doc-abc.shtml')?.meta.editor).toBe('李某');
  });
});

describe("a metadata box whose first date is the document's own (成文日期), its publication cell labelled otherwise", () => {
  const page = (box: string) =>
    documentFrom(
      '<html><head><title>某市关于某项工作的实施方案</title></head><body>' +
        `<div class="xxgk-info"><ul>${box}</ul></div>` +
        `<div class="article"><h2>某市关于某项工作的实施方案</h2><div class="article-content">${prose(6)}</div></div></body></html>`,
    );
  const published = (doc: Document) =>
    detectArticle(doc, 'https://www.example.gov.cn/zwgk/202412/t20241209_1.shtml')?.meta.published ?? null;

  it('上网日期 after 成文日期', () =>
    expect(
      published(
        page('<li>成文日期：2024-12-02</li><li>文　　号：某政办〔2024〕103号</li><li>上网日期：2024-12-09</li>'),
      ),
    ).toBe('2024-12-09T00:00:00+08:00'));
  it('生成日期 and 成文日期 before a bare 时间', () =>
    expect(
      published(
        page('<li>生成日期：2024年12月03日</li><li>成文日期：2024年12月02日</li><li>时间：2024年12月09日</li>'),
      ),
    ).toBe('2024-12-09T00:00:00+08:00'));
  it('成文日期 alone is still read, last', () =>
    expect(published(page('<li>成文日期：2024-12-02</li><li>文　　号：某政办〔2024〕103号</li>'))).toBe(
      '2024-12-02T00:00:00+08:00',
    ));
});

describe('a field in brackets with the next field glued after its closing bracket', () => {
  it('an editor, then a link', () => expect(editorFromText('（责任编辑：甲某某）返回顶部')).toBe('甲某某'));
  it('an editor, then a time', () => expect(editorFromText('【责任编辑：孙某】2025-03-12 06:50:00')).toBe('孙某'));
  it('a bracket the value opens stays', () =>
    expect(findLabelledValue('来源：某某网（北京）客户端', SOURCE_LABELS)).toBe('某某网（北京）客户端'));
});

describe('a body container holding the title, its source line a few lines below', () => {
  const doc = documentFrom(
    '<html><head><title>一图读懂某项措施</title></head><body><div class="container"><div class="article">\n  <div class="header">\n    <p class="c3">图解</p>\n' +
      '    <h1>一图读懂某项措施</h1>\n    <div class="c4">\n      <p>\n        <span>【来源：某某市住房和城乡建设委员会】</span>\n        <span>日期：2026-05-18</span>\n      </p>\n    </div>\n  </div>\n' +
      `  <div class="view">\n${prose(6)}\n  </div>\n</div></div></body></html>`,
  );
  it('reads the source', () =>
    expect(detectArticle(doc, 'https://www.example.gov.cn/zhengce/202605/t20260518_1.html')?.meta.source).toBe(
      '某某市住房和城乡建设委员会',
    ));
});

describe("the site's name after the headline in the <title>, no site-name tag and no source printed", () => {
  const para =
    '<p>The Secretary of the Interior shall, within 90 days of the date of this memorandum, submit to the President a plan to modernize the reporting of federal grants and to reduce improper payments across all agencies.</p>';
  const page = (title: string, headline: string) =>
    documentFrom(
      `<html><head><title>${title}</title></head><body><h1>${headline}</h1><div class="body-content">${para.repeat(5)}</div></body></html>`,
    );
  const source = (doc: Document) =>
    detectArticle(doc, 'https://www.example.gov/presidential-actions/2026/02/modernizing-grant-reporting/')?.meta
      .source ?? null;

  it('after a dash', () =>
    expect(
      source(
        page('Modernizing Federal Grant Reporting &#8211; The White House', 'Modernizing Federal Grant Reporting'),
      ),
    ).toBe('The White House'));
  it('after an underscore', () =>
    expect(source(page('某某关于某项工作的通知_某某市人民政府', '某某关于某项工作的通知'))).toBe('某某市人民政府'));
  it('not a part of the headline', () =>
    expect(
      source(page('Remarks by the President | Pittsburgh, PA', 'Remarks by the President | Pittsburgh, PA')),
    ).toBeNull());
  it('not a long text after the separator', () =>
    expect(
      source(
        page(
          'Modernizing Federal Grant Reporting - a memorandum on the reporting of federal grants and improper payments',
          'Modernizing Federal Grant Reporting',
        ),
      ),
    ).toBeNull());
});

describe('a link straight inside a body container that sits straight under <body>', () => {
  const doc = documentFrom(
    `<html><head><title>某项通知</title></head><body><article><h1>某项通知</h1>${prose(5)}<a href="/zhengce/">查看更多政策文件解读</a></article></body></html>`,
  );
  it('is read, not thrown on (the link climbs to <html>, whose parent has no tag)', () =>
    expect(detectArticle(doc, 'https://www.example.gov.cn/zhengce/202605/t20260518_1.html')?.meta.title).toBe(
      '某项通知',
    ));
});

describe("a dateline's reporter in the first paragraph, the body's container holding a long header", () => {
  const doc = documentFrom(
    '<html><head><title>某部门发布某项通知</title></head><body><div class="c1"><h1>某部门发布某项通知</h1>' +
      '<div class="c2"><span>2025年12月05日 16:42</span><span>来源：某某新闻网</span><span>参与互动</span><span>字号：</span><a>大</a><a>中</a><a>小</a></div>' +
      '<p>　　某某网北京12月5日电 (记者 甲某某)某部门5日发布《关于进一步规范某项工作的通知》，从多个方面提出要求，推动工作落实。</p>' +
      `${prose(5)}</div></body></html>`,
  );
  it('reads the reporter', () =>
    expect(detectArticle(doc, 'https://www.example.com/cj/2025/12-05/10531234.shtml')?.meta.author).toBe('甲某某'));
});
