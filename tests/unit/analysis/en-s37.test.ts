/**
 * English pages, session 37 (dev set 37: gov.uk, whitehouse.gov): what is told, not asked — a ban named as a noun or
 * proposed elsewhere ("backed a ban on …", "proposals to ban …"), an estimate reported ("X estimates that …"), a
 * penalty told in the future ("will be charged £160"), a definition ("the term “…” means …"), a possibility ("can
 * require"), a guide's "what X, Y and Z must do", a noun opening before a modal ("Support might include …"), the curly
 * apostrophe of "don’t have to"; targets dated by a season and its year ("by summer 2027"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core, en, one } from './helpers';

describe('English pages (s37): a ban named, not set', () => {
  it('the noun "ban" and a ban proposed or legislated elsewhere set none', () => {
    expect(en('Most respondents backed a ban on plastic cotton buds and on polystyrene trays.')).toEqual([]);
    expect(en('The ban will cost retailers around £4 million a year in the first years.')).toEqual([]);
    expect(en('Paper trays used for fresh fish will be exempt from the ban.')).toEqual([]);
    expect(en('In 2021 we consulted on proposals to ban the sale of disposable vapes in England.')).toEqual([]);
    expect(en('Northern Ireland has already legislated to ban many of these products.')).toEqual([]);
  });

  it('a document that bans, and "ban X from -ing", stay bans', () => {
    const a = 'The regulation also bans shops from selling energy drinks to children under 16.';
    expect(en(a)).toEqual(one('prohibition', a));
    const b = 'The order bans the burning of household waste in gardens.';
    expect(en(b)).toEqual(one('prohibition', b));
  });
});

describe('English pages (s37): told, not asked', () => {
  it('an estimate reported is a forecast, whatever its modal or date', () => {
    expect(
      en('The Department of Transport estimates that the country will need to double its charging points by 2030.'),
    ).toEqual([]);
    expect(en('Our impact assessment estimates that the levy will cost firms around £3 million a year.')).toEqual([]);
  });

  it('a penalty told in the future is a consequence, no target', () => {
    expect(en('A landlord who is fined twice within 2 years will be charged £500 for each later breach.')).toEqual([]);
  });

  it('a definition is no duty', () => {
    expect(
      en('(b) The term “eligible facility” means any plant that requires a permit from more than one agency.'),
    ).toEqual([]);
  });

  it('"can require" with no "to" tells a possibility', () => {
    expect(en('Today a single bridge can require separate permits from as many as 9 offices.')).toEqual([]);
  });

  it('a guide said to set out what a list of bodies must do sets no duty', () => {
    expect(
      en(
        'It does not replace the code, which sets out in full what landlords, letting agents and local councils must do.',
      ),
    ).toEqual([]);
  });

  it('a noun opening before a modal is no imperative', () => {
    expect(en('Support might include a weekly call, a mentor, or a referral to a debt adviser.')).toEqual([]);
    const s = 'Support the pupil with a weekly call from a named mentor.';
    expect(en(s)).toEqual(one('obligation', s));
  });

  it('"don’t have to" with a curly apostrophe spares a need, as with a straight one', () => {
    expect(en('You don’t have to apply for anything to get the discount — it’s automatic.')).toEqual([]);
  });
});

describe('English pages (s37): a season and its year date a "will"', () => {
  it('"We will publish … by summer 2027" is a target', () => {
    const s = 'We will publish guidance for retailers by summer 2027.';
    expect(en(s)).toEqual(one('target', s));
  });
});

describe('English pages (s37): a school term dates a target', () => {
  it('"by the start of the autumn term 2027" is a deadline', () => {
    const s =
      'The Secretary of State expects every council to have a support team in place by the start of the autumn term 2027.';
    expect(en(s)).toEqual(one('target', s));
  });
});

describe('English cores (s37)', () => {
  it("a document's call for a gerund is cored as the gerund's phrase", () => {
    expect(core('obligation', 'It also calls for stepping up the protection of small farms.', 'en')).toEqual([
      'stepping up the protection of small farms',
    ]);
  });

  it('the comma between two adjectives after "a" does not end the act; a clause after a noun\'s comma still does', () => {
    expect(
      core('obligation', 'Councils must keep a single, searchable register of every licence they grant.', 'en'),
    ).toEqual(['must keep a single, searchable register of every licence they grant']);
    expect(
      core('target', 'As a reminder, federal contractors will need to be fully trained by November 22nd.', 'en'),
    ).toEqual(['will need to be fully trained by November 22nd']);
  });

  it('initials with their stops ("U.S.C.") do not end the act', () => {
    expect(
      core(
        'target',
        'The Council shall post each schedule on the Dashboard maintained under 42 U.S.C. 4370m-2(b) within 14 days.',
        'en',
      ),
    ).toEqual(['shall post each schedule on the Dashboard maintained under 42 U.S.C. 4370m-2(b) within 14 days']);
  });
});
