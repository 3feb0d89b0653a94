/**
 * Chinese core classes of session 35 (s35-zhprec: the dev set 43 showed them), each with sentences written
 * for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a clause after a modal that ends in a duration or a level is the act, no topic or place (…1小时 / 在…以上)', () => {
  it('a duration: 不少于2小时 is no "when" clause', () =>
    expect(core('obligation', '幼儿园要保证幼儿每天户外活动时间不少于2小时，不得以室内课程替代。')).toEqual([
      '保证幼儿每天户外活动时间不少于2小时',
    ]));
  it('a level reached in hours', () =>
    expect(core('obligation', '通知要求，中学生每天运动时间应达到1小时，周末可适当延长。')).toEqual(['达到1小时']));
  it('a level 在…以上 is no locative 在…上', () =>
    expect(core('obligation', '参赛选手年龄须在16周岁以上，身体健康。')).toEqual(['在16周岁以上']));
  it('a locative still closes its frame (在…基础上，)', () =>
    expect(core('obligation', '要在现有工作基础上，进一步完善服务网络。')).toEqual(['进一步完善服务网络']));
});

describe('在…内， after a modal is a time frame closed by its comma: the act is the next clause', () => {
  it('a period named, not counted', () =>
    expect(core('obligation', '申请人应当在规定的期限内，向所在地税务机关提交补充材料。')).toEqual([
      '向所在地税务机关提交补充材料',
    ]));
  it('a time limit with its verb in the same clause stays whole', () =>
    expect(core('obligation', '申请人应当在10个工作日内提交补充材料。')).toEqual(['在10个工作日内提交补充材料']));
});

describe('a ground followed by the act it grounds (按规定【清理规范】) is a verb phrase, though it ends on 规范', () => {
  it('the ground and its act are the core', () =>
    expect(core('obligation', '对各类考核评比事项，要按规定清理规范，不得随意增加基层负担。')).toEqual([
      '按规定清理规范',
    ]));
  it('a ground alone (按照…行为规范，) is still skipped', () =>
    expect(core('obligation', '要按照行业行为规范，加强从业人员管理。')).toEqual(['加强从业人员管理']));
});

describe('a ban on anyone (禁止任何单位和个人…): the act starts after them, as after an addressee', () => {
  it('禁止 + 任何单位和个人', () =>
    expect(core('prohibition', '禁止任何单位和个人在河道管理范围内倾倒垃圾。')).toEqual([
      '禁止',
      '在河道管理范围内倾倒垃圾',
    ]));
  it('严禁 + 任何人', () =>
    expect(core('prohibition', '严禁任何人以任何名义向学生推销教辅材料。')).toEqual([
      '严禁',
      '以任何名义向学生推销教辅材料',
    ]));
});

describe('坚决 before 杜绝 is an adverb left out, as 一律 before 不得 (over all golds 4 of 6 cores leave it out)', () => {
  it('杜绝 without 坚决', () =>
    expect(core('prohibition', '坚决杜绝虚报冒领补贴资金。')).toEqual(['杜绝虚报冒领补贴资金']));
});

describe('a figure in the subject of a dated goal (…10万—50万元的群体比例达到80%): the goal is the verb with its own figure', () => {
  it('a range in the subject', () =>
    expect(core('target', '到2030年，年收入10万—50万元的家庭占比达到60%，基本公共服务实现均等化。')).toEqual([
      '到2030年',
      '达到60%',
    ]));
  it('an age in the subject', () =>
    expect(core('target', '到2027年，每千人口拥有3岁以下婴幼儿托位数达到5个。')).toEqual(['到2027年', '达到5个']));
});

describe("a point's numbering after a frame (《方案》要求，一是…) is left out of the core", () => {
  it('一是 after the frame', () =>
    expect(core('obligation', '在就业方面，《意见》要求，一是稳定重点群体就业，二是加强职业技能培训。')).toEqual([
      '稳定重点群体就业',
    ]));
});
