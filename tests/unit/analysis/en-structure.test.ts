/**
 * English rows by structure, not by the wording of the batch they were tuned on (sealed batches 21 and 23,
 * docs/analysis-errors.md; session 29). Sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { en, one } from './helpers';

describe('an order given by a document', () => {
  it('is an obligation with any verb of ordering, also in a relative clause', () => {
    for (const t of [
      'Last week the Governor issued a directive that tells every county clerk to publish polling hours online.',
      'The memorandum orders each regional office to close its paper archive.',
      'The new guidance asks councils to review their tenancy registers every year.',
    ]) {
      expect(en(t)).toEqual(one('obligation', t));
    }
  });
  it('but not a lesson drawn, told to a pronoun', () => {
    expect(en('Experience tells us to be patient with new rules.')).toEqual([]);
    expect(en('That tells me to be patient with the new rules.')).toEqual([]);
  });
});
