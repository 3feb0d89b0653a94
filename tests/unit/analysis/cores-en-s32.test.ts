/**
 * English cores, session 32: a fact sheet's run-in head in capitals is no part of the act; a meeting's call put to
 * its addressees is cored as a request (the act alone); an order told in the present progressive keeps its head.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English cores (s32)', () => {
  it('skips a run-in head in capitals, and still takes a fronted deadline after it', () => {
    expect(
      core(
        'target',
        'SPEEDING UP REPAIRS: Within 60 days, the Department of Transportation will name ten bridges for repair.',
        'en',
      ),
    ).toEqual(['Within 60 days', 'will name ten bridges for repair']);
    expect(core('obligation', 'CLEANER WATER: Utilities must test every well twice a year.', 'en')).toEqual([
      'must test every well twice a year',
    ]);
  });
  it("a meeting's call with its addressees: the act alone", () => {
    expect(
      core('obligation', 'The meeting urged provincial governments to set aside land for cold storage.', 'en'),
    ).toEqual(['set aside land for cold storage']);
  });
  it('an order in the present progressive keeps "is directing" as its head', () => {
    expect(
      core(
        'obligation',
        'The President is directing the Department of Labor to publish a plan for rural apprenticeships.',
        'en',
      ),
    ).toEqual(['is directing', 'to publish a plan for rural apprenticeships']);
  });
});
