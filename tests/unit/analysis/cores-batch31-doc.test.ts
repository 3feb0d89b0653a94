/**
 * The cores of session 31's Chinese document classes (CORES.md), with sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe("a dated target's further goals", () => {
  it('are left out after a first goal that is a count or a state to build', () => {
    expect(core('target', '到2027年底，全市累计新增完成改造2000户以上，改造小区覆盖率达到50%以上。')).toEqual([
      '到2027年底',
      '累计新增完成改造2000户以上',
    ]);
    expect(core('target', '到2026年，每个街道至少建成1个养老服务中心，服务覆盖率达到80%以上。')).toEqual([
      '到2026年',
      '至少建成1个养老服务中心',
    ]);
  });
  it('stay after a first goal that reaches a level', () => {
    expect(core('target', '到2027年，全市生活垃圾回收利用率达到40%以上，分类覆盖率达到95%以上。')).toEqual([
      '到2027年',
      '达到40%以上',
      '达到95%以上',
    ]);
  });
});
