/**
 * Chinese core classes of session 36 (s36-zh: the dev set 36 showed them), each with sentences written
 * for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a dated target whose first goal is full coverage (实现…全覆盖) is cored by it alone, as one with a figure', () => {
  it('the indicator after it stays out', () =>
    expect(core('target', '到2028年，实现村级卫生室标准化建设全覆盖，乡村医生持证率达到85%以上。')).toEqual([
      '到2028年',
      '实现村级卫生室标准化建设全覆盖',
    ]));
  it('a goal without figure or coverage still keeps its further indicator', () =>
    expect(core('target', '到2028年，完成村级卫生室标准化改造，乡村医生持证率达到85%以上。')).toEqual([
      '到2028年',
      '完成村级卫生室标准化改造',
      '达到85%以上',
    ]));
});

describe('原则上 right before the act is an adverb of it, kept in the core (not before a modal or a ban marker)', () => {
  it('a ceiling with no modal', () =>
    expect(core('target', '每户改造补助资金原则上不超过5000元。')).toEqual(['原则上不超过5000元']));
  it('a time limit with no modal, cored as a target', () =>
    expect(core('target', '验收合格后，原则上在2个月内完成资金拨付。')).toEqual(['原则上在2个月内完成资金拨付']));
  it('before a modal it stays out with the modal', () =>
    expect(core('obligation', '新建小区原则上应当配建社区养老服务用房。')).toEqual(['配建社区养老服务用房']));
  it('before a ban marker it stays out', () =>
    expect(core('prohibition', '公办幼儿园原则上不得收取赞助费。')).toEqual(['不得收取赞助费']));
});

describe('a role named right after a ban marker (严禁【学校】组织…) is its agent: out of the core, the marker a span of its own', () => {
  it('a bare role', () =>
    expect(core('prohibition', '严禁教师在课堂上推销教辅资料。')).toEqual(['严禁', '在课堂上推销教辅资料']));
  it('a role with its modifier', () =>
    expect(core('prohibition', '严禁托育机构擅自扩大招收规模。')).toEqual(['严禁', '擅自扩大招收规模']));
  it('a noun after the role is no act: the phrase stays whole', () =>
    expect(core('prohibition', '严禁学校食堂采购过期食材。')).toEqual(['严禁学校食堂采购过期食材']));
  it('a kind put by a negation is what the ban is about', () =>
    expect(core('prohibition', '严禁无资质机构承接校车运营业务。')).toEqual(['严禁无资质机构承接校车运营业务']));
});

describe('力争 is no part of a core (0 of 28 gold cores): after 要, and after a short subject before a goal', () => {
  it('要力争 + a deadline and its act', () =>
    expect(core('target', '今年新增的改造资金要力争在10月底前全部拨付到位。')).toEqual([
      '今年',
      '在10月底前全部拨付到位',
    ]));
  it('a deadline clause, then subject + 力争 + a count verb', () =>
    expect(core('target', '到2026年底，全市力争新建社区嵌入式托育点50个以上。')).toEqual([
      '到2026年底',
      '新建社区嵌入式托育点50个以上',
    ]));
});
