/**
 * Chinese core classes of session 34 (s34-meta, s34-zhprec: the dev set 39 showed them), each with sentences written
 * for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a duty or target with no modal that opens its act with its addressee (各地… / 其他成员单位…)', () => {
  it('各地 after a deadline: the deadline, then the act without the addressee', () =>
    expect(core('target', '4月15日前，各地全面开展汛前隐患排查；排查期间，每周报送进展。')).toEqual([
      '4月15日前',
      '全面开展汛前隐患排查',
    ]));
  it('各省级…部门 before 将: the act from 将', () =>
    expect(core('target', '6月30日前，各省级住房城乡建设部门将整改情况报送我部。')).toEqual([
      '6月30日前',
      '将整改情况报送我部',
    ]));
  it('各省（自治区、直辖市）', () =>
    expect(core('target', '到2027年底，各省（自治区、直辖市）全面建立老旧小区改造项目库。')).toEqual([
      '到2027年底',
      '全面建立老旧小区改造项目库',
    ]));
  it('the remaining members', () =>
    expect(core('obligation', '其他成员单位按照职责分工配合做好有关工作。')).toEqual(['按照职责分工配合做好有关工作']));
  it('not a place word that only starts with one (各市场主体)', () =>
    expect(core('obligation', '各市场主体完成年度报告公示。')).toEqual(['各市场主体完成年度报告公示']));
});

describe('供需 is supply and demand, no modal 需', () => {
  it('a dated target naming the supply-demand analysis', () =>
    expect(core('target', '3月底前，完成全市蔬菜供需形势研判。')).toEqual(['3月底前', '完成全市蔬菜供需形势研判']));
});

describe('the base a change is measured from belongs to the goal (较2020年下降…)', () => {
  it('a dated target: the goal from its base', () =>
    expect(core('target', '到2028年，全市万元产值用水量较2023年下降12%，节水器具普及率明显提高。')).toEqual([
      '到2028年',
      '较2023年下降12%',
    ]));
  it('a year-end base', () =>
    expect(core('target', '到2027年，小微企业贷款余额较2024年末增长25%以上。')).toEqual([
      '到2027年',
      '较2024年末增长25%以上',
    ]));
  it('no base: the goal verb on, as before', () =>
    expect(core('target', '到2028年，全市万元产值用水量下降12%。')).toEqual(['到2028年', '下降12%']));
});

describe('坚决不 is one marker, as 坚决禁止 (决不 does not start inside 坚决)', () => {
  it('the second ban keeps 坚决', () =>
    expect(core('prohibition', '严禁向企业摊派费用，坚决不搞层层加码。')).toEqual([
      '严禁向企业摊派费用',
      '坚决不搞层层加码',
    ]));
});

describe('a time limit in a later clause, after an earlier modal act: the first act is the core', () => {
  it('the limit of a follow-up report', () =>
    expect(core('target', '各区要建立汛期值班制度，发现险情要在30分钟内向区防指报告，不得瞒报。')).toEqual([
      '建立汛期值班制度',
    ]));
  it('no figures of the follow-up are taken as further goals (下达后30日内)', () =>
    expect(core('target', '各地要加强资金调度，原则上资金应在计划下达后30日内拨付到位。')).toEqual(['加强资金调度']));
  it('a limit in the modal’s own clause stays the target’s', () =>
    expect(core('target', '各级指挥员须在48小时内完成复盘。')).toEqual(['在48小时内完成复盘']));
  it('a date in a later clause is not a limit: cored as before', () =>
    expect(core('target', '各区要加强统筹，6月底前完成全部改造任务。')).toEqual(['6月底前完成全部改造任务']));
});

describe('nouns holding a modal character are no modal', () => {
  it('供需 (supply and demand) before the modal, or inside the act', () => {
    expect(core('obligation', '对供需矛盾突出的县区，要提前组织跨区域调剂。')).toEqual(['提前组织跨区域调剂']);
    expect(core('target', '（一）3月15日前，完成全市蔬菜供需形势研判。')).toEqual([
      '3月15日前',
      '完成全市蔬菜供需形势研判',
    ]);
  });
  it('应纳税 (a taxable sum) inside the act', () => {
    expect(core('obligation', '落实好小微企业年应纳税所得额减半征收等政策，确保应享尽享。')).toEqual([
      '落实好小微企业年应纳税所得额减半征收等政策',
    ]);
  });
});

describe('verbs that start with 对 are the act, not 对 + a topic', () => {
  it('"要对标…，" and "要对接…" are cored as the act', () => {
    expect(core('obligation', '要对标先进地区经验做法，逐项完善服务流程。')).toEqual(['对标先进地区经验做法']);
    expect(core('obligation', '技工院校要对接企业用工需求动态调整培训项目，企业要积极提供实训岗位。')).toEqual([
      '对接企业用工需求动态调整培训项目',
    ]);
  });
  it('对 + a topic is still skipped', () => {
    expect(core('obligation', '对排查发现的隐患，要建立台账限期整改。')).toEqual(['建立台账限期整改']);
  });
});

describe('an according-to adverbial closed by the facts it is fitted to is skipped', () => {
  it('"要根据…情况，" / "应当根据…状况和…习惯，"', () => {
    expect(core('obligation', '各乡镇要根据辖区留守老人分布情况，合理设置助餐点。')).toEqual(['合理设置助餐点']);
    expect(core('obligation', '养老机构应当根据老年人的健康状况和生活习惯，制定个性化照护方案。')).toEqual([
      '制定个性化照护方案',
    ]);
  });
});

describe("a dated target's goal", () => {
  it('keeps the baseline it is measured against, "较2020年下降…" / "比上年增长…"', () => {
    expect(core('target', '到2027年，全市单位地区生产总值能耗较2022年下降14%。')).toEqual([
      '到2027年',
      '较2022年下降14%',
    ]);
    expect(core('target', '到2026年底，全县农村居民人均可支配收入比上年增长8%以上。')).toEqual([
      '到2026年底',
      '比上年增长8%以上',
    ]);
  });
  it('a state with its verb bare yields to a goal with its figure, "…全面提升，…达到90%以上"', () => {
    expect(core('target', '到2027年，全市社区卫生服务能力全面提升，家庭医生签约率达到75%以上。')).toEqual([
      '到2027年',
      '达到75%以上',
    ]);
  });
  it('leaves out the addressee after the deadline, "3月10日前，各地全面启动…" / "各省级…部门将…报送…"', () => {
    expect(core('target', '（二）4月15日前，各地全面启动春季农资打假专项行动。')).toEqual([
      '4月15日前',
      '全面启动春季农资打假专项行动',
    ]);
    expect(core('target', '（三）6月30日前，各市级生态环境部门将排查整治情况报送省厅。')).toEqual([
      '6月30日前',
      '将排查整治情况报送省厅',
    ]);
  });
});

describe('an office named as a list item\'s label, "6.市教育局：负责…"', () => {
  it('is the subject: the act starts at 负责', () => {
    expect(core('obligation', '3.市卫生健康委：负责组织医疗救治力量，汛期实行24小时应急值守。')).toEqual([
      '负责组织医疗救治力量',
    ]);
  });
});

describe('a ban whose adverb holds 决不', () => {
  it('"坚决不搞…" is kept whole, not cut into 决不搞', () => {
    expect(core('prohibition', '严禁对已清理的收费项目变相收费，坚决不搞“一刀切”式关停。')).toEqual([
      '严禁对已清理的收费项目变相收费',
      '坚决不搞“一刀切”式关停',
    ]);
  });
});
