import { describe, expect, test } from 'vitest';
import { formatDay, formatMoment, formatPublished, uiLocaleFrom } from '@/utils/library/locale';

// Local noon, so no time zone the tests run in moves the day.
const NOW = new Date(2025, 10, 30, 12).getTime();
const THIS_YEAR = new Date(2025, 10, 27, 14, 5).getTime();
const LAST_YEAR = new Date(2024, 10, 27, 14, 5).getTime();
const NEW_YEAR_EVE = new Date(2024, 11, 31, 23, 59).getTime();

describe('the UI locale', () => {
  test('is the language of the messages in use, not the browser’s', () => {
    // A French browser gets the default (Chinese) messages: the dates must be Chinese too.
    expect(uiLocaleFrom('zh-CN', 'fr')).toBe('zh-CN');
    expect(uiLocaleFrom('zh-CN', 'zh-CN')).toBe('zh-CN');
    // Chinese messages are Simplified; a Taiwanese browser still gets zh-CN beside them.
    expect(uiLocaleFrom('zh-CN', 'zh-TW')).toBe('zh-CN');
    // The Chinese screenshots' build: English browser, Chinese messages.
    expect(uiLocaleFrom('zh-CN', 'en-US')).toBe('zh-CN');
  });

  test('an English UI keeps the browser’s regional English', () => {
    expect(uiLocaleFrom('en', 'en-GB')).toBe('en-GB');
    expect(uiLocaleFrom('en', 'en_US')).toBe('en-US');
    expect(uiLocaleFrom('en', 'de-DE')).toBe('en');
  });

  test('junk tags fall back rather than throw', () => {
    expect(uiLocaleFrom('zh-CN', 'not a tag!')).toBe('zh-CN');
    expect(uiLocaleFrom('', '')).toBe('zh-CN');
    expect(uiLocaleFrom('en', '')).toBe('en');
  });
});

describe('days', () => {
  test('Chinese: month and day this year, with the year otherwise', () => {
    expect(formatDay(THIS_YEAR, 'zh-CN', NOW)).toBe('11月27日');
    expect(formatDay(LAST_YEAR, 'zh-CN', NOW)).toBe('2024年11月27日');
    expect(formatDay(NEW_YEAR_EVE, 'zh-CN', NOW)).toBe('2024年12月31日');
  });

  test('English in the locale’s own order', () => {
    expect(formatDay(THIS_YEAR, 'en-GB', NOW)).toBe('27 Nov');
    expect(formatDay(LAST_YEAR, 'en-GB', NOW)).toBe('27 Nov 2024');
    expect(formatDay(THIS_YEAR, 'en-US', NOW)).toBe('Nov 27');
    expect(formatDay(LAST_YEAR, 'en', NOW)).toBe('Nov 27, 2024');
  });

  test('the year is told apart by the reader’s calendar, not by the distance in days', () => {
    const jan1 = new Date(2025, 0, 1, 0, 1).getTime();
    expect(formatDay(NEW_YEAR_EVE, 'zh-CN', jan1)).toBe('2024年12月31日');
    expect(formatDay(jan1, 'zh-CN', jan1)).toBe('1月1日');
  });
});

describe('moments (the last sync)', () => {
  test('the day and the time of day, in each language', () => {
    expect(formatMoment(THIS_YEAR, 'zh-CN', NOW)).toBe('11月27日 14:05');
    expect(formatMoment(LAST_YEAR, 'zh-CN', NOW)).toBe('2024年11月27日 14:05');
    expect(formatMoment(THIS_YEAR, 'en-GB', NOW)).toBe('27 Nov, 14:05');
    expect(formatMoment(THIS_YEAR, 'en-US', NOW)).toMatch(/^Nov 27, 2:05\sPM$/);
    expect(formatMoment(LAST_YEAR, 'en-US', NOW)).toMatch(/^Nov 27, 2024, 2:05\sPM$/);
  });
});

describe('an article’s publication date', () => {
  test('the day the page states, whatever the reader’s time zone', () => {
    // 00:30 in Beijing is the previous evening in UTC and the Americas: still the 27th.
    expect(formatPublished('2025-11-27T00:30:00+08:00', 'zh-CN', NOW)).toBe('11月27日');
    expect(formatPublished('2019-03-05T23:59:00-05:00', 'zh-CN', NOW)).toBe('2019年3月5日');
    expect(formatPublished('2025-11-27', 'en-GB', NOW)).toBe('27 Nov');
    expect(formatPublished('2019-03-05', 'en-US', NOW)).toBe('Mar 5, 2019');
  });

  test('text that is not an ISO day is shown as the page gave it', () => {
    expect(formatPublished('2024年1月5日', 'zh-CN', NOW)).toBe('2024年1月5日');
    expect(formatPublished('2024-02-30', 'zh-CN', NOW)).toBe('2024-02-30');
    expect(formatPublished('2024-13-01T00:00:00Z', 'en', NOW)).toBe('2024-13-01T00:00:00Z');
    expect(formatPublished('', 'en', NOW)).toBe('');
    expect(formatPublished(null, 'en', NOW)).toBe('');
  });
});
