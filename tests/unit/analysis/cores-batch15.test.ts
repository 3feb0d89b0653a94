/**
 * The core classes the blind batch 15 showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English: the serial comma before a list’s last item ends no verb phrase', () => {
  it('a list of verbs: "review, amend, or withdraw …"', () => {
    expect(
      core(
        'obligation',
        'The Secretary shall review, amend, or withdraw any guidance that conflicts with this order.',
        'en',
      ),
    ).toEqual(['shall review, amend, or withdraw any guidance that conflicts with this order']);
  });
  it('a list of nouns: "…, staffing levels, and response times …"', () => {
    expect(
      core(
        'obligation',
        'Each agency shall report its budgets, staffing levels, and response times to the Director.',
        'en',
      ),
    ).toEqual(['shall report its budgets, staffing levels, and response times to the Director']);
  });
  it('a second act after the comma still ends it', () => {
    expect(
      core('obligation', 'The Secretary shall review the rules, and shall report to the President.', 'en'),
    ).toEqual(['shall review the rules']);
  });
});

describe('English: an expectation put to the duty-holders: "expects every … to …"', () => {
  it('the act asked is the core, after its date', () => {
    expect(
      core(
        'target',
        'By 1 June 2027, the department expects every registered gym to have a trained first aider on duty.',
        'en',
      ),
    ).toEqual(['By 1 June 2027', 'have a trained first aider on duty']);
  });
});
