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

describe('the bodies an act is done with, after the modal: "要会同…等部门，…"', () => {
  it('are an adverbial: the act is the next clause', () => {
    expect(core('obligation', '各区要会同城市管理、市场监管等部门，开展占道经营专项整治，限期整改到位。')).toEqual([
      '开展占道经营专项整治',
    ]);
  });
  it('a verb after them in the same clause is the act', () => {
    expect(core('obligation', '各区要会同有关部门加强指导，确保整改到位。')).toEqual(['会同有关部门加强指导']);
  });
});
