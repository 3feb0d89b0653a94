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
