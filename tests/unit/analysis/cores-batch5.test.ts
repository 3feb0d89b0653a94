/**
 * Core classes the fifth blind batch showed, with sentences written for this test (not taken from
 * any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = 'zh') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));

describe('English: the commas of a list', () => {
  it('do not end the act ("…, B and C")', () => {
    expect(
      core('obligation', 'Councils should open libraries, sports halls and youth centres on Sundays.', 'en'),
    ).toEqual(['should open libraries, sports halls and youth centres on Sundays']);
  });

  it('a clause after the comma still ends it (", and …", ", whether or not …", a subject with "the")', () => {
    expect(
      core('obligation', 'Shops must take back old batteries, whether or not the customer buys anything.', 'en'),
    ).toEqual(['must take back old batteries']);
    expect(
      core('obligation', 'Within 30 days, the head of each department and agency shall name a contact officer.', 'en'),
    ).toEqual(['Within 30 days', 'shall name a contact officer']);
  });
});
