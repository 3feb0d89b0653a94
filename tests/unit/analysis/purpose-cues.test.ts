/**
 * A purpose cue (a rule row flagged `purpose`, 确保) is not the modal a measure's figures follow: the
 * flag on the row decides, not the row's pattern text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { ZH_RULES } from '@/utils/analysis/rules';

const SENTENCE = '各地要优化审批流程，确保审批时限压缩至30个工作日以内。';
const categoryOf = (find: typeof findDirectives, plain: typeof plainArticle) =>
  find(plain([SENTENCE]), { cores: false }).map((d) => d.category);

describe('purpose cues', () => {
  afterEach(() => vi.resetModules());

  it('确保 is flagged on its row (and 原则上, a qualifier of the act after an earlier modal)', () => {
    expect(ZH_RULES.filter((r) => r.purpose).map((r) => r.pattern.slice(0, 3))).toEqual(['确保', '原则上']);
  });

  it('a measure with figures after a purpose cue stays an obligation', () => {
    expect(categoryOf(findDirectives, plainArticle)).toEqual(['obligation']);
  });

  it('without the flag the same row makes the figures a target', async () => {
    vi.resetModules();
    const fresh = await import('@/utils/analysis/rules');
    for (const r of fresh.ZH_RULES) delete r.purpose;
    const d = await import('@/utils/analysis/directives');
    expect(categoryOf(d.findDirectives, d.plainArticle)).toEqual(['target']);
  });
});
