/**
 * "directs X to V": the order's head and the act with its "to" are the core, the addressee is not; a request
 * ("asks X to V") or a requirement ("requires X to V") cores the act alone (docs/gold-conventions.md, "Cores:
 * directs X to"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English cores: an order put to its addressee', () => {
  it.each([
    [
      'The memorandum directs the Secretary of the Navy to survey every pier within a year.',
      ['directs', 'to survey every pier within a year'],
    ],
    [
      'Last week the Governor directed the state police to close the mountain pass.',
      ['directed', 'to close the mountain pass'],
    ],
    [
      // (the auxiliary written out is in the head: 4 of 4 golds, session 35; "I'm directing" gives "directing")
      'Today I am directing my Cabinet to cut the backlog of veterans’ claims.',
      ['am directing', 'to cut the backlog of veterans’ claims'],
    ],
    ['The order instructs each agency to name a flood coordinator.', ['instructs', 'to name a flood coordinator']],
  ])('%s', (text, want) => expect(core('obligation', text, 'en')).toEqual(want));

  it.each([
    ['The plan asks provincial governments to open more night classes.', ['open more night classes']],
    ['The rule requires landlords to fit a smoke alarm on every floor.', ['fit a smoke alarm on every floor']],
  ])('a request or a requirement: the act alone — %s', (text, want) =>
    expect(core('obligation', text, 'en')).toEqual(want),
  );
});
