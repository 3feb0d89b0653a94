/**
 * English pages, session 37 (dev set 37: gov.uk, whitehouse.gov): what is told, not asked — a ban named as a noun or
 * proposed elsewhere ("backed a ban on …", "proposals to ban …"), an estimate reported ("X estimates that …"), a
 * penalty told in the future ("will be charged £160"), a definition ("the term “…” means …"), a possibility ("can
 * require"), a guide's "what X, Y and Z must do", a noun opening before a modal ("Support might include …"), the curly
 * apostrophe of "don’t have to"; targets dated by a season and its year ("by summer 2027"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { en, one } from './helpers';

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
