import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '@/utils/article/dates';
import { zoneForHost, zoneOffsetMinutes } from '@/utils/article/time-zones';

const iso = (text: string, zone?: Parameters<typeof parseDate>[1]) => parseDate(text, zone)?.iso ?? null;

describe('parseDate', () => {
  it('reads Chinese and numeric dates in Beijing time', () => {
    expect(iso('2017年03月11日 22:22')).toBe('2017-03-11T22:22:00+08:00');
    expect(iso('2017-03-11 22:22:00')).toBe('2017-03-11T22:22:00+08:00');
    expect(iso('2024/01/05')).toBe('2024-01-05T00:00:00+08:00');
    expect(iso('发布时间：2024-01-05 10:30')).toBe('2024-01-05T10:30:00+08:00');
    expect(iso('2024年1月5日')).toBe('2024-01-05T00:00:00+08:00');
    expect(iso('2024年01月05日08:21 | 来源：人民网')).toBe('2024-01-05T08:21:00+08:00');
    expect(iso(' 2024/01/05 \n 19:42:31')).toBe('2024-01-05T19:42:31+08:00');
  });

  it('reads the gov.cn meta format with a dash before the time', () => {
    expect(iso('2024-01-05-18:30:12')).toBe('2024-01-05T18:30:12+08:00');
  });

  it('keeps an explicit offset or Z', () => {
    expect(iso('2025-03-10T16:45:03-04:00', 'UTC')).toBe('2025-03-10T16:45:03-04:00');
    expect(iso('2024-07-02T09:30:00.000+01:00')).toBe('2024-07-02T09:30:00+01:00');
    expect(Date.parse(iso('2025-01-20T17:00:00Z')!)).toBe(Date.UTC(2025, 0, 20, 17));
  });

  it('reads English dates', () => {
    expect(iso('January 5, 2024', 'America/New_York')).toBe('2024-01-05T00:00:00-05:00');
    expect(iso('Published 2 July 2024', 'Europe/London')).toBe('2024-07-02T00:00:00+01:00');
    expect(iso('Jan. 5, 2024 at 3:15 p.m.', 'America/New_York')).toBe('2024-01-05T15:15:00-05:00');
    expect(iso('Sept 9, 2023', 'UTC')).toBe('2023-09-09T00:00:00+00:00');
  });

  it('rejects text without a valid date', () => {
    expect(parseDate('来源：《求是》2024/01')).toBeNull();
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('第13版')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('round-trips any valid Beijing wall-clock time (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true }),
        (d) => {
          const local = new Date(d.getTime() + 8 * 3600_000);
          const two = (n: number) => String(n).padStart(2, '0');
          const text = `${local.getUTCFullYear()}年${two(local.getUTCMonth() + 1)}月${two(local.getUTCDate())}日 ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
          const parsed = parseDate(text)!;
          expect(Date.parse(parsed.iso)).toBe(Math.floor(d.getTime() / 60_000) * 60_000);
        },
      ),
    );
  });
});

describe('time zones', () => {
  it('switches UK summer time on the last Sundays of March and October', () => {
    expect(zoneOffsetMinutes('Europe/London', 2024, 3, 30, 12)).toBe(0);
    expect(zoneOffsetMinutes('Europe/London', 2024, 3, 31, 12)).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', 2024, 10, 26, 12)).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', 2024, 10, 27, 12)).toBe(0);
  });

  it('switches US daylight time on the second Sunday of March and the first of November', () => {
    expect(zoneOffsetMinutes('America/New_York', 2025, 3, 8, 12)).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', 2025, 3, 9, 12)).toBe(-240);
    expect(zoneOffsetMinutes('America/New_York', 2025, 11, 1, 12)).toBe(-240);
    expect(zoneOffsetMinutes('America/New_York', 2025, 11, 2, 12)).toBe(-300);
    // Before 2007 the rule was April to October.
    expect(zoneOffsetMinutes('America/New_York', 2005, 3, 20, 12)).toBe(-300);
  });

  it('agrees with the platform time zone data where it is available', () => {
    const name = (zone: string, utc: number) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(utc)
        .find((p) => p.type === 'timeZoneName')?.value;
    for (const zone of ['Europe/London', 'America/New_York'] as const) {
      for (let day = 0; day < 365 * 3; day += 5) {
        const utc = Date.UTC(2023, 0, 1, 17) + day * 86400_000;
        const label = name(zone, utc);
        if (!label) continue;
        const expected =
          label === 'GMT'
            ? 0
            : (Number(label.slice(4, 6)) * 60 + Number(label.slice(7, 9))) * (label[3] === '-' ? -1 : 1);
        const local = new Date(utc + expected * 60_000);
        expect(
          zoneOffsetMinutes(
            zone,
            local.getUTCFullYear(),
            local.getUTCMonth() + 1,
            local.getUTCDate(),
            local.getUTCHours(),
          ),
        ).toBe(expected);
      }
    }
  });

  it('picks the zone from the host', () => {
    expect(zoneForHost('dangpai.people.com.cn', true)).toBe('Asia/Shanghai');
    expect(zoneForHost('www.zj.gov.cn', true)).toBe('Asia/Shanghai');
    expect(zoneForHost('www.gov.uk', false)).toBe('Europe/London');
    expect(zoneForHost('www.whitehouse.gov', false)).toBe('America/New_York');
    expect(zoneForHost('example.org', true)).toBe('Asia/Shanghai');
    expect(zoneForHost('example.org', false)).toBe('UTC');
  });
});
