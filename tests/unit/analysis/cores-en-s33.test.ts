/**
 * English cores, session 33: a fact sheet's list item opening with its order verb in capitals, an addressee with
 * its office told "acting through …" or a deadline between commas, a date's comma inside a deadline aside, an
 * aside that names no time, and a requirement put as a "that" clause with a bare verb. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English cores (s33)', () => {
  it('a list item opening with "Directs" or "Requires" keeps its head, not the addressee', () => {
    expect(
      core(
        'obligation',
        'Directs the Secretary of Transportation to publish a list of unsafe bridges, which will guide future grants;',
        'en',
      ),
    ).toEqual(['Directs', 'to publish a list of unsafe bridges']);
    expect(core('obligation', 'Requires States to report each spill within 24 hours.', 'en')).toEqual([
      'report each spill within 24 hours',
    ]);
  });
  it('an addressee acting through an office, or given a deadline between commas, is skipped', () => {
    expect(
      core(
        'obligation',
        'The President is directing the Secretary of the Interior, acting through the Director of the Park Service, to repair every visitor center by 2027.',
        'en',
      ),
    ).toEqual(['is directing', 'to repair every visitor center by 2027']);
    expect(
      core(
        'obligation',
        'Directs the Administrator of the Small Business Administration, within 60 days of the order, to simplify loan forms.',
        'en',
      ),
    ).toEqual(['Directs', 'to simplify loan forms']);
  });
  it("a deadline aside after the modal keeps its date's comma", () => {
    expect(
      core(
        'target',
        'The Department of Energy will, by March 31, 2027, issue guidance on battery recycling for utilities.',
        'en',
      ),
    ).toEqual(['will, by March 31, 2027, issue guidance on battery recycling for utilities']);
  });
  it('an aside that names no time is skipped, a time aside kept', () => {
    expect(
      core(
        'obligation',
        'The report shall describe, for each region, the number of clinics that closed in the past year.',
        'en',
      ),
    ).toEqual(['shall describe', 'the number of clinics that closed in the past year']);
    expect(
      core(
        'obligation',
        'The Secretary shall fund, within existing appropriations, new training centers for nurses.',
        'en',
      ),
    ).toEqual(['shall fund', 'new training centers for nurses']);
    expect(core('obligation', 'The Board shall publish, within 30 days, a summary of its findings.', 'en')).toEqual([
      'shall publish, within 30 days, a summary of its findings',
    ]);
  });
  it('an "and" or "or" that opens a new clause or a list item is no aside', () => {
    expect(
      core(
        'prohibition',
        'Traders must not sell the affected stock, or any crates, tools or vehicles from that site.',
        'en',
      ),
    ).toEqual(['must not sell the affected stock']);
    expect(
      core(
        'obligation',
        'New schools must have a nurse on site, and that nurse must be trained, vetted and registered with the council.',
        'en',
      ),
    ).toEqual(['must have a nurse on site']);
    // an aside it still is: "review, and where appropriate revise, rules …"
    expect(
      core('obligation', 'Agencies shall review, and where appropriate revise, rules on grant reporting.', 'en'),
    ).toEqual(['shall review', 'rules on grant reporting']);
  });
  it("a target's fronted start date is cored ahead of its act, an obligation's is not", () => {
    expect(
      core('target', 'Starting from Mar 1, 2027, tap water in rural areas will be billed at the urban rate.', 'en'),
    ).toEqual(['Starting from Mar 1, 2027', 'will be billed at the urban rate']);
    expect(core('target', 'From October 2026, the fund will pay 60 per cent of each repair bill.', 'en')).toEqual([
      'From October 2026',
      'will pay 60 per cent of each repair bill',
    ]);
    expect(core('obligation', 'From 1 June 2026, landlords must register with the council.', 'en')).toEqual([
      'must register with the council',
    ]);
  });
  it('a requirement put as a "that" clause with a bare verb: the subject left out', () => {
    expect(
      core(
        'obligation',
        'The meeting required that pensions for retired rural teachers be raised before the end of the year.',
        'en',
      ),
    ).toEqual(['be raised before the end of the year']);
    expect(
      core('obligation', 'The new rule requires that online lenders disclose their annual interest rates.', 'en'),
    ).toEqual(['requires that', 'disclose their annual interest rates']);
    // "the report" is the subject, its noun no verb; a modal in the clause is the modal's
    expect(core('obligation', 'The law requires that the report be made public within 30 days.', 'en')).toEqual([
      'requires that',
      'be made public within 30 days',
    ]);
    expect(
      core('obligation', 'The order provides that the guidelines shall be reviewed every two years.', 'en'),
    ).toEqual(['shall be reviewed every two years']);
  });
});
