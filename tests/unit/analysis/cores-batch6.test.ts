/**
 * Core classes the sixth blind batch showed, with sentences written for this test (not taken from
 * any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe("English: a meeting's call", () => {
  it('its object is the core, with or without a "to"', () => {
    expect(core('obligation', 'The meeting urged efforts to simplify permits for small food stalls.', 'en')).toEqual([
      'efforts to simplify permits for small food stalls',
    ]);
    expect(core('obligation', 'The session called for closer checks on school canteens.', 'en')).toEqual([
      'closer checks on school canteens',
    ]);
  });
});

describe("English: an order's policy clause", () => {
  it('the core starts at its "to"', () => {
    expect(
      core('target', 'It is the policy of the Federal Government to decide every permit within 9 months.', 'en'),
    ).toEqual(['to decide every permit within 9 months']);
  });
});

describe('English: an act quoted after its governing verb', () => {
  it('the core is the quoted act, without its quotes', () => {
    expect(
      core('obligation', 'The code requires shops to "display prices in pounds", and that is welcome.', 'en'),
    ).toEqual(['display prices in pounds']);
  });
});

describe('Chinese: a paragraph of speech in quotation marks', () => {
  it('is the directive itself: its clauses are cored as without the quotes; a quoted rule name is not speech', () => {
    expect(core('obligation', '“各乡镇要加强巡查，把隐患排查放在首位。”')).toEqual(['加强巡查']);
    expect(core('prohibition', '“三不准”必须严格执行。')).toEqual(['严格执行']);
  });
});

describe('English: a channel set between commas after the verb', () => {
  it('"publish, on a public website, a list …" skips the aside', () => {
    expect(
      core('obligation', 'Each agency shall post, on its public website, a list of open consultations.', 'en'),
    ).toEqual(['shall post', 'a list of open consultations']);
  });
});

describe('English: a list of "the" noun phrases after a comma', () => {
  it('runs to the stop; a subject with "the" and a modal still starts a clause', () => {
    expect(
      core(
        'obligation',
        'The notice must state the date of the visit, the name of the officer who attends and the reason for it.',
        'en',
      ),
    ).toEqual(['must state the date of the visit, the name of the officer who attends and the reason for it']);
    expect(
      core('obligation', 'Within 30 days, the head of each department and agency shall name a contact officer.', 'en'),
    ).toEqual(['Within 30 days', 'shall name a contact officer']);
  });
});
