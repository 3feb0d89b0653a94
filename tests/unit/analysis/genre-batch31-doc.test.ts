/**
 * The classes of Chinese documents and 解读 pages session 31's dev set showed, counted over all golds, with
 * sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh } from './helpers';

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe("a 解读's numbered question heading its section", () => {
  it('is a heading', () => {
    expect(paragraphs(['二、《细则》对哪些主体提出了要求？', '答复的正文在这里。'])).toEqual([
      ['heading', '二、《细则》对哪些主体提出了要求？'],
    ]);
    expect(paragraphs(['（三）下一步如何抓好落实？'])).toEqual([['heading', '（三）下一步如何抓好落实？']]);
  });
  it('a question of a Q&A, or one with no number, is not', () => {
    expect(paragraphs(['问：《细则》对哪些主体提出了要求？'])).toEqual([]);
    expect(paragraphs(['《细则》对哪些主体提出了要求？'])).toEqual([]);
  });
});

describe('a document\'s preamble, "为…，制定本方案。"', () => {
  it('is no directive, however many verbs of measures its purpose is told in', () => {
    expect(
      zh('为推动全市农贸市场提档升级，加快补齐便民服务短板，切实改善群众购物环境，着力提升城市品质，制定本方案。'),
    ).toEqual([]);
    expect(
      zh('为切实加强汛期安全管理，着力保障群众生命财产安全，加快补齐防汛短板，经市政府同意，现将有关事项通知如下：'),
    ).toEqual([]);
  });
  it('a measure after a purpose clause stays one', () => {
    const t = '为切实改善群众购物环境，各区要加快推进农贸市场提档升级。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
});

describe('the things a measure acts on, named by their state after a preposition, "在已治理水体…"', () => {
  it('leave the measure a directive', () => {
    const t = '各区要在已改造小区的出入口设置公示牌，接受居民监督。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
  it('a past act reported stays no directive', () => {
    expect(zh('全区已改造老旧小区42个，惠及居民1.2万户。')).toEqual([]);
  });
});

describe('a need judged, "…亟须加以解决"', () => {
  it('is no duty', () => {
    expect(zh('部分老旧管网隐患突出，亟须通过系统改造加以解决。')).toEqual([]);
  });
});

describe("a funding body's own support told with no modal", () => {
  it('is no directive, its cap no target', () => {
    expect(zh('在资金方面，市级财政对新建社区食堂按照建设投资额的30%给予补助，单个项目补助最高不超过50万元。')).toEqual(
      [],
    );
    expect(zh('省级财政通过现有资金渠道对山区县给予适当支持。')).toEqual([]);
  });
  it('"各级财政要…" is the duty', () => {
    const t = '各级财政要加大投入，对新建社区食堂给予补助。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
});

describe('what a document sets out to do, summarized, "《办法》聚焦…，着力…"', () => {
  it('is no directive', () => {
    expect(zh('该负责人介绍，《细则》聚焦农贸市场管理全链条，着力解决群众反映强烈的突出问题。')).toEqual([]);
  });
  it('"《细则》要求…" with a duty is one', () => {
    const t = '《细则》要求，各区要在年底前完成农贸市场改造。';
    expect(zh(t).length).toBe(1);
  });
});

describe('a fact told to the public, "这里要特别提醒消费者，…"', () => {
  it('is no directive', () => {
    expect(zh('这里要特别提醒消费者，青少年近视一旦形成便难以逆转，所谓“治愈”的说法没有依据。')).toEqual([]);
  });
  it('a duty told after it stays one', () => {
    const t = '这里要特别提醒消费者，办卡前要查看经营者资质。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
});

describe('a norm set in principle, "…原则上不低于…"', () => {
  it('is a duty with no modal', () => {
    const t = '新建社区食堂的就餐区面积原则上不低于80平方米。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
  it('"原则上为…" tells a fact', () => {
    expect(zh('年度集中缴费期原则上为每年9月至12月。')).toEqual([]);
  });
});
