/**
 * Core classes the blind batch 11T showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = 'zh') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));

describe('不要 is a ban of its own: every ban of the sentence is cored', () => {
  it('"切勿…，不要…" cores both', () => {
    expect(core('prohibition', '雷雨天气外出时，切勿在大树下避雨，不要使用手机通话。')).toEqual([
      '切勿在大树下避雨',
      '不要使用手机通话',
    ]);
  });
  it('"要不要" and "不要紧" are no ban', () => {
    expect(core('prohibition', '群众关心要不要排队，严禁插队加塞。')).toEqual(['严禁插队加塞']);
  });
});
