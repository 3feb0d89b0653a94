/**
 * The Chinese recall classes session 32's dev set showed (gold directives the analysis did not mark), counted
 * over all golds, with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { one, zh } from './helpers';

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe('a fronted topic or condition before a bare act, "对符合条件的…，依法落实…"', () => {
  it('is a measure: the act opens the next clause', () => {
    for (const t of [
      '对纳入名录的家庭农场，按规定落实用地用电等扶持政策。',
      '对辖区内的老旧燃气管道，采取更换管材、加装阀门等方式分类改造。',
      '对全县1800余家小作坊开展专项整治，推行“明厨亮灶”管理。',
      '在确保通行安全的前提下，推广“错峰共享”停车模式。',
    ])
      expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a condition on a wrongdoer ("对…的，依法追究…") is not made one', () => {
    expect(zh('对玩忽职守造成重大损失的，依法依规追究相关人员责任。')).toEqual([]);
    expect(zh('对弄虚作假的施工企业，依法予以查处。')).toEqual([]);
  });
});

describe("a plan's bare task opened by 组织 + a verb, an adverb + a verb, or its frequency", () => {
  it('is a measure', () => {
    for (const t of [
      '组织编制农村公路养护技术指南，为各县提供统一标准。',
      '一是科学编制湿地保护规划。',
      '集中力量打好城区内涝治理攻坚战。',
      '每年组织养殖企业参加省内外重点展会不少于3场次。',
    ])
      expect(zh(t)).toEqual(one('obligation', t));
    expect(paragraphs(['各物业企业应当做好以下工作：', '（二）每周开展消防巡查，及时清理楼道堆物；'])).toEqual([
      ['obligation', '各物业企业应当做好以下工作：'],
      ['obligation', '（二）每周开展消防巡查，及时清理楼道堆物；'],
    ]);
  });
  it('a season named by 每年 is no task', () => {
    expect(zh('每年八九月，满山桂花竞相开放，吸引大批游客。')).toEqual([]);
  });
});

describe('a document named as requiring, "《…》要求，" before a bare act', () => {
  it('is its duty restated', () => {
    const t = '《决定》要求，提升乡村教师培训质量，健全教师交流轮岗机制。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('before a ban the sentence stays a prohibition', () => {
    const t = '《规定》要求，经营者不得以任何理由拒收现金。';
    expect(zh(t)).toEqual(one('prohibition', t));
  });
});

describe('a dated target whose goal is full coverage or a cumulative count', () => {
  it('is a target', () => {
    for (const t of [
      '到2029年，县乡村三级物流网络实现全面覆盖，基本满足群众寄递需求。',
      '到2027年底实现具备条件的行政村公共充电设施全覆盖。',
      '到2028年，全省累计培训家政服务人员不少于20万人次。',
    ])
      expect(zh(t)).toEqual(one('target', t));
  });
  it('full coverage as the manner of a dated duty leaves it an obligation', () => {
    const t = '各县要对辖区内自建房开展全覆盖排查，2026年9月底前完成首轮排查。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it("an office's own next step with a dated target is the target", () => {
    for (const t of [
      '下一步，该区将在全区推广这一做法，力争到2027年6月底实现老旧小区充电设施全覆盖。',
      '下一步，街道将联合物业企业对辖区楼道进行排查，年内完成200个楼道的消防设施改造。',
    ])
      expect(zh(t)).toEqual(one('target', t));
    // undated, it stays the office's own step
    expect(zh('下一步，市商务局将会同有关部门持续丰富夜间消费业态。')).toEqual([]);
  });
});

describe('a quotation standing as a sentence, its speaker named beside it in the paragraph', () => {
  const quote = '“各街道要在学校周边设置限速标志，到今年年底前，主要路口要实现电子抓拍全覆盖。”';
  it("is an official's duty when he is named before it", () => {
    expect(paragraphs([`市交通运输局副局长周明表示，全市将加强校园周边交通治理。${quote}他说，…`])).toContainEqual([
      'target',
      quote,
    ]);
    const duty = '“施工单位要把安全告知书送到每一户，做到应知尽知。”';
    expect(paragraphs([`区住建局副局长李强介绍，全区在建工地已全部建立巡查制度。${duty}他说。`])).toContainEqual([
      'obligation',
      duty,
    ]);
  });
  it("a business's head speaks for his firm, not as an office", () => {
    const words = '“要让顾客换得起、换得好，企业还需要在售后服务上多下功夫。”';
    expect(
      paragraphs([`一家家电企业销售负责人王芳介绍，今年置换订单明显增加。${words}王芳说。`]).map((d) => d[1]),
    ).not.toContain(words);
  });
});
