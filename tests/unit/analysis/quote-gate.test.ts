import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasQuoteMark, quoteOpenAfter } from '@/utils/analysis/quote-span';
import { isWholeQuotation, isWholeQuotationEn } from '@/utils/analysis/quote-speaker';

/**
 * analyzeBlock skips the quotation reading of a block without a quotation mark (hasQuoteMark): every sentence of such
 * a block must leave a closed quotation closed and be no whole quotation, as reading it would have found.
 */
describe('the quotation gate of a block (hasQuoteMark)', () => {
  const pieces = ['“', '”', '"', '‘', '’', "'", '「', '」', '要加强', '。', 'He said', ' ', '，', 'must', '.'];
  it('skips only blocks whose every part reads as no quotation', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), { maxLength: 5 }), (parts) => {
        const sentences = parts.map((p) => p.join(''));
        const block = sentences.join('');
        if (hasQuoteMark(block)) return;
        let open = false;
        for (const s of sentences) {
          open = quoteOpenAfter(s, open);
          expect(open).toBe(false);
          expect(isWholeQuotation(s)).toBe(false);
          expect(isWholeQuotationEn(s)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('sees each mark that quoteOpenAfter reads', () => {
    for (const mark of ['“', '”', '"']) expect(hasQuoteMark(`他说${mark}要加强`)).toBe(true);
    expect(hasQuoteMark('各地要加强‘领导’。')).toBe(false);
  });
});
