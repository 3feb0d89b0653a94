/**
 * Core classes the blind batch 7S showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('Chinese: the means of a measure, 以…为抓手，', () => {
  it('is skipped after the modal even with a verb inside it; the act follows', () => {
    expect(core('obligation', '要以老旧小区改造为契机，同步完善社区养老服务设施。')).toEqual([
      '同步完善社区养老服务设施',
    ]);
    expect(core('obligation', '各地要以数字政府建设为牵引，推进政务服务“一网通办”。')).toEqual([
      '推进政务服务“一网通办”',
    ]);
  });
  it('"以…" that is the act itself stays its core', () => {
    expect(core('obligation', '要以更大力度推进老旧小区改造，确保按期完工。')).toEqual(['以更大力度推进老旧小区改造']);
  });
});

describe("English: a document's call, reported", () => {
  it('its object is the core, also in the past tense', () => {
    expect(core('obligation', 'It called for faster checks on cold-chain warehouses near ports.', 'en')).toEqual([
      'faster checks on cold-chain warehouses near ports',
    ]);
    expect(core('obligation', 'The plan urged local governments to publish waiting times for clinics.', 'en')).toEqual([
      'publish waiting times for clinics',
    ]);
  });
});

describe('English: the commas of a longer list and the colon of a time', () => {
  it('a list of three or more items stays in the act', () => {
    expect(core('prohibition', 'You must not spend the grant on rent, heating, staff wages or repairs.', 'en')).toEqual(
      ['must not spend the grant on rent, heating, staff wages or repairs'],
    );
  });
  it('"by 5:30pm" does not end the clause', () => {
    expect(core('obligation', 'You must return the signed form by 5:30pm on 12 May 2026.', 'en')).toEqual([
      'must return the signed form by 5:30pm on 12 May 2026',
    ]);
  });
  it('an aside between commas is no list item', () => {
    expect(
      core(
        'obligation',
        'The Secretary shall, consistent with applicable law, revise and simplify the permit rules.',
        'en',
      ),
    ).toEqual(['shall', 'revise and simplify the permit rules']);
  });
  it('a clause after the comma still ends it', () => {
    expect(core('obligation', 'You must keep your receipts, and we may ask to see them.', 'en')).toEqual([
      'must keep your receipts',
    ]);
  });
});
