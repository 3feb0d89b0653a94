/**
 * The time zone a site prints its times in, and a zone's UTC offset at a wall-clock time: pages
 * almost never print a zone, so Chinese portals are read in Beijing time, gov.uk in London time,
 * whitehouse.gov in Washington time (dates.ts parses the dates).
 */
import { daysInMonth, pad } from '@/utils/analysis/calendar';

export type TimeZoneId = 'Asia/Shanghai' | 'Europe/London' | 'America/New_York' | 'UTC';

/** Day of month (1-31) of the nth (1-based) or last (n = -1) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const lastDay = daysInMonth(year, month);
  const lastWeekday = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((lastWeekday - weekday + 7) % 7);
}

/** Minutes since the start of the year-month-day, comparable within one year. */
const stamp = (month: number, day: number, hour: number) => ((month * 32 + day) * 24 + hour) * 60;

/**
 * UTC offset in minutes of a local wall-clock time in the zone. Only the rules these sites need:
 * UK summer time (last Sunday of March to last Sunday of October, 01:00 UTC) and US daylight
 * time (since 2007 second Sunday of March to first Sunday of November; before, first Sunday of
 * April to last Sunday of October; switches at 02:00 local).
 */
export function zoneOffsetMinutes(zone: TimeZoneId, y: number, mo: number, d: number, h: number): number {
  const t = stamp(mo, d, h);
  switch (zone) {
    case 'Asia/Shanghai':
      return 480;
    case 'UTC':
      return 0;
    case 'Europe/London': {
      const start = stamp(3, nthWeekday(y, 3, 0, -1), 1);
      const end = stamp(10, nthWeekday(y, 10, 0, -1), 2);
      return t >= start && t < end ? 60 : 0;
    }
    case 'America/New_York': {
      const [start, end] =
        y >= 2007
          ? [stamp(3, nthWeekday(y, 3, 0, 2), 2), stamp(11, nthWeekday(y, 11, 0, 1), 2)]
          : [stamp(4, nthWeekday(y, 4, 0, 1), 2), stamp(10, nthWeekday(y, 10, 0, -1), 2)];
      return t >= start && t < end ? -240 : -300;
    }
  }
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const CHINA_HOSTS = [
  'people.com.cn',
  'xinhuanet.com',
  'news.cn',
  'chinanews.com',
  'cctv.com',
  'cntv.cn',
  'qstheory.cn',
  'gmw.cn',
  '81.cn',
  'chinadaily.com.cn',
  'cri.cn',
  'ce.cn',
  'youth.cn',
  // English outlets of Beijing not under .cn
  'cgtn.com',
];

/** The zone a site prints its times in. `chinese` says whether the page is in Chinese. */
export function zoneForHost(hostname: string, chinese: boolean): TimeZoneId {
  const h = hostname.toLowerCase();
  const is = (d: string) => h === d || h.endsWith(`.${d}`);
  if (is('gov.uk') || h.endsWith('.uk')) return 'Europe/London';
  if (is('whitehouse.gov') || (h.endsWith('.gov') && !chinese)) return 'America/New_York';
  if (h.endsWith('.cn') || CHINA_HOSTS.some(is) || chinese) return 'Asia/Shanghai';
  return 'UTC';
}
