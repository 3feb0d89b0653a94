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
