import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

const core = (category: DirectiveCategory, text: string) =>
  coresOf(text, { start: 0, end: text.length, category, lang: 'en' }).map((s) => text.slice(s.start, s.end));

describe('a serial list ends where a new subject with its own modal follows ", and"', () => {
  it('the list stays whole, the second clause is out', () =>
    expect(
      core(
        'obligation',
        'Auditors are directed to check the accounts for errors, omissions, and fraud, and councils must report any loss within 10 days.',
      ),
    ).toEqual(['are directed to check the accounts for errors, omissions, and fraud']));

  it('a serial list with no second clause is kept whole', () =>
    expect(core('obligation', 'Auditors must check the accounts for errors, omissions, and fraud.')).toEqual([
      'must check the accounts for errors, omissions, and fraud',
    ]));
});
