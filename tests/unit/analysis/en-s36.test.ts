/**
 * English pages, session 36 (dev set 36: gov.uk, whitehouse.gov): what is told, not asked — a finding reported ("data
 * show that …", "a survey found that …"), a forecast told in the passive or by a sum ("are expected to be sent …",
 * "is expected to raise £2 billion"); a wish ("every … should be able to"), a requirement named by what it is for ("the skills that the job requires"); cores: an aside between commas inside the act (a preference, a base, an alternative,
 * what goes with the act, a long "including …"), a memorandum's "is hereby authorized and directed to". Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { core, en, one } from './helpers';

describe('English pages (s36): told, not asked', () => {
  it('a finding reported is no duty nor deadline', () => {
    expect(
      en('Figures published by the regulator show that most complaints are closed within 8 weeks of being made.'),
    ).toEqual([]);
    expect(en('A 2024 survey of tenants found that one in three repairs was finished within 30 days.')).toEqual([]);
    // the duty beside a figure still counts
    const s = 'Landlords must finish urgent repairs within 24 hours.';
    expect(en(s)).toEqual(one('obligation', s));
  });

  it('a forecast in the passive or by a sum is no duty of its subject', () => {
    expect(en('The first grants are expected to be paid from March 2027.')).toEqual([]);
    expect(en('The levy is expected to raise about £900 million a year for councils to spend on repairs.')).toEqual([]);
    // those who are expected to act keep their duty
    const s = 'Councils are expected to publish their first repair plans by 30 June 2027.';
    expect(en(s).map((d) => d[1])).toEqual([s]);
  });
});

describe('English pages (s36): wishes and requirements named, not set', () => {
  it('"every … should be able to" is a wish, whoever "every" names', () => {
    expect(
      en('Every veteran who served overseas should be able to find a job that uses the skills the military taught.'),
    ).toEqual([]);
    // a standard its provider has to meet keeps its duty
    const s = 'Counter staff should be able to tell a customer the unit price of any item.';
    expect(en(s)).toEqual(one('obligation', s));
  });

  it('"requires" with its object gone ahead of it sets no duty', () => {
    expect(en('Apprentices learn the skills that the new plant requires.')).toEqual([]);
    const s = 'The regulation requires every plant to train its apprentices.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('English pages (s36): told, not asked (2)', () => {
  it('two bare "will"s of a plan told are no duty', () => {
    expect(en('The minister will visit Leeds on Monday and will meet apprentices at a training centre.')).toEqual([]);
    // one "will" with its date still counts
    const s = 'By 2030, the fund will support 3,000 new apprenticeships.';
    expect(en(s).map((d) => d[1])).toEqual([s]);
  });

  it('a duty not imposed is no duty', () => {
    expect(en('We will not require small charities to publish their pay gap figures.')).toEqual([]);
    const s = 'Agencies shall not require applicants to submit the same document twice.';
    expect(en(s)).toEqual(one('prohibition', s));
  });

  it('a duty inside a relative clause whose noun went ahead is named, not set', () => {
    expect(en('The adviser will walk you through any further action you need to take.')).toEqual([]);
  });
});

describe('English cores (s36)', () => {
  it('an aside between commas inside the act is skipped and what follows kept', () => {
    expect(
      core(
        'obligation',
        'Each council shall appoint a housing adviser, preferably a qualified surveyor, within 3 months of the date of this order.',
        'en',
      ),
    ).toEqual(['shall appoint a housing adviser', 'within 3 months of the date of this order']);
    expect(
      core(
        'obligation',
        'Each trust shall reduce, relative to 2024 levels, the number of patients waiting more than a year.',
        'en',
      ),
    ).toEqual(['shall reduce', 'the number of patients waiting more than a year']);
    expect(
      core(
        'obligation',
        'Schools must assess reading, rather than relying on teacher reports alone, at the end of year 2.',
        'en',
      ),
    ).toEqual(['must assess reading', 'at the end of year 2']);
    expect(
      core(
        'obligation',
        'Operators must publish every planned closure on their website, with a map and a diversion route, at least 14 days in advance.',
        'en',
      ),
    ).toEqual(['must publish every planned closure on their website', 'at least 14 days in advance']);
    expect(
      core(
        'obligation',
        'Agencies must finish all required reviews, including those under the Clean Water Act and the Coastal Zone Management Act, concurrently with the permit decision.',
        'en',
      ),
    ).toEqual(['must finish all required reviews', 'concurrently with the permit decision']);
  });

  it('"is hereby authorized and directed to" is the modal, not its subject', () => {
    expect(
      core(
        'obligation',
        'The Secretary of Labor is hereby authorized and directed to publish this memorandum in the Federal Register.',
        'en',
      ),
    ).toEqual(['is hereby authorized and directed to publish this memorandum in the Federal Register']);
  });

  it('an order put to a serial list of addressees keeps its head and "to V"', () => {
    expect(
      core(
        'obligation',
        'I call upon governors, mayors, and county and city officials to open every cooling center during the heat wave.',
        'en',
      ),
    ).toEqual(['call upon', 'to open every cooling center during the heat wave']);
    expect(
      core(
        'obligation',
        'The Order directs the Secretary of Labor, the Secretary of Education, and the Administrator of the Small Business Administration to publish a joint apprenticeship plan.',
        'en',
      ),
    ).toEqual(['directs', 'to publish a joint apprenticeship plan']);
  });
});
