import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockLanguage } from '@/utils/analysis/directives';

/** The rule blockLanguage implements, counted over all its first 400 characters. */
function reference(text: string, fallback: 'zh' | 'en'): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (const ch of text.slice(0, 400)) {
    if (/[\u3400-\u9fff]/.test(ch)) cjk++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  if (cjk === 0 && latin === 0) return fallback;
  return cjk * 3 >= latin ? 'zh' : 'en';
}

describe('blockLanguage', () => {
  it('answers as the count over the first 400 characters, however early it stops counting', () => {
    const piece = fc.constantFrom('要', '加强', 'a', 'shall ', 'X', ' ', '，', '1', '。', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 500 }), fc.constantFrom('zh' as const, 'en' as const), (parts, fb) => {
        const text = parts.join('');
        expect(blockLanguage(text, fb)).toBe(reference(text, fb));
      }),
      { numRuns: 3000 },
    );
  });

  it('is decided by the balance of the whole window, even when it tips late', () => {
    // 100 CJK then 300 letters: 300 ≤ 3 × 100, Chinese; 99 and 301, English; past 400 characters nothing counts
    expect(blockLanguage('要'.repeat(100) + 'a'.repeat(300))).toBe('zh');
    expect(blockLanguage('要'.repeat(99) + 'a'.repeat(301))).toBe('en');
    expect(blockLanguage('a'.repeat(390) + '要'.repeat(200))).toBe('en');
  });
});
