/**
 * Core classes the blind batch 11T showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { deadlineOf } from '@/utils/analysis/deadlines';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { core } from './helpers';

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

describe('a time limit in minutes: "在发生后30分钟内"', () => {
  const t = '发生火情后，值守人员须在15分钟内到达现场处置，2小时内书面报告。';
  it('is a deadline: the sentence is a target cored on its first deadline and act', () => {
    expect(findDirectives(plainArticle([t], 'zh')).map((d) => d.category)).toEqual(['target']);
    expect(core('target', t)).toEqual(['在15分钟内到达现场处置']);
  });
  it('has no calendar day', () => {
    expect(deadlineOf(t, { start: 0, end: t.length }, 'zh', '2026-04-02T10:00:00+08:00')).toMatchObject({
      text: '在15分钟内',
      due: null,
      basis: 'unresolved',
    });
  });
  it('a duration that bounds nothing is none: "步行只需10分钟"', () => {
    const s = '从社区到卫生院步行只需10分钟。';
    expect(deadlineOf(s, { start: 0, end: s.length }, 'zh', null)).toBeNull();
  });
});
