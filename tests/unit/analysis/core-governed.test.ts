import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coreRules, type CoreLang } from '@/utils/analysis/core-compiled';
import { blockLanguage } from '@/utils/analysis/directives';
import { segmentSentences } from '@/utils/analysis/segment';
import { detectArticle } from '@/utils/article/detect';
import { fixturePages, loadGold, loadPage } from '../article/helpers';

const CATEGORIES = ['obligation', 'prohibition', 'target', 'emphasis'];

/** The leftmost governing phrase of `category` in `text`, trying the phrases one by one (the earlier on a tie). */
function oneByOne(lang: CoreLang, category: string, text: string) {
  let best: { pos: number; end: number; head: number | null } | null = null;
  for (const g of coreRules(lang).rules.governed) {
    if (!g.categories.includes(category)) continue;
    g.pattern.lastIndex = 0;
    const m = g.pattern.exec(text);
    if (!m || (best && best.pos <= m.index)) continue;
    best = { pos: m.index, end: m.index + m[0].length, head: g.keepHead ? (m[1] as string).length : null };
  }
  return best;
}

/** The same through the joined searches (core-act.ts governedAct's way). */
function joined(lang: CoreLang, category: string, text: string) {
  let best: { pos: number; end: number; head: number | null; order: number } | null = null;
  for (const search of coreRules(lang).governedFor(category)) {
    search.pattern.lastIndex = 0;
    const m = search.pattern.exec(text);
    if (!m) continue;
    const g = search.phrases.find((p) => m[p.group] !== undefined)!;
    if (best && (best.pos < m.index || (best.pos === m.index && best.order < g.order))) continue;
    const head = g.keepHead ? (m[g.head] as string).length : null;
    best = { pos: m.index, end: m.index + m[0].length, head, order: g.order };
  }
  return best && { pos: best.pos, end: best.end, head: best.head };
}

const FRAGMENTS: Record<CoreLang, string[]> = {
  en: [
    'The meeting urged ',
    'the plan also called for ',
    'It called for ',
    'requires ',
    'asks councils ',
    'calls on agencies ',
    ' to ',
    'to publish ',
    'the ',
    'prohibits ',
    'firms ',
    ' from ',
    'It is the policy of the United States ',
    'The goal is to ',
    'Our objective is for all homes ',
    'aims to ',
    ', ',
    'how ',
    'Requires ',
    'MEETING URGED ',
  ],
  zh: [
    '各级人民政府',
    '主管部门',
    '负责',
    '负责人',
    '办公室',
    '将',
    '把',
    '燃气安全',
    '纳入',
    '列入',
    '作为',
    '局',
    '，',
    '。',
  ],
};

describe('governing phrases joined into one search per category', () => {
  it('find what trying them one by one finds, in every fixture sentence', () => {
    let hits = 0;
    for (const page of fixturePages().filter((p) => loadGold(p).article !== null)) {
      const article = detectArticle(loadPage(page), loadGold(page).url)!;
      for (const b of article.blocks) {
        const lang = blockLanguage(b.text);
        for (const u of segmentSentences(b.text)) {
          const s = b.text.slice(u.start, u.end);
          for (const category of CATEGORIES) {
            const expected = oneByOne(lang, category, s);
            if (expected) hits++;
            expect(joined(lang, category, s), s).toEqual(expected);
          }
        }
      }
    }
    expect(hits).toBeGreaterThan(50);
  }, 60_000);

  it.each(['en', 'zh'] as const)('find what trying them one by one finds, in random %s text', (lang) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS[lang]), { maxLength: 14 }),
        fc.constantFrom(...CATEGORIES),
        (parts, category) => {
          const text = parts.join('');
          expect(joined(lang, category, text), text).toEqual(oneByOne(lang, category, text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('join only phrases of the same flags, each category its own', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const category of CATEGORIES) {
        const searches = coreRules(lang).governedFor(category);
        const listed = coreRules(lang).rules.governed.filter((g) => g.categories.includes(category));
        expect(searches.flatMap((s) => s.phrases)).toHaveLength(listed.length);
        expect(new Set(searches.map((s) => s.pattern.flags)).size).toBe(searches.length);
      }
  });
});
