/**
 * A sentence an editor's stray break cut into two paragraphs is read whole (utils/article/broken-sentences.ts,
 * session 38; scripts/markup-robustness.ts `splitp`): joined into one block, a run of the two paragraphs, so it is
 * one directive; never a heading to its paragraph, list items to each other, or a paragraph that ends its sentence.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { continuesSentence } from '@/utils/article/broken-sentences';
import { runText } from '@/utils/article/blocks';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { documentFrom } from './helpers';

const ZH = [
  '人民网南昌4月23日电 4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。',
  '县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。',
  '会议强调，各地要抓紧完成千人以上农村集中供水工程水源保护区划定，依法清理整治保护区内的违法排污口和畜禽养殖场等风险源。',
];
const zhPage = (body: string) =>
  documentFrom(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江西加快推进城乡供水一体化</title></head>
  <body><h1>江西加快推进城乡供水一体化</h1><div class="content"><p>${ZH[0]}</p>${body}<p>${ZH[1]}</p><p>${ZH[2]}</p></div></body></html>`);
const ZH_URL = 'http://jx.people.com.cn/n2/2024/0423/c190181-40820000.html';
const WHOLE = '各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，加快推进城乡供水一体化，确保群众喝上放心水。';

const enPage = (body: string) =>
  documentFrom(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New rules for landlords</title></head>
    <body><h1>New rules for landlords</h1><div class="body">
    <p>The government today set out new rules for private landlords across England, to be laid before Parliament in the spring.</p>
    ${body}
    <p>The rules follow a consultation that ran for twelve weeks and received more than four thousand responses from tenants.</p>
    <p>Ministers said the changes would give renters greater security and help to drive up the quality of homes in the sector.</p>
    </div></body></html>`);
const EN_URL = 'https://www.example.org/news/2026/03/new-rules-for-landlords.html';

describe('a sentence cut by a stray paragraph break', () => {
  it('is one Chinese directive, its block a run of the two paragraphs whose text is theirs', () => {
    const doc = zhPage(`<p>各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，</p>
<p>加快推进城乡供水一体化，确保群众喝上放心水。</p>`);
    const a = detectArticle(doc, ZH_URL)!;
    const b = a.blocks.find((x) => x.text.startsWith('各地要把'))!;
    expect(b.run?.first.textContent).toBe('各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，');
    expect(b.run?.last.textContent).toBe('加快推进城乡供水一体化，确保群众喝上放心水。');
    expect(b.text.replace(/[\r\n]/g, ' ')).toBe(runText(b.run!).replace(/[\r\n]/g, ' '));
    expect(a.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    const d = analyzeDocument(
      zhPage(`<p>各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，</p>
<p>加快推进城乡供水一体化，确保群众喝上放心水。</p>`),
      ZH_URL,
    ).directives.find((x) => x.text.startsWith('各地要把'));
    expect(d?.text.replace(/\s/g, '')).toBe(WHOLE);
  });

  it('is joined with no white space between the paragraphs in Chinese, and after a figure', () => {
    const a = detectArticle(
      zhPage(
        '<p>各地要把农村饮水安全作为底线任务，</p><p>2026年底前实现城乡供水一体化全覆盖，确保群众喝上放心水。</p>',
      ),
      ZH_URL,
    )!;
    expect(a.blocks.map((b) => b.text)).toContain(
      '各地要把农村饮水安全作为底线任务，2026年底前实现城乡供水一体化全覆盖，确保群众喝上放心水。',
    );
  });

  it('is one English directive', () => {
    const r = analyzeDocument(
      enPage(`<p>Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027,</p>
    <p>and local councils will enforce it.</p>`),
      EN_URL,
    );
    const d = r.directives.find((x) => x.text.startsWith('Landlords must'));
    expect(d?.text.replace(/\s+/g, ' ')).toBe(
      'Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027, and local councils will enforce it.',
    );
  });

  it('is joined after a numbered line that ends with a comma: no heading ends so', () => {
    const a = detectArticle(
      zhPage('<p>（三）劝阻无效的，</p><p>及时向所在地街道办事处、乡镇人民政府或者消防救援机构报告；</p>'),
      ZH_URL,
    )!;
    const b = a.blocks.find((x) => x.text.startsWith('（三）'))!;
    expect(b.kind).toBe('paragraph');
    expect(b.text).toBe('（三）劝阻无效的，及时向所在地街道办事处、乡镇人民政府或者消防救援机构报告；');
  });

  it('keeps the first paragraph’s bold run-in head at the head of the joined block', () => {
    const a = detectArticle(
      zhPage(
        '<p><strong>一要压实供水安全责任。</strong>各地要把农村饮水安全作为底线任务，</p><p>加快推进城乡供水一体化。</p>',
      ),
      ZH_URL,
    )!;
    const b = a.blocks.find((x) => x.text.startsWith('一要'))!;
    expect(b.run).toBeDefined();
    expect(b.text.slice(0, b.boldLead)).toBe('一要压实供水安全责任。');
  });

  it('is joined across an image, its caption set aside (figures.test.ts), not read as the rest', () => {
    const a = detectArticle(
      zhPage(`<p>各地要把农村饮水安全作为底线任务，</p><p style="text-align:center"><img src="/a.jpg"></p>
<p style="text-align:center">3月5日，工作人员在现场查看设备运行情况。（记者 李明 摄）</p>
<p>加快推进城乡供水一体化，确保群众喝上放心水。</p>`),
      ZH_URL,
    )!;
    expect(a.blocks.map((b) => b.text.replace(/\s/g, ''))).toEqual(
      expect.arrayContaining([
        '各地要把农村饮水安全作为底线任务，加快推进城乡供水一体化，确保群众喝上放心水。',
        '3月5日，工作人员在现场查看设备运行情况。（记者李明摄）',
      ]),
    );
  });

  it('is not joined to a heading, across list items, or after a closed sentence', () => {
    const a = detectArticle(
      zhPage(`<p><strong>加强水源保护</strong></p><p>加快推进城乡供水一体化，确保群众喝上放心水。</p>
<ul><li>完善农村供水工程，</li><li>加强水质检测，</li></ul>
<p>会议要求各地加快推进城乡供水一体化。</p><p>确保群众喝上放心水，切实保障农村饮水安全。</p>`),
      ZH_URL,
    )!;
    expect(a.blocks.some((b) => b.run)).toBe(false);
  });
});

/** A CMS that wraps its editor's lines: paragraphs between <br><br> in a <div>, a single <br> inside a sentence. */
describe('a sentence cut by a single <br> (scripts/markup-robustness.ts `brdiv`, `brsplit`)', () => {
  const zhBrPage = (body: string) =>
    documentFrom(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江西加快推进城乡供水一体化</title></head>
  <body><h1>江西加快推进城乡供水一体化</h1><div class="content">${ZH[0]}<br><br>
${body}<br><br>
${ZH[1]}<br><br>
${ZH[2]}</div></body></html>`);

  it('is one Chinese directive when the <br> stands in a <br><br> paragraph of a <div>', () => {
    const doc = zhBrPage(
      '各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，<br>\n加快推进城乡供水一体化，确保群众喝上放心水。',
    );
    const a = detectArticle(doc, ZH_URL)!;
    const b = a.blocks.find((x) => x.text.trim().startsWith('各地要把'))!;
    expect(b.text.trim()).not.toContain('\n');
    expect(b.text.length).toBe(runText(b.run!).length);
    const d = analyzeDocument(
      zhBrPage(
        '各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，<br>\n加快推进城乡供水一体化，确保群众喝上放心水。',
      ),
      ZH_URL,
    ).directives.find((x) => x.text.startsWith('各地要把'));
    expect(d?.text.replace(/\s/g, '')).toBe(WHOLE);
  });

  it('is one English directive when the <br> stands inside a <p>', () => {
    const r = analyzeDocument(
      enPage(`<p>Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027, <br>
and local councils will enforce it.</p>`),
      EN_URL,
    );
    const d = r.directives.find((x) => x.text.startsWith('Landlords must'));
    expect(d?.text.replace(/\s+/g, ' ')).toBe(
      'Landlords must ensure that every rented home meets the Decent Homes Standard by 1 April 2027, and local councils will enforce it.',
    );
  });

  it('still ends a line after a closed sentence, a label, a heading line, or before a numbered point', () => {
    const doc = zhBrPage(`一、总体要求<br>
各地要加快推进城乡供水一体化。<br>
确保群众喝上放心水，<br>
（一）加快推进城乡供水一体化。<br>
联系电话：<br>
0791-88888888`);
    const b = detectArticle(doc, ZH_URL)!.blocks.find((x) => x.text.trim().startsWith('一、'))!;
    expect(
      b.text
        .trim()
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual([
      '一、总体要求',
      '各地要加快推进城乡供水一体化。',
      '确保群众喝上放心水，',
      '（一）加快推进城乡供水一体化。',
      '联系电话：',
      '0791-88888888',
    ]);
  });
});

describe('continuesSentence', () => {
  it.each([
    ['乡镇人民政府、街道办事处应当指导居民委员会、', '业主委员会做好宣传和管理工作。'],
    ['推动物流数据互联共享，', '2026年底前实现一网通查。'],
    ['The department will work with councils to', 'Ensure every home is warm.'],
    ['Landlords must register every property with the', 'new ombudsman.'],
  ])('joins %s | %s', (a, b) => expect(continuesSentence(a, b)).toBe(true));

  it.each([
    ['各地要加快推进城乡供水一体化。', '确保群众喝上放心水。'],
    ['主要任务：', '加快推进城乡供水一体化。'],
    ['加强组织领导', '各地要加快推进城乡供水一体化。'], // a heading printed plain: no prose before
    ['各地要做好以下工作，', '（一）加快推进城乡供水一体化。'],
    ['各地要做好以下工作，', '一是加快推进城乡供水一体化。'],
    ['The department will publish guidance.', 'landlords must register.'],
    ['Next steps', 'The department will publish guidance.'],
    ['The department will consult on:', 'rents and deposits.'],
    ['Councils must act on complaints about', '(a) damp and mould.'],
  ])('leaves %s | %s apart', (a, b) => expect(continuesSentence(a, b)).toBe(false));
});
