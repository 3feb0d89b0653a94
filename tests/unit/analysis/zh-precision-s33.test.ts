/**
 * Chinese false marks the dev set of session 33 showed (precision), each class with sentences written for this
 * test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh } from './helpers';

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe('a quotation run over sentences, opened after a speaker no table classes', () => {
  it('is his own words when the sentence opening it is no directive', () => {
    expect(zh('张桂兰笑着说，“以前进城要走半天山路。现在路修好了，我们应该趁着年轻多学点手艺。”')).toEqual([]);
  });
  it("is an official's when the sentence opening it is one", () => {
    expect(zh('团长李明在动员部署时强调：“演练必须贴近实战。考核决不能降低标准！”').map((d) => d[0])).toEqual([
      'obligation',
      'prohibition',
    ]);
  });
});

describe('last year told, and a count built or done', () => {
  it("last year's figures are no target", () => {
    expect(zh('会议通报，去年全市一网通办率达到96.5%，审批时限压缩至3个工作日以内。')).toEqual([]);
    expect(zh('社区干部去年逐户上门登记，最终新装的120盏路灯，有一半以上装在了老旧小区。')).toEqual([]);
  });
  it('a duty or a comparison with last year stays', () => {
    expect(zh('去年出台的办法明确，各区要在两个月内完成排查。')).toHaveLength(1);
    expect(zh('到2026年底，全市投诉总量要比上年下降20%以上。')).toHaveLength(1);
  });
  it('a count built to date is no target', () => {
    expect(zh('目前，全县已建成村级物流站点260余个，快递进村覆盖率超过95%。')).toEqual([]);
  });
});

describe("people's views and words, whatever their modals", () => {
  it("unnamed people's worries and views are reported, not asked", () => {
    expect(zh('推行预约挂号以后，有患者担心医院会取消现场号，或者让老人在门口排长队。')).toEqual([]);
    expect(zh('也有市民提出，公园不光要“建”，还要“管”。')).toEqual([]);
  });
  it('…but everyone (所有人) is no such voice', () => {
    expect(zh('所有人都要遵守交通规则，任何人不得闯红灯。')).toHaveLength(1);
  });
  it('a person of the people named after a quotation closing the sentence before', () => {
    expect(
      paragraphs([
        '“一开始谁都不愿意让。”退休工人老马在巷子里住了40年，他说：“楼道是大家的，谁也不能乱堆杂物，规矩必须立起来。”',
      ]),
    ).toEqual([]);
  });
  it("a head teacher's words are his own", () => {
    expect(zh('一位班主任说：“学校应当把午休时间还给学生，不能再排补习。”')).toEqual([]);
  });
});

describe('a modal word in a state, a comparison, a judgement or a title', () => {
  it('is no duty', () => {
    expect(zh('高原飞行对发动机性能要求很高。')).toEqual([]);
    expect(zh('一些地方考核表格数量多、要求多，有的村干部一周要填七八张表。')).toEqual([]);
    expect(zh('比如，旧电池应该投进哪个箱子，不少居民还拿不准。')).toEqual([]);
    expect(zh('一条步道的人流量，远比设计时估计的要大。')).toEqual([]);
    expect(zh('农民是土地流转的参与者，更应该是流转收益的分享者。')).toEqual([]);
    expect(zh('元代王祯在《农桑要略》中记载：“人力不及，则借水火。”')).toEqual([]);
    expect(zh('前人早就看到，粮食是民生之本，也是安邦之要。')).toEqual([]);
  });
  it('a duty beside it stays', () => {
    expect(zh('各地要比照省里的标准，加快完成改造。')).toHaveLength(1);
    expect(zh('申请人应当是在本市注册的企业。')).toHaveLength(1);
  });
});

describe("where a thing's key or base lies", () => {
  it('is a judgement, not a duty', () => {
    expect(zh('推行林长制，关键在压实责任。')).toEqual([]);
    expect(zh('推进乡村治理现代化，基础在村庄，难点也在村庄。')).toEqual([]);
  });
  it('关键在于 + an act stays an emphasis, and a modal after it a duty', () => {
    expect(zh('推进数字化转型，关键在于降低企业转型成本。')).toEqual([
      ['emphasis', '推进数字化转型，关键在于降低企业转型成本。'],
    ]);
    expect(zh('推行林长制，关键在基层，各县要配齐专职人员。')).toHaveLength(1);
  });
});

describe("a meeting's lead", () => {
  it('tells what the meeting took up, no duty', () => {
    expect(
      zh('本台消息：省长王某5月8日主持召开省政府常务会议，研究加快推进城市更新有关举措，部署进一步做好防汛工作。'),
    ).toEqual([]);
  });
  it('an instruction told in it stays', () => {
    expect(zh('省长王某主持召开省政府常务会议并强调，各地要切实做好防汛工作。')).toHaveLength(1);
  });
});
