/**
 * The core classes the blind batch 22 showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('the overall responsibility allocated with no modal', () => {
  it('the act starts at 对', () => {
    expect(core('obligation', '《办法》明确，学校是校园安全的责任主体，其主要负责人对本校安全工作全面负责。')).toEqual([
      '对本校安全工作全面负责',
    ]);
  });
});

describe('English: a call in the passive', () => {
  it('"are urged to" is the modal', () => {
    expect(
      core('obligation', 'Rural hospitals are urged to share specialist staff with smaller clinics.', 'en'),
    ).toEqual(['are urged to share specialist staff with smaller clinics']);
  });
});
