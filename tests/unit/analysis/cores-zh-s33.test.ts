/**
 * Chinese core classes of session 33, each with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a target whose deadline and goal a future marker parts (今年将…)', () => {
  it('the deadline alone, the goal from its verb without 将', () =>
    expect(core('target', '今年将新建城市口袋公园60个以上，新增绿道120公里。')).toEqual([
      '今年',
      '新建城市口袋公园60个以上',
    ]));
  it('a subject before 将 is left out too', () =>
    expect(core('target', '今年全区将新开工保障性住房项目8个，年底前全部完工。')).toEqual([
      '今年',
      '新开工保障性住房项目8个',
    ]));
  it('将会 before a goal verb', () =>
    expect(core('target', '明年将会完成全部老旧管网改造任务。')).toEqual(['明年', '完成全部老旧管网改造任务']));
  it('将 before an object stays in one span (于…前将…报送…)', () =>
    expect(core('target', '各区于6月30日前将整改情况报送市住房城乡建设局。')).toEqual([
      '于6月30日前将整改情况报送市住房城乡建设局',
    ]));
});

describe('a subject named right after a prohibition marker (严禁各地… / 严禁各类…机构…)', () => {
  it('各地: the marker, then the act without the subject', () =>
    expect(core('prohibition', '严禁各地以完善配套为由向开发企业收取额外费用。')).toEqual([
      '严禁',
      '以完善配套为由向开发企业收取额外费用',
    ]));
  it('各类…机构, in each of two bans', () =>
    expect(core('prohibition', '严禁各类培训机构虚假宣传，严禁各级部门指定培训机构。')).toEqual([
      '严禁',
      '虚假宣传',
      '严禁',
      '指定培训机构',
    ]));
  it('各种 opens the act: one span', () =>
    expect(core('prohibition', '严禁各种形式的乱收费行为。')).toEqual(['严禁各种形式的乱收费行为']));
});
