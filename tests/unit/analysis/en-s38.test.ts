/**
 * English pages, session 38 (dev set 38: gov.uk, whitehouse.gov, english.gov.cn): what is told, not asked, also when a
 * date goes with it — a proposal's conditional ("would be required to … within 12 months"), a forecast of a figure's
 * course ("is expected to grow … by 2030"), an event forecast dated by "during the year", a rule in force told as
 * background with an adverb inside its perfect, a duty that may not apply ("may not need to"), a bare "to" standing for
 * an act told elsewhere, a writing said to set out what is required, a wish put as "every …, …, should be able to";
 * and a rule restated by a news report, "…, according to the measures."; a ban's lead-in ("you must not:") passing its
 * category to its items; "a must", the noun; a target dated "by the same year". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { en, one } from './helpers';

/** The directives of consecutive blocks (a lead-in paragraph, then its list items), as [category, text] pairs. */
const marks2 = (blocks: (string | { kind: 'paragraph' | 'listItem'; text: string })[]) =>
  findDirectives(plainArticle(blocks, 'en')).map((d) => [d.category, d.text]);

describe('English pages (s38): told, not asked, whatever its date', () => {
  it("a proposal's conditional sets no duty and its deadline no target", () => {
    expect(
      en('Under the draft rule, landlords would be required to install a smoke alarm on every floor within 6 months.'),
    ).toEqual([]);
    expect(en('Under the bill, sellers would have to verify the age of every buyer by 1 January 2027.')).toEqual([]);
  });

  it("a forecast of a figure's course is no target, whatever its date", () => {
    expect(en('Demand for heat pumps is expected to grow more than threefold by 2030.')).toEqual([]);
    expect(en('The number of registered carers is projected to exceed 2 million by the end of 2028.')).toEqual([]);
  });

  it('an event forecast dated by the year it falls in is no duty', () => {
    expect(en('The council is expected to start work on a further 40 crossings during the year.')).toEqual([]);
    expect(en('The first plants are expected to begin production within the year.')).toEqual([]);
  });

  it('"is expected to" of those who act, with a period of their own, stays a duty', () => {
    const a = 'Inspectors are expected to visit every site in the first 6 months after the deadline.';
    expect(en(a)).toEqual(one('obligation', a));
  });

  it('a rule in force told as background, an adverb inside its perfect, sets none', () => {
    expect(en('Since 1 March, councils have also been required to publish their parking income.')).toEqual([]);
  });

  it('a duty that may not apply is no ban', () => {
    expect(en('If you were vaccinated in the UK, you may not need to take the second test.')).toEqual([]);
  });

  it('a bare "to" standing for an act told elsewhere sets no duty', () => {
    expect(en('You could be fined up to £5,000 if you do not register when you are required to.')).toEqual([]);
  });

  it('a lead-in that ends with "required to:" keeps its duty', () => {
    const a = 'From April, operators will be required to:';
    expect(en(a)).toEqual(one('obligation', a));
  });

  it('a writing said to set out what is required sets none', () => {
    expect(
      en('This statement sets out the allocations for 2027 and what I now require of the councils and their partners.'),
    ).toEqual([]);
  });

  it('"every …, …, should be able to" and "the help it needs to …" are a wish', () => {
    expect(en('Every farm, however remote, should be able to get the advice it needs to cut its emissions.')).toEqual(
      [],
    );
  });
});

describe('English pages (s38): a rule restated by a news report', () => {
  it('"…, according to the measures." passes on the document\'s duty', () => {
    const a = 'Local governments should extend the opening hours of public libraries, according to the measures.';
    expect(en(a)).toEqual(one('obligation', a));
    const b = 'By the end of 2026, charging stations should cover every township, according to the measures.';
    expect(en(b)).toEqual(one('target', b));
  });

  it('"according to" a body stays hearsay', () => {
    expect(en('Local governments should extend the opening hours of libraries, according to the ministry.')).toEqual(
      [],
    );
  });
});

describe('English pages (s38): structure and dates', () => {
  it('the items under "you must not:" are the acts it bans', () => {
    const lead = 'While you are self-isolating, you must not:';
    const item = 'go to work, school or public areas';
    expect(marks2([lead, { kind: 'listItem', text: item }])).toEqual([
      ['prohibition', lead],
      ['prohibition', item],
    ]);
  });

  it('"a must", the noun, is no duty', () => {
    expect(en('For coastal towns on the east coast, a new seawall is a must.')).toEqual([]);
  });

  it('"by the same year" after a modal dates a target', () => {
    const a = 'The capacity of offshore wind should exceed 50 gigawatts by the same year.';
    expect(en(a)).toEqual(one('target', a));
  });
});

describe('English pages (s38, round 2)', () => {
  it('"find out whether" as one of the acts a modal lists keeps the duty', () => {
    const a =
      'Tenants should also register for flood warnings, and find out whether their insurance covers storm damage.';
    expect(en(a)).toEqual(one('obligation', a));
  });

  it('"Find out …" opening a lede stays no duty', () => {
    expect(en('Find out what you must do if you keep bees, and how to register your hives.')).toEqual([]);
  });

  it('a past regretted or told with "never" is no ban', () => {
    expect(en('This is about the people who should never have had a gun in the first place.')).toEqual([]);
    expect(en('He bought it from a man who asked no questions and never had to run a background check.')).toEqual([]);
  });
});
