/**
 * A sentence a figure cuts (a picture and its caption inserted at the editor's caret: utils/article/figures.ts,
 * scripts/markup-robustness.ts `imgsplit`) is read whole, its caption set aside: one block, a run of the two halves
 * whose text reads the figure as white space (`asides`), and the caption a block of its own after it. Never across
 * a figure after a closed sentence, before a numbered point, or when what follows the picture is prose, not a caption.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { blockDomText } from '@/utils/article/blocks';
import { continuesAcrossFigure } from '@/utils/article/broken-sentences';
import { figureAfter, isCaption, isPictureHolder } from '@/utils/article/figures';
import { blankSpans, sameShownText } from '@/utils/article/line-breaks';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { documentFrom } from './helpers';

const ZH_URL = 'http://www.example.gov.cn/xinwen/2026-04/22/content_100001.htm';
const zhPage = (body: string) =>
  documentFrom(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>全市部署防汛备汛工作</title></head>
  <body><h1>全市部署防汛备汛工作</h1><div class="article">
  <p>4月21日，全市防汛备汛工作会议召开，会议通报了去年汛期工作情况，安排部署今年防汛备汛重点任务。</p>
  ${body}
  <p>会议指出，今年汛期气候形势复杂，极端天气事件偏多，防汛工作面临较大压力，各级各部门务必高度重视。</p>
  <p>各区要在5月底前完成易涝点排查整治，建立问题清单，逐项明确责任单位和完成时限。</p>
  </div></body></html>`);
const SENTENCE_A = '各区各部门要加强雨情水情监测预报，';
const SENTENCE_B = '及时发布预警信息，提前转移危险区域群众。';
const CAPTION = '4月21日，工作人员在泵站检修排涝设备。（记者 王晓 摄）';
const PICTURE = '<p style="text-align: center;"><img src="/upload/2026/04/pump.jpg" border="0"></p>';

const EN_URL = 'https://www.example.org/news/2026/03/flood-resilience.html';
const enPage = (body: string) =>
  documentFrom(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood resilience plans</title></head>
    <body><h1>Flood resilience plans</h1><div class="body">
    <p>The government today published new plans to protect homes and businesses from flooding across the country.</p>
    ${body}
    <p>The plans follow a review of last winter's storms, which flooded more than three thousand homes in the north.</p>
    <p>Ministers said the funding would also pay for natural flood management schemes upstream of towns at risk.</p>
    </div></body></html>`);

describe('a sentence cut by a figure', () => {
  it('is one Chinese directive; the caption is a block of its own after it, not in the sentence', () => {
    const html = `<p>${SENTENCE_A}</p>${PICTURE}\n<p class="pictext" style="text-align: center;">${CAPTION}</p>\n<p>${SENTENCE_B}</p>`;
    const a = detectArticle(zhPage(html), ZH_URL)!;
    const i = a.blocks.findIndex((b) => b.text.startsWith(SENTENCE_A));
    const b = a.blocks[i]!;
    expect(b.text.replace(/\s/g, '')).toBe(SENTENCE_A + SENTENCE_B);
    expect(b.asides).toHaveLength(1);
    // The page's text of the run holds the caption; the block reads it as white space, at the same offsets.
    expect(blockDomText(b)).toContain(CAPTION);
    expect(blankSpans(blockDomText(b), b.asides!)).toBe(b.text);
    expect(sameShownText(b.text, blockDomText(b), b.asides)).toBe(true);
    expect(a.blocks[i + 1]!.text).toBe(CAPTION);
    expect(a.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    const d = analyzeDocument(zhPage(html), ZH_URL).directives;
    expect(d.map((x) => x.text.replace(/\s/g, ''))).toContain(SENTENCE_A + SENTENCE_B);
    expect(d.some((x) => x.text.includes('排涝设备'))).toBe(false);
  });

  it('is read across a picture with no caption, and across a caption told by its words alone', () => {
    const bare = detectArticle(zhPage(`<p>${SENTENCE_A}</p>${PICTURE}<p>${SENTENCE_B}</p>`), ZH_URL)!;
    expect(bare.blocks.map((b) => b.text.replace(/\s/g, ''))).toContain(SENTENCE_A + SENTENCE_B);
    const worded = detectArticle(
      zhPage(`<p>${SENTENCE_A}</p><p><img src="/a.jpg"></p><p>图为抢险队员在堤坝巡查。</p><p>${SENTENCE_B}</p>`),
      ZH_URL,
    )!;
    expect(worded.blocks.map((b) => b.text.replace(/\s/g, ''))).toEqual(
      expect.arrayContaining([SENTENCE_A + SENTENCE_B, '图为抢险队员在堤坝巡查。']),
    );
  });

  it('is one English directive across a <figure> with a <figcaption>', () => {
    const r = analyzeDocument(
      enPage(`<p>Lead local flood authorities must publish a surface water plan for every town at high risk,</p>
    <figure class="image"><img src="/images/flood-barrier.jpg" alt=""><figcaption>A temporary flood barrier in York. (Photo: Environment Agency)</figcaption></figure>
    <p>and review it after every major flood.</p>`),
      EN_URL,
    );
    expect(r.directives.map((x) => x.text.replace(/\s+/g, ' '))).toContain(
      'Lead local flood authorities must publish a surface water plan for every town at high risk, and review it after every major flood.',
    );
  });

  it('is not read across a figure after a closed sentence, before a numbered point, or past prose', () => {
    const texts = (body: string) => detectArticle(zhPage(body), ZH_URL)!.blocks.map((b) => b.text.trim());
    const caption = `<p class="pictext" style="text-align: center;">${CAPTION}</p>`;
    const closed = texts(`<p>各区各部门要加强雨情水情监测预报。</p>${PICTURE}${caption}<p>${SENTENCE_B}</p>`);
    expect(closed).toEqual(expect.arrayContaining(['各区各部门要加强雨情水情监测预报。', CAPTION, SENTENCE_B]));
    const point = texts(`<p>${SENTENCE_A}</p>${PICTURE}${caption}<p>（一）及时发布预警信息。</p>`);
    expect(point).toEqual(expect.arrayContaining([SENTENCE_A, CAPTION, '（一）及时发布预警信息。']));
    // What stands after the picture is a paragraph of prose, not a caption: the figure ends at the picture, and
    // that paragraph, not the one after it, is the sentence's rest or nothing.
    const prose =
      '今年以来，全市累计投入资金3.2亿元，新建和改造排水管网46公里，新建泵站5座，城区排涝能力较去年明显提升，主汛期前还将完成12处积水点改造。';
    const past = texts(`<p>${SENTENCE_A}</p>${PICTURE}<p>${prose}</p><p>${SENTENCE_B}</p>`);
    expect(past).toContain(SENTENCE_B);
  });
});

describe('figure parts', () => {
  const el = (html: string) => documentFrom(`<html><body>${html}</body></html>`).body.firstElementChild!;

  it('tells picture holders and captions from the markup', () => {
    expect(isPictureHolder(el('<p style="text-align:center"><img src="a.jpg"></p>'))).toBe(true);
    expect(isPictureHolder(el('<img src="a.jpg">'))).toBe(true);
    expect(isPictureHolder(el('<figure><img src="a.jpg"><figcaption>河道清淤现场。</figcaption></figure>'))).toBe(true);
    expect(isPictureHolder(el('<div class="pic"><img src="a.jpg"><span>河道清淤现场。</span></div>'))).toBe(true);
    // A paragraph with an icon in its prose is no figure.
    expect(isPictureHolder(el(`<p><img src="icon.gif">${SENTENCE_A}${SENTENCE_B}</p>`))).toBe(false);
    expect(isPictureHolder(el(`<p>${SENTENCE_B}</p>`))).toBe(false);
    expect(isCaption(el(`<p class="pic-desc">${CAPTION}</p>`))).toBe(true);
    expect(isCaption(el(`<p align="center">${CAPTION}</p>`))).toBe(true);
    expect(isCaption(el('<figcaption>Pumps at work.</figcaption>'))).toBe(true);
    expect(isCaption(el('<p>Volunteers fill sandbags in Hull. (Photo: City Council)</p>'))).toBe(true);
    expect(isCaption(el(`<p>${SENTENCE_B}</p>`))).toBe(false);
  });

  it('finds the figure after a paragraph, and none when text or another block stands first', () => {
    const doc = documentFrom(`<html><body><div>
      <p id="a">${SENTENCE_A}</p>
      ${PICTURE}<br>
      <p class="pictext">${CAPTION}</p>
      <p id="b">${SENTENCE_B}</p>
      <p id="c">${SENTENCE_A}</p>stray text${PICTURE}<p>${SENTENCE_B}</p>
    </div></body></html>`);
    const f = figureAfter(doc.querySelector('#a')!)!;
    expect(f.parts).toHaveLength(2);
    expect(f.next).toBe(doc.querySelector('#b'));
    expect(figureAfter(doc.querySelector('#b')!)).toBeNull();
    expect(figureAfter(doc.querySelector('#c')!)).toBeNull();
  });
});

describe('continuesAcrossFigure', () => {
  it.each([
    ['各区各部门要加强雨情水情监测预报，', '及时发布预警信息。'],
    ['今年各区要完成易涝点排查整治，对积水严重的路段实施改造', '提升城区排涝能力。'], // the caret mid-clause
    ['全市要完成排水管网改造，总长度比上年增加30', '公里以上。'],
    ['汛期要加强值守，特别注意防范“城市内涝”', '等灾害性天气的不利影响。'],
    ['第十二条　禁止在堤防保护范围内', '取土、挖砂。'], // a regulation's article: a rule however short
    ['Lead local flood authorities must publish a surface water plan under the', 'Flood and Water Management Act.'],
    ['Councils must publish a plan for every town at risk, and review it under the National', 'Planning Policy.'],
    ['Councils must publish a surface water plan for every town at high risk', 'and review it each year.'],
    ['(c)  Councils shall not approve new homes', 'that drain into a combined sewer.'], // a lower-case rest
    ['Do not build on land where you', 'Cannot show a safe escape route.'.toLowerCase()],
    ['Do not build if you have', 'No flood risk assessment.'], // a word no sentence ends with
    ['　　第十二条　禁止在堤防保护范围内', '取土、挖砂。'], // indented
    ['请各区（街道）于5月20日前将', '排查情况报市防汛办。'],
  ])('joins %s | %s', (a, b) => expect(continuesAcrossFigure(a, b)).toBe(true));

  it.each([
    ['各区各部门要加强雨情水情监测预报。', '及时发布预警信息。'],
    ['会议强调：“要把人民群众生命安全放在第一位。”', '会议要求各区落实责任。'],
    ['加强组织领导', '各区要落实防汛责任。'], // a heading printed plain: no mark inside
    ['切实做好“城市内涝”防范应对工作', '各区要落实防汛责任。'],
    ['本报记者 王晓', '各区要落实防汛责任。'], // a byline
    ['各区各部门要加强雨情水情监测预报，', '（一）及时发布预警信息。'],
    ['各区各部门要加强雨情水情监测预报，', '图为抢险队员在堤坝巡查。'],
    ['Next steps', 'The department will publish guidance.'], // a heading printed plain
    ['How councils will assess flood risk', 'The department will publish guidance.'],
    ['Councils must publish a surface water plan for every town at high risk.', 'They must review it.'],
    ['Councils must publish a surface water plan for every town at high risk under', '(a) the Act.'],
  ])('leaves %s | %s apart', (a, b) => expect(continuesAcrossFigure(a, b)).toBe(false));
});
