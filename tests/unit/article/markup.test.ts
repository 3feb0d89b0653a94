/**
 * How a body's text is read whatever its markup (session 36, scripts/markup-robustness.ts): paragraphs as
 * text between double <br>s, text beside the wrapper's block children, the source's line breaks.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { extractBlocks } from '@/utils/article/blocks';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { isArticleUrl } from '@/utils/article/page-url';
import { documentFrom } from './helpers';

const ZH = [
  '人民网南昌4月23日电 4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。',
  '会议要求，各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，加快推进城乡供水一体化，确保群众喝上放心水。',
  '各地要抓紧完成千人以上农村集中供水工程水源保护区划定，依法清理整治保护区内的违法排污口和畜禽养殖场等风险源。',
  '县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。',
];
const page = (body: string) =>
  documentFrom(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江西加快推进城乡供水一体化</title></head>
  <body><div class="nav"><a href="/">首页</a><a href="/a">要闻</a><a href="/b">市县</a></div>
  <h1>江西加快推进城乡供水一体化</h1>${body}
  <div class="side"><h2>热点排行</h2><ul><li><a href="/1">江西发布一季度经济运行情况</a></li><li><a href="/2">景德镇春季陶瓷博览会开幕</a></li></ul></div>
  </body></html>`);
const URL = 'http://jx.people.com.cn/n2/2024/0423/c190181-40820000.html';

describe('paragraphs as text between double breaks', () => {
  it('are the body, and each its own block, beside the wrapper’s block children (an editor line in a <div>)', () => {
    const doc = page(`<div class="rm_txt_con" id="rwb_zw">
${ZH[0]}<br><br>
${ZH[1]}<br><br>
<strong>守牢水源水质生命线</strong><br><br>
${ZH[2]}<br><br>${ZH[3]}<br><br>
<div class="edit">(责编：邓楠、帅筠)</div></div>`);
    const a = detectArticle(doc, URL);
    expect(a).not.toBeNull();
    const texts = a!.blocks.map((b) => b.text.trim());
    for (const p of ZH) expect(texts).toContain(p);
    expect(a!.blocks.find((b) => b.text.trim() === '守牢水源水质生命线')?.kind).toBe('heading');
  });

  it('are cut into blocks inside a wrapper with no block children, each a run of its nodes', () => {
    const doc = documentFrom(
      `<div id="c">　　${ZH[0]}<br><br>　　${ZH[1]}<br /><br />　　<b>守牢</b>水源水质生命线</div>`,
    );
    const { blocks } = extractBlocks(doc.querySelector('#c')!);
    expect(blocks.map((b) => b.text.trim())).toEqual([ZH[0], ZH[1], '守牢水源水质生命线']);
    const last = blocks[2]!;
    expect(last.node.id).toBe('c');
    expect(last.run?.first.textContent).toBe('守牢'); // the indent before it is blank
    expect(last.run?.last.textContent).toBe('水源水质生命线');
  });

  it('leave a paragraph with one <br> one block', () => {
    const doc = documentFrom(`<div id="c"><p>${ZH[0]}<br>${ZH[1]}</p><p>${ZH[2]}</p></div>`);
    expect(extractBlocks(doc.querySelector('#c')!).blocks).toHaveLength(2);
  });
});

describe('text beside block children', () => {
  it('is read as blocks, not dropped (a lead-in before its list)', () => {
    const doc = documentFrom(`<div id="c"><p>${ZH[0]}</p>${ZH[1]}<ul><li>${ZH[2]}</li></ul>${ZH[3]}</div>`);
    const texts = extractBlocks(doc.querySelector('#c')!).blocks.map((b) => b.text.trim());
    expect(texts).toEqual(ZH);
  });
});

describe('line breaks of the HTML source', () => {
  const en = (p: string) =>
    documentFrom(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New rules for landlords</title></head>
    <body><h1>New rules for landlords</h1><div class="body">
    <p>The government today set out new rules for private landlords across England, to be laid before Parliament in the spring.</p>
    ${p}
    <p>The rules follow a consultation that ran for twelve weeks and received more than four thousand responses from tenants.</p>
    <p>Ministers said the changes would give renters greater security and help to drive up the quality of homes in the sector.</p>
    <p>Further guidance for landlords and letting agents will be published on the department's website later this year.</p>
    </div></body></html>`);
  const url = 'https://www.example.org/news/2026/03/new-rules-for-landlords.html';

  it('inside a sentence are white space: the sentence is one directive', () => {
    const r = analyzeDocument(
      en(`<p>Landlords must ensure that every rented home meets the Decent Homes Standard
    by 1 April 2027, and local councils will enforce it.</p>`),
      url,
    );
    const d = r.directives.find((x) => x.text.startsWith('Landlords must'));
    expect(d?.text.replace(/\s+/g, ' ')).toBe(
      'Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027, and local councils will enforce it.',
    );
  });

  it('inside a Chinese sentence are white space too', () => {
    const doc =
      page(`<div class="content"><p>${ZH[0]}</p><p>会议要求，各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，
加快推进城乡供水一体化，确保群众喝上放心水。</p><p>${ZH[2]}</p></div>`);
    const r = analyzeDocument(doc, URL);
    const d = r.directives.find((x) => x.text.startsWith('会议要求'));
    expect(d?.text.replace(/\s+/g, '')).toBe(ZH[1]);
  });

  it('after a <br> still end a line (a heading line with no closing mark)', () => {
    const doc = documentFrom(`<div id="c"><p>一、总体要求<br>
${ZH[1]}</p></div>`);
    const [b] = extractBlocks(doc.querySelector('#c')!).blocks;
    expect(b!.text).toBe(`一、总体要求\n${ZH[1]}`);
  });

  it('inside <pre> stay line breaks', () => {
    const doc = documentFrom(`<div id="c"><pre>第一行
第二行</pre></div>`);
    expect(extractBlocks(doc.querySelector('#c')!).blocks[0]!.text).toBe('第一行\n第二行');
  });
});

describe('a bold line with bold inside it', () => {
  it('is a sub-heading: the inner bold is counted once', () => {
    const doc = documentFrom(
      `<div id="c"><p>${ZH[0]}</p><p><strong>小田并大田<strong>　“碎</strong>地”连成“整片”</strong></p><p>${ZH[1]}</p></div>`,
    );
    const { blocks } = extractBlocks(doc.querySelector('#c')!);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('the pre-check', () => {
  it('passes a page whose paragraphs are text between double breaks, at an address that says nothing', () => {
    const url = 'https://www.example.org/page';
    expect(isArticleUrl(url)).toBe(false);
    const doc = page(`<div class="content">${ZH.join('<br><br>\n')}</div>`);
    expect(looksLikeArticle(doc, url)).toBe(true);
    expect(looksLikeArticle(page(`<div class="content">${ZH[0]}</div>`), url)).toBe(false);
  });
});

describe('a layout class naming furniture beside the body', () => {
  it('is no furniture: the body under "sidebar-with-body" (gov.uk) or "has-sidebar" is found', () => {
    const url = 'https://www.example.org/guidance/2026/new-rules-for-landlords';
    for (const cls of ['govuk-grid-row sidebar-with-body', 'site-main has-sidebar']) {
      const doc =
        documentFrom(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>New rules for landlords</title></head>
    <body><h1>New rules for landlords</h1><div class="${cls}"><div class="column"><div class="text">
    <p>The government today set out new rules for private landlords across England, to be laid before Parliament in the spring.</p>
    <p>Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027, and councils will enforce it.</p>
    <p>The rules follow a consultation that ran for twelve weeks and received more than four thousand responses from tenants.</p>
    <p>Ministers said the changes would give renters greater security and help to drive up the quality of homes in the sector.</p>
    </div></div></div></body></html>`);
      const a = detectArticle(doc, url);
      expect(a, cls).not.toBeNull();
      expect(a!.blocks.some((b) => b.text.startsWith('Landlords must ensure'))).toBe(true);
    }
  });
});

/** A site adapter's selector that names the title's column only: the body's wrapper lost its class (`noclass`). */
describe('a body wrapper the site adapter no longer names', () => {
  const govuk = (bodyClass: string) =>
    documentFrom(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Burning wood at home - GOV.UK</title></head>
  <body><main role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
  <h1 class="govuk-heading-l">Burning wood at home</h1>
  <p class="gem-c-lead-paragraph">What you can burn and the rules if you live in a smoke control area in England, including which fuels and appliances are allowed, how to check whether your home is in an area, what sellers of fuel must do, and the penalties councils can give.</p></div></div>
  <div class="govuk-grid-row"><div${bodyClass}><div>
  <p>You must not burn unauthorised fuel in a smoke control area unless you use an appliance that has been exempted for use there.</p>
  <p>Sellers must tell customers that it is an offence to buy unauthorised fuel for use in a smoke control area without an exempt appliance.</p>
  <p>Local authorities will investigate complaints about smoke from chimneys and may issue a penalty of up to three hundred pounds.</p>
  </div></div></div></main></body></html>`);
  const URL_ = 'https://www.gov.uk/guidance/burning-wood-and-solid-fuel-at-home';

  it('is found by the scorer when it holds the body and the selector only a title column', () => {
    for (const cls of [' class="govuk-grid-column-two-thirds"', '']) {
      const a = detectArticle(govuk(cls), URL_);
      expect(a, cls).not.toBeNull();
      expect(a!.blocks.some((b) => b.text.startsWith('Sellers must tell'))).toBe(true);
    }
  });
});
