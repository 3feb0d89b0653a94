/**
 * Core classes the fifth blind batch showed, with sentences written for this test (not taken from
 * any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English: the commas of a list', () => {
  it('do not end the act ("…, B and C")', () => {
    expect(
      core('obligation', 'Councils should open libraries, sports halls and youth centres on Sundays.', 'en'),
    ).toEqual(['should open libraries, sports halls and youth centres on Sundays']);
  });

  it('a clause after the comma still ends it (", and …", ", whether or not …", a subject with "the")', () => {
    expect(
      core('obligation', 'Shops must take back old batteries, whether or not the customer buys anything.', 'en'),
    ).toEqual(['must take back old batteries']);
    expect(
      core('obligation', 'Within 30 days, the head of each department and agency shall name a contact officer.', 'en'),
    ).toEqual(['Within 30 days', 'shall name a contact officer']);
  });
});

describe('Chinese targets: the degree or sum of a goal', () => {
  it('累计/基本/全面 before the goal verb belong to the goal', () => {
    expect(core('target', '到2028年，累计建成智慧养老服务站300个以上。')).toEqual([
      '到2028年',
      '累计建成智慧养老服务站300个以上',
    ]);
    expect(core('target', '到2030年，基本建成布局合理的城乡供水体系。')).toEqual([
      '到2030年',
      '基本建成布局合理的城乡供水体系',
    ]);
    expect(core('target', '2027年底前，全面完成老旧燃气管网改造。')).toEqual([
      '2027年底前',
      '全面完成老旧燃气管网改造',
    ]);
  });
});

describe('English: a time put after a modal', () => {
  it('"shall, within 30 days of …, publish …" keeps the time in the act; another adverbial is skipped', () => {
    expect(
      core('obligation', 'Each board shall, within 30 days of the audit, publish a remediation plan.', 'en'),
    ).toEqual(['shall, within 30 days of the audit, publish a remediation plan']);
    expect(
      core('obligation', 'Each board shall, consistent with applicable law, publish a remediation plan.', 'en'),
    ).toEqual(['shall', 'publish a remediation plan']);
  });
});

describe('Chinese targets: a goal announced', () => {
  it('the year of "今年的目标是，" is its topic, not the deadline that follows', () => {
    expect(core('target', '明年的目标是，力争到2027年底，全市城乡居民医保参保率稳定在95%以上。')).toEqual([
      '到2027年底',
      '稳定在95%以上',
    ]);
  });
});

describe('Chinese: 财政要 is a subject and its modal', () => {
  it('the act after 财政要 starts after the modal, as rules.ts reads it (not 政要, a dignitary)', () => {
    expect(core('obligation', '县级财政要将农村公路养护资金列入年度预算。')).toEqual([
      '将农村公路养护资金列入年度预算',
    ]);
  });
});

describe('English: "are also prohibited from"', () => {
  it('starts the ban like "are prohibited from"; the subject stays out', () => {
    const s = 'Landlords are also prohibited from charging fees for routine repairs.';
    expect(core('prohibition', s, 'en')).toEqual(['are also prohibited from charging fees for routine repairs']);
  });
});

describe('Chinese targets: a day of each month with its preposition', () => {
  it('于每月N日前 is one dated phrase, 于 included', () => {
    expect(core('target', '各乡镇须于每月5日前上报安全生产检查情况。')).toEqual(['于每月5日前上报安全生产检查情况']);
  });
});
