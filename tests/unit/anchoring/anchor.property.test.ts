import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorQuote, maxErrorsFor } from '@/utils/anchoring/anchor';
import { CONTEXT_LENGTH, describeOffsets } from '@/utils/anchoring/describe';
import { editDistance } from '@/utils/anchoring/distance';
import { alignAt, approxSearchIn, hasApproxMatch } from '@/utils/anchoring/search';
import approxSearch from 'approx-string-match';

/** Realistic mix: common CJK characters, Latin letters, digits, punctuation, spaces. */
const CHARS = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFG0123456789',
  ...'，。、；：？！“”《》（）—…,.;:?!()- ',
];
const char = fc.constantFrom(...CHARS);
const pageText = (min: number, max: number) => fc.string({ unit: char, minLength: min, maxLength: max });

/** Plain O(n·m) Levenshtein, independent of the implementation under test. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

type Edit = { kind: 'sub' | 'ins' | 'del'; at: number; ch: string };
const edit = fc.record({
  kind: fc.constantFrom('sub' as const, 'ins' as const, 'del' as const),
  at: fc.nat(),
  ch: char,
});

/** Apply an edit at a position chosen inside `allowed` ranges; returns the new text. */
function applyEdit(text: string, e: Edit, at: number): string {
  if (e.kind === 'ins') return text.slice(0, at) + e.ch + text.slice(at);
  if (e.kind === 'del') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + e.ch + text.slice(at + 1);
}

/** Apply edits at positions taken modulo the current length (anywhere in the string). */
function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((t, e) => applyEdit(t, e, t.length ? e.at % t.length : 0), text);
}

describe('anchoring properties', () => {
  it('(a) describe then anchor returns the same range', () => {
    fc.assert(
      fc.property(pageText(1, 400), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const sel = describeOffsets(text, start, end)!;
        expect(anchorQuote(text, sel)).toEqual({ start, end, method: 'position', errors: 0 });

        // Without the position, the quote is still found, and exactly there when it is unique.
        const found = anchorQuote(text, { quote: sel.quote })!;
        expect(text.slice(found.start, found.end)).toBe(sel.quote.exact);
        if (countOccurrences(text, sel.quote.exact) === 1) expect(found.start).toBe(start);
      }),
      { numRuns: 200 },
    );
  });

  it('(b) edits away from the quote and its context do not lose it', () => {
    fc.assert(
      fc.property(
        pageText(80, 600),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (original, a, length, edits) => {
          const start = a % (original.length - 1);
          const end = Math.min(original.length, start + length);
          const sel = describeOffsets(original, start, end)!;
          let text = original;
          let quoteStart = start;
          const guard = CONTEXT_LENGTH + 1;
          for (const e of edits) {
            const quoteEnd = quoteStart + (end - start);
            // Positions outside [quoteStart - guard, quoteEnd + guard).
            const before = Math.max(0, quoteStart - guard);
            const after = Math.max(0, text.length - (quoteEnd + guard));
            if (before + after === 0) continue;
            const pick = e.at % (before + after);
            const at = pick < before ? pick : quoteEnd + guard + (pick - before);
            if (e.kind !== 'ins' && at >= text.length) continue;
            text = applyEdit(text, e, at);
            if (at < quoteStart) quoteStart += e.kind === 'ins' ? 1 : e.kind === 'del' ? -1 : 0;
          }
          expect(text.slice(quoteStart, quoteStart + (end - start))).toBe(sel.quote.exact);

          const found = anchorQuote(text, sel)!;
          expect(found).not.toBeNull();
          expect(text.slice(found.start, found.end)).toBe(sel.quote.exact);
          const withContext = sel.quote.prefix + sel.quote.exact + sel.quote.suffix;
          if (countOccurrences(text, withContext) === 1) expect(found.start).toBe(quoteStart);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('(c) a result never differs from the quote by more than the allowed errors', () => {
    fc.assert(
      fc.property(
        pageText(20, 500),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        fc.array(edit, { maxLength: 30 }),
        (original, a, length, edits) => {
          const start = a % (original.length - 1);
          const end = Math.min(original.length, start + length);
          const sel = describeOffsets(original, start, end)!;
          // Edits anywhere: inside the quote, in its context, elsewhere.
          let text = original;
          for (const e of edits) {
            if (text.length === 0) break;
            text = applyEdit(text, e, e.at % (text.length + (e.kind === 'ins' ? 1 : 0)));
          }
          const found = anchorQuote(text, sel);
          if (!found) return;
          const actual = text.slice(found.start, found.end);
          const distance = levenshtein(actual, sel.quote.exact);
          expect(distance).toBeLessThanOrEqual(maxErrorsFor(sel.quote.exact.length));
          expect(found.errors).toBe(distance);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('(c′) unrelated quotes against unrelated text obey the same bound', () => {
    fc.assert(
      fc.property(
        pageText(0, 300),
        pageText(1, 50),
        pageText(0, 32),
        pageText(0, 32),
        fc.nat(400),
        (text, exact, prefix, suffix, hint) => {
          const found = anchorQuote(text, {
            quote: { exact, prefix, suffix },
            position: { start: hint, end: hint + exact.length },
          });
          if (!found) return;
          const distance = levenshtein(text.slice(found.start, found.end), exact);
          expect(distance).toBeLessThanOrEqual(maxErrorsFor(exact.length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('edits inside a quote with intact context are found near the original place', () => {
    fc.assert(
      fc.property(
        pageText(100, 600),
        fc.nat(),
        fc.integer({ min: 16, max: 80 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (original, a, length, edits) => {
          const start = a % (original.length - 1);
          const end = Math.min(original.length, start + length);
          fc.pre(end - start >= 16);
          const sel = describeOffsets(original, start, end)!;
          let quote = sel.quote.exact;
          for (const e of edits) quote = applyEdit(quote, e, 1 + (e.at % (quote.length - 2)));
          const text = original.slice(0, start) + quote + original.slice(end);
          const found = anchorQuote(text, sel)!;
          expect(found).not.toBeNull();
          // Boundaries may shift by the edits themselves (an alignment can absorb an edge edit).
          expect(Math.abs(found.start - start)).toBeLessThanOrEqual(edits.length);
          expect(Math.abs(found.end - (start + quote.length))).toBeLessThanOrEqual(edits.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('editDistance (bit-parallel) agrees with plain Levenshtein, across block boundaries', () => {
    fc.assert(
      fc.property(pageText(0, 110), pageText(0, 110), (x, y) => {
        expect(editDistance(x, y)).toBe(levenshtein(x, y));
      }),
      { numRuns: 300 },
    );
  });

  it('editDistance agrees with Levenshtein on near-equal long strings (few-letter alphabet)', () => {
    const small = fc.string({ unit: fc.constantFrom('统', '战', 'a', 'b'), minLength: 30, maxLength: 160 });
    fc.assert(
      fc.property(small, fc.array(edit, { maxLength: 12 }), (x, edits) => {
        const y = applyEdits(x, edits);
        expect(editDistance(x, y)).toBe(levenshtein(x, y));
      }),
      { numRuns: 200 },
    );
  });

  /**
   * approxSearchIn reports the same match ends and error counts as approx-string-match; its
   * starts come from an alignment anchored at the end, so each range is exactly `errors` away
   * from the pattern, and no longer range ending there is as close.
   */
  function expectSameMatchesAsLibrary(text: string, from: number, to: number, pattern: string, k: number): void {
    const library = approxSearch(text.slice(from, to), pattern, k);
    const ours = approxSearchIn(text, from, to, pattern, k);
    expect(ours.map((m) => [m.end, m.errors])).toEqual(library.map((m) => [m.end + from, m.errors]));
    for (const m of ours) {
      expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
      const earliest = Math.max(from, m.end - pattern.length - m.errors);
      for (let s = earliest; s < m.start; s++) {
        expect(levenshtein(text.slice(s, m.end), pattern)).toBeGreaterThan(m.errors);
      }
    }
  }

  it('approxSearchIn agrees with approx-string-match (short patterns, any text)', () => {
    fc.assert(
      fc.property(pageText(0, 200), pageText(1, 40), fc.nat(), fc.nat(), fc.nat(12), (text, pattern, a, b, k) => {
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expectSameMatchesAsLibrary(text, from, to, pattern, k);
      }),
      { numRuns: 300 },
    );
  });

  it('approxSearchIn agrees with approx-string-match for long patterns (several blocks) with real matches', () => {
    const small = fc.string({ unit: fc.constantFrom('统', '战', '线', 'a', 'b', '，'), minLength: 40, maxLength: 400 });
    fc.assert(
      fc.property(
        small,
        fc.nat(),
        fc.integer({ min: 33, max: 140 }),
        fc.array(edit, { maxLength: 20 }),
        fc.nat(60),
        (text, at, length, edits, k) => {
          const from = at % Math.max(1, text.length - 33);
          const pattern = applyEdits(text.slice(from, from + length), edits) || 'x';
          expectSameMatchesAsLibrary(text, 0, text.length, pattern, k);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('alignAt gives the closest alignment that starts (or ends) at the given edge, longest among equals', () => {
    fc.assert(
      fc.property(pageText(0, 60), pageText(1, 40), fc.boolean(), (text, pattern, fromStart) => {
        const { length, errors } = alignAt(text, 0, text.length, pattern, fromStart ? 'start' : 'end');
        const piece = (n: number) => (fromStart ? text.slice(0, n) : text.slice(text.length - n));
        expect(levenshtein(piece(length), pattern)).toBe(errors);
        for (let n = 0; n <= text.length; n++) {
          const d = levenshtein(piece(n), pattern);
          expect(d).toBeGreaterThanOrEqual(errors);
          if (n > length) expect(d).toBeGreaterThan(errors);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('hasApproxMatch says yes exactly when the search finds a match, across its chunks', () => {
    const small = fc.string({ unit: fc.constantFrom('统', '战', '线', 'a'), minLength: 0, maxLength: 20_000 });
    fc.assert(
      fc.property(small, pageText(1, 12), fc.nat(4), (text, pattern, k) => {
        expect(hasApproxMatch(text, 0, text.length, pattern, k)).toBe(
          approxSearchIn(text, 0, text.length, pattern, k).length > 0,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('hasApproxMatch finds a match that straddles two of its chunks', () => {
    for (const at of [8180, 8189, 8192, 16_380]) {
      const text = 'x'.repeat(at) + '统一站线工作' + 'y'.repeat(200);
      expect(hasApproxMatch(text, 0, text.length, '统一战线工作', 1)).toBe(true);
      expect(hasApproxMatch(text, 0, text.length, '统一战线工作', 0)).toBe(false);
    }
  });
});
