/**
 * English pages, session 34 (dev set 39): a fact sheet's call told of the principal ("The President calls on …",
 * "He urges …"), a principal's stance ("has been clear that no one should …"), a forecast dated by its year alone or
 * told as a trend, an expectation of someone else's act ("We expect the … Council to …"), a document said to hold the
 * standards, a banned thing named, a right's time limit told of anyone, a purpose clause's "so that you do not", a
 * post in an unnamed firm as a voice, and a lead-in's list ended by an item numbered as the lead-in is. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { core, en, one } from './helpers';

const page = (...paragraphs: string[]) =>
  findDirectives(plainArticle(paragraphs, 'en')).map((d) => [d.category, d.text]);

describe('English pages (s34)', () => {
  it("a fact sheet's call told of the principal in the present is a directive", () => {
    const calls = [
      'The President calls on Congress to fund the rural broadband program in full this year.',
      'The President is calling on every airline to refund cancelled tickets within seven days.',
      'He also urges state regulators to publish their inspection results online.',
    ];
    for (const s of calls) expect(en(s)).toEqual(one('obligation', s));
    // (a report of someone else's call in the past stays as it was)
    expect(en('She urged shoppers to keep their receipts.')).toEqual([]);
  });

  it("a principal's stance is no duty; a document's making clear stays one", () => {
    expect(en('The President has been clear that no family should lose its home over a medical bill.')).toEqual([]);
    expect(en('The Governor has made clear that state agencies must stop delaying road repairs.')).toEqual([]);
    expect(en('The Order makes clear that agencies shall not delay a permit for want of a signature.')).toEqual(
      one('prohibition', 'The Order makes clear that agencies shall not delay a permit for want of a signature.'),
    );
  });

  it('a forecast dated by its year, or told as a trend, is no duty', () => {
    expect(en('The new clinics are expected to begin seeing patients in 2027.')).toEqual([]);
    expect(en('Demand for the service rose sharply last year and is expected to keep rising.')).toEqual([]);
    expect(en('Operators are expected to submit their safety plans by 2027.')).toEqual(
      one('target', 'Operators are expected to submit their safety plans by 2027.'),
    );
  });

  it("a speaker's expectation of someone else's act is no target", () => {
    expect(en('We expect the Rules Council to publish its own guidance by March 3rd.')).toEqual([]);
    // (a government's expectation of those it regulates, dated, stays a target)
    expect(en('The government expects every stadium to register its defibrillators by 31 March 2027.')).toEqual(
      one('target', 'The government expects every stadium to register its defibrillators by 31 March 2027.'),
    );
  });

  it('a document said to set out the standards is no duty', () => {
    expect(
      en('The code, laid before Parliament in May, sets out the standards that all operators of the scheme must meet.'),
    ).toEqual([]);
    expect(en('Operators must meet the standards set out in the code.')).toEqual(
      one('obligation', 'Operators must meet the standards set out in the code.'),
    );
  });

  it('a banned thing named by its adjective is no ban', () => {
    expect(en('Buyers who paid for a banned product can ask the seller for a refund.')).toEqual([]);
    expect(en('Shops are banned from selling the product to anyone under 18.')).toEqual(
      one('prohibition', 'Shops are banned from selling the product to anyone under 18.'),
    );
  });

  it("a right's time limit told of anyone is no target", () => {
    expect(en('Passengers who have been overcharged can complain to the ombudsman within 6 months.')).toEqual([]);
    expect(en('Operators must answer every complaint within 6 months.')).toEqual(
      one('target', 'Operators must answer every complaint within 6 months.'),
    );
  });

  it('a purpose clause\'s "so that you do not" leaves the duty an obligation', () => {
    expect(en('You should set a reminder for each renewal so that you do not miss a deadline.')).toEqual(
      one('obligation', 'You should set a reminder for each renewal so that you do not miss a deadline.'),
    );
    expect(en('If the seal is broken, do not use the product.')).toEqual(
      one('prohibition', 'If the seal is broken, do not use the product.'),
    );
  });

  it('a post in an unnamed firm speaks as a voice: his later words are no directive', () => {
    expect(
      page(
        'Ma Lin, sales director at a Shenzhen-based drone maker, said his company had begun checking its suppliers.',
        '"If a part fails the test, we will stop buying it," he said.',
      ),
    ).toEqual([]);
  });

  it("an item numbered as the lead-in is its sibling, not an item of the lead-in's list", () => {
    expect(
      page(
        '(a) Before opening a new office, an agency shall:',
        '(i) complete a security review; and',
        '(ii) notify the Director.',
        '(b) Agencies shall not share tenant records with contractors.',
        '(c) An agency head may grant an exception for a single office if the head finds, in writing, that the review would delay emergency services.',
      ),
    ).toEqual([
      ['obligation', '(a) Before opening a new office, an agency shall:'],
      ['obligation', '(i) complete a security review; and'],
      ['obligation', '(ii) notify the Director.'],
      ['prohibition', '(b) Agencies shall not share tenant records with contractors.'],
    ]);
  });
});

describe('English cores (s34)', () => {
  it('an example or an alternative after a comma is cut', () => {
    expect(
      core(
        'obligation',
        'The forms must be kept in a format that cannot be edited, for example a scanned PDF or a paper copy.',
        'en',
      ),
    ).toEqual(['must be kept in a format that cannot be edited']);
    expect(
      core(
        'obligation',
        'show the full price on every advert, whether printed, on a website or in a text message',
        'en',
      ),
    ).toEqual(['show the full price on every advert']);
    expect(
      core('obligation', 'Every seller must state the price clearly, with no hidden costs and no extras.', 'en'),
    ).toEqual(['must state the price clearly']);
  });
  it('who chairs or leads what the act sets up is skipped, the act after it kept', () => {
    expect(
      core(
        'obligation',
        'Each agency shall form a data board, chaired by the Chief Data Officer or a deputy, to oversee the use of shared records.',
        'en',
      ),
    ).toEqual(['shall form a data board', 'to oversee the use of shared records']);
  });
  it('a second "to V" joined by a bare "and" stays in the act (7 of 9 golds), a second modal still splits', () => {
    expect(
      core('obligation', 'The plan directs every county to map its flood risks and to publish the map online.', 'en'),
    ).toEqual(['directs', 'to map its flood risks and to publish the map online']);
    expect(core('obligation', 'Operators must test each alarm and must replace any that fails.', 'en')).toEqual([
      'must test each alarm',
      'must replace any that fails',
    ]);
  });
  it("a date's ordinal keeps its year in the deadline", () => {
    expect(core('obligation', 'All staff must complete the course no later than March 3rd, 2027.', 'en')).toEqual([
      'must complete the course no later than March 3rd, 2027',
    ]);
  });
  it('"is calling on" keeps its "is", as "is directing" does', () => {
    expect(core('obligation', 'The President is calling on every insurer to cover the test at no cost.', 'en')).toEqual(
      ['is calling on', 'to cover the test at no cost'],
    );
  });
});
