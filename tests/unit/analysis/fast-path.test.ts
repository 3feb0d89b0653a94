/**
 * findDirectives with the fast matcher against the straightforward path: the same analysis with
 * every rule table matched by one global alternation of its regexes (leftmost match, first listed
 * rule wins), the semantics rules.ts documents. Any shortcut of the matcher (first and second
 * characters, needed texts, literal steps) that skipped or added a match would show here as a
 * changed directive, category, score or core.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { findDirectives, plainArticle, type AnalyzableArticle, type Directive } from '@/utils/analysis/directives';

/** The reference matcher: the global alternation, as RuleMatcher's drop-in. */
class AlternationMatcher<R extends { pattern: string }> {
  private readonly re: RegExp;
  constructor(
    private readonly rules: readonly R[],
    options: { ignoreCase?: boolean } = {},
  ) {
    this.re = new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), options.ignoreCase ? 'gi' : 'g');
  }
  scan(text: string) {
    const out: { start: number; end: number; text: string; rule: R }[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      if (m[0] === '') {
        this.re.lastIndex++;
        continue;
      }
      const g = m.findIndex((x, i) => i > 0 && x !== undefined);
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule: this.rules[g - 1]! });
    }
    return out;
  }
  /** RuleMatcher.scanHits' form of the same matches (findDirectives reads it). */
  hitStart = new Int32Array(0);
  hitEnd = new Int32Array(0);
  hitEntry = new Int32Array(0);
  scanHits(text: string): number {
    const hits = this.scan(text);
    this.hitStart = Int32Array.from(hits, (h) => h.start);
    this.hitEnd = Int32Array.from(hits, (h) => h.end);
    this.hitEntry = Int32Array.from(hits, (h) => this.rules.indexOf(h.rule));
    return hits.length;
  }
  ruleAt(k: number): R {
    return this.rules[k]!;
  }
}

async function referenceFind(): Promise<(a: AnalyzableArticle) => Directive[]> {
  vi.resetModules();
  vi.doMock('@/utils/analysis/matcher', async (original) => ({
    ...(await original<typeof import('@/utils/analysis/matcher')>()),
    RuleMatcher: AlternationMatcher,
  }));
  try {
    const mod = await import('@/utils/analysis/directives');
    expect(mod.findDirectives).not.toBe(findDirectives); // really a second copy, on the reference
    return (a) => mod.findDirectives(a);
  } finally {
    vi.doUnmock('@/utils/analysis/matcher');
  }
}

/** Rule triggers of every kind (with their false friends) and plain text between them. */
const ZH_PIECES = [
  '各地区各部门要',
  '必须',
  '不得',
  '严禁',
  '禁止',
  '切实加强',
  '确保',
  '重要的是',
  '特别要注意',
  '到2025年底前',
  '6月底前',
  '力争',
  '覆盖率达到95%以上',
  '提高3个百分点',
  '在15个工作日内',
  '需要',
  '的需要',
  '要求',
  '会议要求',
  '重要',
  '要不要',
  '不要',
  '可以',
  '财政要',
  '一是',
  '二要',
  '（一）',
  '，',
  ',',
  '5',
  '。',
  '；',
  '：',
  '工作',
  '群众反映',
  '近年来',
  '据统计',
  '到',
  '6月',
  '底前',
  '一',
  '3.5',
  '％',
  '以内',
  '个',
];
const EN_PIECES = [
  'Agencies shall ',
  'must not ',
  'should ',
  'The Secretary ',
  'is prohibited from ',
  'within 30 days ',
  'by 31 March 2026',
  'at least 50 percent ',
  'It is particularly important ',
  'said ',
  'will ',
  'Register ',
  'If you have not, ',
  'report ',
  ', ',
  '. ',
  '; ',
];

describe('findDirectives: the fast matcher against the global alternation', () => {
  it('finds the same directives on random mixes of rule triggers and text (Chinese and English)', async () => {
    const reference = await referenceFind();
    const paragraph = fc.oneof(
      fc.array(fc.constantFrom(...ZH_PIECES), { minLength: 1, maxLength: 14 }).map((p) => p.join('')),
      fc.array(fc.constantFrom(...EN_PIECES), { minLength: 1, maxLength: 10 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.boolean(), (paragraphs, english) => {
        const article = plainArticle(paragraphs, english ? 'en' : 'zh-CN');
        expect(findDirectives(article)).toEqual(reference(article));
      }),
      { numRuns: 300 },
    );
  });
});
