/**
 * English cores, session 40 (fixtures + dev55): a dash ends the act, a "that" clause whose bare verb is "account for",
 * and a dated call for a gerund. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English cores: what ends the act', () => {
  it('a dash, after which examples or a comment follow', () => {
    expect(
      core(
        'target',
        'By next spring, we will have repaired 12,000 more bridges across the country — fixing rusted beams, resurfacing decks.',
        'en',
      ),
    ).toEqual(['By next spring', 'will have repaired 12,000 more bridges across the country']);
    expect(
      core('obligation', 'Every dealer must check the buyer’s licence — online, at a fair or anywhere else.', 'en'),
    ).toEqual(['must check the buyer’s licence']);
  });
});

describe('English cores: a requirement and a call', () => {
  it('"requires that X account for …": the head and the bare verb\'s phrase, not its subject', () =>
    expect(
      core('obligation', 'The plan requires that parks and lakes account for 40 percent of the district.', 'en'),
    ).toEqual(['requires that', 'account for 40 percent of the district']));
  it("a dated call for a gerund: the gerund's phrase", () =>
    expect(
      core(
        'target',
        'The guideline also calls for setting up a testing centre in every county by 2026, so that results reach farmers quickly.',
        'en',
      ),
    ).toEqual(['setting up a testing centre in every county by 2026']));
});

describe('English cores: an alternative denied between commas, a ban in the passive', () => {
  it('", not after," is skipped and what follows kept', () =>
    expect(core('obligation', 'Residents should be consulted before, not after, the designs are final.', 'en')).toEqual(
      ['should be consulted before', 'the designs are final'],
    ));
  it('"are prohibited" with a place and no "from": the ban\'s clause, not a duty after it', () =>
    expect(
      core(
        'prohibition',
        'Fish farms are prohibited within the inner zone of the reservoir, and existing cages must be taken away.',
        'en',
      ),
    ).toEqual(['are prohibited within the inner zone of the reservoir']));
});
