/**
 * English pages, session 39 (fixtures + dev39): an expectation put on a class of duty-holders or told of a thing, a
 * penalty's condition, a need denied by its noun, a page's pointer on a line of its own, a guide's step that opens
 * with "Work out", and an official's words named by a long setting or by a name met at a briefing. Sentences of our
 * own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { en, one } from './helpers';

const article = (paras: string[]) => findDirectives(plainArticle(paras, 'en')).map((d) => [d.category, d.text]);

describe('English: "is/are expected to" and "expects X to"', () => {
  it('told of a thing, a forecast', () => {
    expect(en('The new levy is expected to lower emissions from the sector.')).toEqual([]);
    expect(en('The reforms are expected to help thousands of small exporters.')).toEqual([]);
    expect(en('Storms are expected to keep getting stronger.')).toEqual([]);
  });
  it('put on a class of duty-holders, a duty', () => {
    const t = 'Licensing officers are expected to check every premises at least once.';
    expect(en(t)).toEqual(one('obligation', t));
    const u = 'Every provider is expected to publish its prices on its website.';
    expect(en(u)).toEqual(one('obligation', u));
  });
  it("the government's expectation of those it regulates, a duty; a forecaster's, none", () => {
    const t = 'The government expects landlords to return deposits promptly.';
    expect(en(t)).toEqual(one('obligation', t));
    const u = 'We expect shops and wholesalers to stop selling the old labels.';
    expect(en(u)).toEqual(one('obligation', u));
    expect(en('Analysts expect prices to fall in the spring.')).toEqual([]);
    expect(en('We expect the new board to meet in March.')).toEqual([]);
  });
});

describe('English: what a penalty follows and what a scheme spares', () => {
  it('the acts a fine follows, each "don\'t" of the condition\'s list, are no bans', () => {
    expect(
      en('If you don’t register, don’t keep records or don’t pay on time, you could be fined up to £1,000.'),
    ).toEqual([]);
    const t = 'If you feel unwell, don’t go to work.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
  it('"with no need to …" asks nothing', () => {
    expect(en('Eligible households will get the payment automatically, with no need to apply.')).toEqual([]);
  });
});

describe('English guidance: steps and pointers', () => {
  it('"Work out …" opens a step', () => {
    const t = 'Work out your total sales for the year, and how much you paid in fees.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('"Find out about …" on a line of its own, under a helpline\'s hours, is a pointer', () => {
    expect(en('Helpline\nTelephone: 0300 123 4567\nMonday to Friday, 9am to 5pm\nFind out about call charges')).toEqual(
      [],
    );
  });
});

describe("English news: an official's words after the quotation", () => {
  it('a setting longer than a press conference\'s: "said in a statement published with …"', () => {
    const t =
      '"Operators should report every breach to the regulator and keep a log of each one," an official with the ministry said in a statement published alongside the new rules on its website.';
    expect(article([t])).toEqual(one('obligation', t));
  });
  it('a name met at "told the briefing", back alone', () => {
    const t = '"Platforms must still verify the age of every user," Zhao said.';
    expect(
      article([
        'Zhao Min, a senior official with the ministry, told the briefing that the rules had been simplified.',
        t,
      ]),
    ).toEqual(one('obligation', t));
  });
});
