/**
 * Chinese false marks the dev set of session 39 showed (precision: a report of a requirement read as one), each class
 * with sentences written for this test, not taken from any page; and the directives of the same shapes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { zh } from './helpers';

describe('an account given to the reporter, "…告诉记者，…", is no instruction passed on', () => {
  it("an official's or an officer's plans told to the reporter are his account", () => {
    expect(zh('该团政委王志刚告诉记者，团里今年要把夜间训练每周至少组织2次，让官兵在复杂条件下练本领。')).toEqual([]);
    expect(zh('某县一位负责人告诉记者，县里要在9月底前把安置房全部交付到户，眼下最急的是缺少施工队伍。')).toEqual([]);
    expect(zh('副县长李明告诉记者，明年全县要再新建农村公路200公里，改造危房3000户。')).toEqual([]);
    expect(zh('市教育局局长赵平对记者说，今年要把课后服务覆盖到全部义务教育学校。')).toEqual([]);
  });
  it("the same official's words passed on as said, 强调/要求/表示, stay directives", () => {
    expect(zh('该团政委王志刚强调，各营连要把夜间训练每周至少组织2次，让官兵在复杂条件下练本领。')).toEqual([
      ['obligation', '该团政委王志刚强调，各营连要把夜间训练每周至少组织2次，让官兵在复杂条件下练本领。'],
    ]);
    expect(zh('市教育局局长赵平表示，各学校要把课后服务覆盖到全部学生。')).toEqual([
      ['obligation', '市教育局局长赵平表示，各学校要把课后服务覆盖到全部学生。'],
    ]);
  });
});

describe('a case told of an office left unnamed, "某县…局在…中，要求…", is what it did', () => {
  it("a 通报's typical problems are no duties, whatever they imposed", () => {
    expect(zh('某县住建局在推进老旧小区改造项目中，要求各社区每天报送施工照片，一个月累计下发报表40张。')).toEqual([]);
    expect(zh('安徽省某区卫健委在开展医疗机构检查过程中，要求各卫生院每周上报台账不少于5份，台账须盖公章。')).toEqual(
      [],
    );
    expect(zh('山东省某街道为应付上级检查，突击抽调网格员80余人次，要求社区干部连夜整理资料。')).toEqual([]);
  });
  it('an office named, or a leader in it, stays a directive', () => {
    expect(zh('县住建局要求各社区每天报送施工进度，确保月底前完成改造。')).toEqual([
      ['obligation', '县住建局要求各社区每天报送施工进度，确保月底前完成改造。'],
    ]);
    expect(zh('某街道党工委书记赵某表示，街道要把共享停车经验推广到辖区所有老旧小区。')).toEqual([
      ['obligation', '某街道党工委书记赵某表示，街道要把共享停车经验推广到辖区所有老旧小区。'],
    ]);
  });
});

describe('what was done, told with its figures: a look back or a tally', () => {
  it('a sentence opening with 近年来/以来 and no modal reports figures reached', () => {
    expect(zh('近年来，我市持续深化审批改革，项目审批时间压缩至30个工作日以内，办电时间压缩至5个工作日以内。')).toEqual(
      [],
    );
  });
  it('a modal after the look back keeps the duty', () => {
    const s = '近年来，我市审批改革取得明显成效，各区要在年底前把审批时间压缩至30个工作日以内。';
    expect(zh(s)).toEqual([['target', s]]);
    const t = '近年来，各地探索了不少好做法，各地必须把这些做法总结推广。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
  it("a year's checks counted, with the 责令 of its cases, is a tally", () => {
    expect(zh('2023年，全省市场监管部门共检查餐饮单位12.5万家次，责令整改3600家次，立案查处违法案件800余件。')).toEqual(
      [],
    );
    expect(zh('对检查中发现的问题，要责令整改到位。')).toEqual([
      ['obligation', '对检查中发现的问题，要责令整改到位。'],
    ]);
  });
});

describe("a view of the speaker's own, or a saying of the past recalled", () => {
  it('"我认为" opens a view, also when it weighs what matters', () => {
    expect(zh('答：我认为，关键在于把工作做在日常。')).toEqual([]);
  });
  it("a leader of the past cited is the argument's source", () => {
    expect(zh('邓小平同志说过：“学习是应该经常坚持的，不学习就会落后；工作是应该认真对待的。”')).toEqual([]);
  });
});

describe('a document\'s contents named, "《规定》列出了…禁止行为", is a summary', () => {
  it('what a document lists or sets, named, is no rule', () => {
    expect(zh('《办法》专门列出了评审中的6种禁止行为。')).toEqual([]);
    expect(zh('《实施方案》同时划定了不得参加评比的五类单位。')).toEqual([]);
  });
  it('a colon that opens the list keeps its rule', () => {
    const s = '《通知》还设定了整改时限：各银行应于2027年3月31日前完成自查整改。';
    expect(zh(s)).toEqual([['target', s]]);
  });
});
