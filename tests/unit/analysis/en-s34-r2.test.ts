/**
 * English pages, session 34 second round (dev set 40): the speaker's own order in the progressive ("I'm directing …
 * to", "I'm instructing … to"), a state reached by a fronted date told in the future perfect, a cost forecast by its
 * figure, and a thing "never intended to" be used so. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core, en, one } from './helpers';

describe('English pages (s34, round 2)', () => {
  it("the speaker's order in the present progressive is a duty", () => {
    const orders = [
      "Second, I'm directing the Forest Service to reopen every trail closed by the fire this autumn.",
      "I'm instructing the Department of Agriculture to keep its county offices open on Saturdays.",
      'Today I am instructing the Postal Service to restore daily delivery to every flooded town.',
    ];
    for (const s of orders) expect(en(s)).toEqual(one('obligation', s));
    // (the head and the act with its "to" are the core, the addressee is not)
    expect(
      core('obligation', "I'm instructing the Department of Agriculture to keep its county offices open.", 'en'),
    ).toEqual(['instructing', 'to keep its county offices open']);
  });

  it('a state reached by a fronted date, in the future perfect, is a target', () => {
    const targets = [
      'By Christmas, the National Guard will have delivered generators to every shelter in the valley.',
      'By the end of the year, we will have rebuilt every footbridge the flood washed away.',
    ];
    for (const s of targets) expect(en(s)).toEqual(one('target', s));
  });

  it('a fronted deadline after an opening "And" is in the core, the "And" is not', () => {
    expect(core('target', 'And within 30 days, the agency will open three new offices in the valley.', 'en')).toEqual([
      'within 30 days',
      'will open three new offices in the valley',
    ]);
  });

  it('a cost forecast by its figure is no duty', () => {
    expect(en('Finishing the scheme is expected to require around £3 billion of new borrowing.')).toEqual([]);
    expect(en('The new bridge is expected to cost $40 million.')).toEqual([]);
    // (an expectation put on those who act stays a duty)
    expect(en('Councils are expected to publish their repair plans each spring.')).toEqual(
      one('obligation', 'Councils are expected to publish their repair plans each spring.'),
    );
  });

  it('what a thing was never intended for is no ban', () => {
    expect(en('The overflows were never intended to be used every week.')).toEqual([]);
    expect(en('Operators must never use the overflows in dry weather.')).toEqual(
      one('prohibition', 'Operators must never use the overflows in dry weather.'),
    );
  });
});
