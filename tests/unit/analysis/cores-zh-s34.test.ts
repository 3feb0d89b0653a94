/**
 * Chinese core classes of session 34, each with sentences written for this test, not taken from any page.
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
