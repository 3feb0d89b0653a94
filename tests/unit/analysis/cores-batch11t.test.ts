/**
 * Core classes the blind batch 11T showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import { deadlineOf } from '@/utils/analysis/deadlines';
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

describe('"by the end of this year": a deadline told from the article\'s year', () => {
  it('a fronted one is in a target\'s core, as "by the end of 2027" is', () => {
    expect(
      core(
        'target',
        'Second, by the end of next year, every water company will publish a leak map for each town it serves.',
        'en',
      ),
    ).toEqual(['by the end of next year', 'will publish a leak map for each town it serves']);
  });
  it("is due at the end of the article's year, or of the next", () => {
    const at = (t: string) => deadlineOf(t, { start: 0, end: t.length }, 'en', '2026-04-02T10:00:00+01:00');
    expect(at('Councils must publish their plans by the end of this year.')).toMatchObject({
      text: 'by the end of this year',
      due: '2026-12-31',
      basis: 'article-date',
    });
    expect(at('Every school should have a defibrillator by the end of next year.')).toMatchObject({
      due: '2027-12-31',
      basis: 'article-date',
    });
    const t = 'Every school should have a defibrillator by the end of next year.';
    expect(deadlineOf(t, { start: 0, end: t.length }, 'en', null)).toMatchObject({ due: null, basis: 'unresolved' });
  });
});
