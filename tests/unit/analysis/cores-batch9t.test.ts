/**
 * Core classes the blind batch 9T showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = 'zh') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));

describe("a dated target's further goals", () => {
  it('after its first goal, a next step of the plan (培育 / 新增 / 提高到 …) stays out', () => {
    expect(core('target', '到2028年，全市快递进村覆盖率达到95%以上，新建乡镇物流站300个。')).toEqual([
      '到2028年',
      '达到95%以上',
    ]);
    expect(core('target', '到2027年底，全省累计建成充电桩8万个，公交电动化率提高到90%以上。')).toEqual([
      '到2027年底',
      '累计建成充电桩8万个',
    ]);
  });
  it('an indicator reaching its level stays in', () => {
    expect(core('target', '到2028年，全市快递进村覆盖率达到95%以上，冷链流通率超过60%。')).toEqual([
      '到2028年',
      '达到95%以上',
      '超过60%',
    ]);
  });
  it('a target without a date keeps every goal, and a deadline with no goal of its own takes the next', () => {
    expect(core('target', '力争培育30家以上链主企业，建成10个以上特色产业园。')).toEqual([
      '培育30家以上链主企业',
      '建成10个以上特色产业园',
    ]);
    expect(core('target', '到2027年春季学期，每所中学开设不少于2门劳动课程。')).toEqual([
      '到2027年春季学期',
      '不少于2门劳动课程',
    ]);
  });
});
