/**
 * English pages, session 40 (fixtures + dev55): a forecast's figure and date, a need wished away or made small, the
 * speaker's inverted "neither should we", a measure named by the ban it made, a voice's view in the present, and an
 * office's word passed on as "has told X that …"; an official's quotation run over paragraphs after "X said:". Sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { en, one } from './helpers';

describe('English: told, not asked', () => {
  it("a forecast's figure and date, whatever its clause after a comma says", () => {
    expect(
      en(
        'Rail freight is expected to reach about 15 percent of all cargo by 2035, which means another 3 million tonnes will move by rail.',
      ),
    ).toEqual([]);
    expect(
      en('Demand for heat pumps is forecast to double by 2030, and prices will fall as factories scale up.'),
    ).toEqual([]);
  });
  it('a state wished for, "no X in Y has to …"', () => {
    expect(en('We must make sure no family in this state has to choose between rent and food.')).toEqual([]);
    expect(en('Our goal is that no pupil in rural areas has to travel more than an hour.')).toEqual([]);
  });
  it('a need made small: "only / just needs to …"', () => {
    expect(en('Today the farmer only needs to press a button to water his fields.')).toEqual([]);
    expect(en('Now a resident just has to scan a code at the door.')).toEqual([]);
  });
  it('…while a duty with "only" before its subject stays one', () => {
    const t = 'Only registered dealers must keep the sales log for 3 years.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('the speaker\'s inverted rhetoric, "neither should we", "so must we"', () => {
    expect(en('The floods will not wait, and neither should we.')).toEqual([]);
    expect(en('Other countries have acted fast, and so must we.')).toEqual([]);
  });
  it('a measure named by the ban it made, in a relative clause', () => {
    expect(
      en(
        'The package includes licensing schemes, a register of operators, and the Fees Act, which banned most booking charges from 1 May 2021.',
      ),
    ).toEqual([]);
  });
  it('…while a ban set in the present stays one', () => {
    const t = 'The regulation bans operators from charging booking fees.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
  it('a voice\'s view in the present, "Some analysts argue that …"', () => {
    expect(en('Some analysts argue that the cap will have to be raised within a few years.')).toEqual([]);
    expect(en('Many researchers believe that councils should charge more for parking.')).toEqual([]);
  });
  it('…but "X who believe … must …" is a duty on X, not a view', () => {
    const t = 'Tenants who believe their deposit was not protected must write to the landlord first.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('English: an office\'s word passed on, "has told X that they must …"', () => {
  it('an authority telling those it binds: its words read as its rule', () => {
    const t =
      'The Ministry of Transport has told city governments that they must not approve new metro lines without a funding plan.';
    expect(en(t)).toEqual(one('prohibition', t));
    const u =
      'The commission told provincial regulators that they should publish the inspection results every quarter.';
    expect(en(u)).toEqual(one('obligation', u));
  });
  it('a voice telling the department what it must do: a view told', () => {
    expect(en('Several small retailers told the department that they must raise prices to cover the cost.')).toEqual(
      [],
    );
  });
});

describe('English: a quotation run over paragraphs after "X said:", each opening with “, only the last closing it', () => {
  const article = (paras: string[]) =>
    findDirectives(plainArticle(paras, 'en')).map((d) => [d.category, d.text] as const);
  const duty =
    '“Operators must show their licence number on every advert, so that buyers know who they are dealing with.”';
  it("a minister's closing paragraph is his words: a directive", () =>
    expect(
      article([
        'Trade Minister Alan Brooke said:',
        '“Most operators do the right thing, and they have nothing to fear from these rules.',
        duty,
      ]),
    ).toEqual([['obligation', duty]]));
  it('…and so is the one paragraph after his introduction', () =>
    expect(article(['Trade Minister Alan Brooke said:', duty])).toEqual([['obligation', duty]]));
  it("a private person's quotation stays his view", () =>
    expect(
      article([
        'Jane Hill, who runs a bakery in Leeds, said:',
        '“Most operators do the right thing, and the rest give us all a bad name.',
        '“Councils must cut the fees for small stalls, so that young traders can start out.”',
      ]),
    ).toEqual([]));
  it("the minister's quotation ends with its closing mark: a quoted paragraph after it is no one's", () =>
    expect(
      article([
        'Trade Minister Alan Brooke said:',
        '“Most operators do the right thing.”',
        'The rules follow a consultation last year.',
        duty,
      ]),
    ).toEqual([]));
});
