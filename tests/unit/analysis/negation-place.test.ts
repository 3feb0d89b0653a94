/**
 * English negation bans by its place, not by its words (sealed batches 21 and 23, docs/analysis-errors.md):
 * "do not" / "don't" is a ban as an imperative opening a clause or told to the reader, a bare "can't" is a
 * fact unless it tells the reader who is left out, and "shouldn't have to" is the wish "should not have to"
 * is. Sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { en, one } from './helpers';

describe('a negation stating a fact', () => {
  it('is no ban', () => {
    expect(en('The new standards do not apply to:')).toEqual([]);
    expect(en('Most of the trainees don’t leave the course with any debt, because the employer pays them.')).toEqual(
      [],
    );
    expect(en('Too many small towns still can’t attract a single new clinic.')).toEqual([]);
    expect(en("And if a family like theirs can make it, there's nothing this state can't do.")).toEqual([]);
  });
  it('nor is a wish told with a contraction', () => {
    expect(en("In this country, nobody's parents shouldn't have to sell the car to pay for a hearing aid.")).toEqual(
      [],
    );
    expect(en('You shouldn’t have to wait six months for a repair to your own front door.')).toEqual([]);
    expect(en('A small parish shouldn’t need a lawyer on staff to read its own water bill.')).toEqual([]);
  });
});

describe('a negation in the place of a ban', () => {
  it('stays a ban', () => {
    for (const t of [
      'Do not leave the heater switched on overnight.',
      'If the gauge reads red, do not open the valve.',
      'Switch off the supply and don’t touch the exposed wires.',
      'It is vital that you do not share your access code with anyone.',
    ]) {
      expect(en(t).map(([c]) => c)).toHaveLength(1);
    }
    expect(en('Do not leave the heater switched on overnight.')).toEqual(
      one('prohibition', 'Do not leave the heater switched on overnight.'),
    );
  });
  it('and "you can’t … if" is who is left out, as "you cannot … if" is', () => {
    const t = 'You can’t claim the allowance if you already receive the carer payment.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
});
