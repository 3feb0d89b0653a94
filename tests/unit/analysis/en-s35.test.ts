/**
 * English pages, session 35 (dev set 43): what a sentence tells rather than asks — a "never" told of a past or a
 * state, a need that ends or is spared in a purpose clause, a forecast by its figure or its content, a thing named by
 * its ban, a power told, a sanction warned of, an admission called for — and what stays a directive: a relative
 * clause's past before a modal, a bill's rule, a figure's movement set with a modal, a dated "we will", a duty that
 * makes its object a priority. Cores: "I am directing", "requires that … go". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core, en, one } from './helpers';

describe('English pages (s35): told, not asked', () => {
  it('a "never" of the past or of a state is no ban; after a modal or opening a clause it is', () => {
    expect(en('For years, the town heard about a bypass that never came.')).toEqual([]);
    expect(en('The old pumps sit in sheds that never held more than two of them.')).toEqual([]);
    expect(en('Operators must never leave the gate open.')).toEqual(
      one('prohibition', 'Operators must never leave the gate open.'),
    );
    expect(en('Never leave a candle burning unattended.')).toEqual(
      one('prohibition', 'Never leave a candle burning unattended.'),
    );
  });

  it('a need that ends, or is spared in a purpose clause, is no duty', () => {
    expect(en('It sets aside $20 million so that small farms no longer have to pay for testing.')).toEqual([]);
    expect(en('The scheme pays for new meters so that households need to send readings only once a year.')).toEqual([]);
  });

  it('a forecast by its figure or by what a thing will contain is no duty', () => {
    expect(en('A record 2.1 million visitors are expected to arrive this summer.')).toEqual([]);
    expect(en('The new estates are expected to include thousands of homes for social rent.')).toEqual([]);
    expect(en('The first league tables are expected to be published in the spring.')).toEqual([]);
    // (an expectation put on those who act stays a duty)
    expect(en('Councils are expected to publish their repair plans each spring.')).toEqual(
      one('obligation', 'Councils are expected to publish their repair plans each spring.'),
    );
  });

  it('a thing named by its ban, a power told, a sanction warned of and an admission called for ask nothing', () => {
    expect(en('Owners of scooters that are now banned can return them to the shop for a refund.')).toEqual([]);
    expect(en('The order can also require the offender to attend a course.')).toEqual([]);
    expect(
      en('Trusts that miss the deadline will face intervention, and the Minister will not hesitate to act.'),
    ).toEqual([]);
    expect(en('Ministers should be honest that some schools will miss the target.')).toEqual([]);
  });
});

describe('English pages (s35): a rule in force told as background', () => {
  it('"Since …," with the present perfect tells how long it has held, not the rule', () => {
    expect(en('Since April 2023, letting agents have been required to publish their fees.')).toEqual([]);
    expect(en('Since the Act came into force, most deposits above five weeks’ rent have been banned.')).toEqual([]);
    // (the rule stated with its modal stays one)
    const s = 'Since 1 October 2022, landlords must fit a smoke alarm on every storey.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('English pages (s35): still asked', () => {
  it("a relative clause's past before the modal leaves the duty standing", () => {
    const s = 'Inspections that were cancelled because of the floods should be rearranged as soon as possible.';
    expect(en(s)).toEqual(one('obligation', s));
  });

  it("a bill's rule, told with says that, is the rule", () => {
    const s = 'And the bill says that the steel in these bridges must be made at home.';
    expect(en(s)).toEqual(one('obligation', s));
  });

  it('a figure set to move, with a modal, is a target', () => {
    const s = 'The share of trains running late must fall to less than 5% of all services.';
    expect(en(s)).toEqual(one('target', s));
  });

  it('the government\'s "we will" by a named season is a target', () => {
    const s = 'We will also train 200 new building inspectors by next spring.';
    expect(en(s)).toEqual(one('target', s));
  });

  it('a fact sheet\'s item opening with "Order" and its object is an obligation', () => {
    expect(en('Order a review of every dam upstream of a town.')).toEqual(
      one('obligation', 'Order a review of every dam upstream of a town.'),
    );
    // (a noun before a verb is no imperative)
    expect(en('Order numbers are printed on the receipt.')).toEqual([]);
  });

  it('a duty that makes its object a top priority is an obligation', () => {
    const s = 'The plan also asks city governments to make road safety a top priority in their budgets.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('English cores (s35)', () => {
  it('"I am directing … to": the written-out auxiliary is in the head', () => {
    expect(core('obligation', 'I am directing my Cabinet to begin preparing now.', 'en')).toEqual([
      'am directing',
      'to begin preparing now',
    ]);
    expect(core('obligation', 'I am also instructing the Treasury to publish guidance within 30 days.', 'en')).toEqual([
      'am also instructing',
      'to publish guidance within 30 days',
    ]);
  });

  it('"requires that X go …": the head and the clause\'s act, not "requires X to"', () => {
    expect(
      core(
        'obligation',
        'The law requires that every dollar for new chargers go to stations open to all drivers.',
        'en',
      ),
    ).toEqual(['requires that', 'go to stations open to all drivers']);
  });
});
