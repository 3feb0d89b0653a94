/**
 * The core classes the blind batches 26 and 28 showed (session 30), each with sentences written for
 * this test, not taken from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a quoted sentence that opens the unit, its speaker after it', () => {
  it('English: the act inside the quote, without the frame before the modal nor the speaker', () => {
    expect(
      core(
        'obligation',
        '“Under the new rules, operators must publish their fares online before each season,” Li told reporters.',
        'en',
      ),
    ).toEqual(['must publish their fares online before each season']);
  });
  it('English emphasis: the clause after the marker, inside the quote', () => {
    expect(
      core(
        'emphasis',
        '“Above all, landlords must keep every fire exit clear, and they cannot lock it at night,” she stressed.',
        'en',
      ),
    ).toEqual(['landlords must keep every fire exit clear']);
  });
  it('a quoted name that opens the unit stays a name', () => {
    expect(core('obligation', '“最多跑一次，办成一件事”要成为政务服务的标准，让群众少跑腿。')).toEqual([
      '成为政务服务的标准',
    ]);
  });
});
