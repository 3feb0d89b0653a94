/**
 * Date parsing for article metadata. Pages print dates in many shapes ("2017年03月11日 22:22",
 * "2024-01-05-10:30:00", "January 5, 2024") and almost never with a time zone, so the zone comes
 * from the site: Chinese portals publish in Beijing time, gov.uk in London time, whitehouse.gov
 * in Washington time. The result is ISO 8601 with an explicit offset.
 */
import { daysInMonth, pad, parseCount, ymd } from '@/utils/analysis/calendar';
import { formatOffset, zoneOffsetMinutes, type TimeZoneId } from './time-zones';

export interface ParsedDate {
  /** ISO 8601 with offset, e.g. "2017-03-11T22:22:00+08:00". */
  iso: string;
  /** False when the text gave only a day (the time is then local midnight). */
  hasTime: boolean;
  /** The local calendar day "YYYY-MM-DD", to compare candidates of different precision. */
  day: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= daysInMonth(y, mo);
}

function build(
  y: number,
  mo: number,
  d: number,
  time: [number, number, number] | null,
  zone: TimeZoneId,
  offset?: number,
): ParsedDate | null {
  const [h, mi, s] = time ?? [0, 0, 0];
  if (!validParts(y, mo, d, h, mi, s)) return null;
  const off = offset ?? zoneOffsetMinutes(zone, y, mo, d, h);
  const day = ymd(y, mo, d);
  return { iso: `${day}T${pad(h)}:${pad(mi)}:${pad(s)}${formatOffset(off)}`, hasTime: time !== null, day };
}

/**
 * Words before a Chinese clock that say which half of the day it is in ("下午3:30" is 15:30), and
 * the weekday a date line may print between the date and the clock ("星期二", "周二").
 */
const DAY_PARTS: Readonly<Record<string, 'am' | 'pm'>> = {
  凌晨: 'am',
  早上: 'am',
  上午: 'am',
  下午: 'pm',
  傍晚: 'pm',
  晚上: 'pm',
};
const CLOCK = new RegExp(
  '^\\s*(?:at\\s+|,\\s*)?(?:(?:星期|周|礼拜|週|禮拜)[一二三四五六日天]\\s*)?' +
    `(${Object.keys(DAY_PARTS).join('|')})?\\s*` +
    '(\\d{1,2})\\s*[:：时時]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?\\s*(?:秒|分)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?',
  'i',
);

/** "10:30", "10:30:12", "3:15 PM", "10:30 a.m.", "10时30分", "下午3:30", "星期二 10:30" → [h, m, s]. */
function parseClock(text: string): [number, number, number] | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  let h = Number(m[2]);
  const mi = Number(m[3]);
  const s = m[4] ? Number(m[4]) : 0;
  const ampm = m[5]?.toLowerCase().replace(/[.\s]/g, '') ?? (m[1] ? DAY_PARTS[m[1]] : undefined);
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return [h, mi, s];
}

/** Full-width forms ("２０２６－０３－１０ ０９：３０") read as their ASCII letters, one code unit for one. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A date in Chinese numerals, as a 公文 dates itself: "二〇二六年三月十日". */
const CHINESE_NUMERAL_DATE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** The text with a Chinese-numeral date written in digits ("二〇二六年三月十日" → "2026年3月10日"). */
function digitsForChineseNumerals(text: string): string {
  // A year of this century in Chinese numerals has 〇 or 零 (二〇二六): most texts are left at once.
  if (!text.includes('〇') && !text.includes('零')) return text;
  // The numerals are read as the deadline resolver reads them (its parseCount: 〇..九, 十二, 三十一).
  return text.replace(CHINESE_NUMERAL_DATE, (_, y: string, mo: string, d: string) => {
    const year = [...y].map((c) => parseCount(c)).join('');
    return `${year}年${parseCount(mo) ?? 0}月${parseCount(d) ?? 0}日`;
  });
}

const ISO_WITH_ZONE =
  /(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)(?![\d:])/i;
const NUMERIC_DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*日?/;
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+(\\d{4})`, 'i');

/** Month names need ASCII letters: a Chinese date line never runs the English patterns. */
function hasAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/**
 * Parses the first date in a text. Times without a zone are read in `zone`. Returns null when
 * the text holds no valid date.
 */
export function parseDate(raw: string, zone: TimeZoneId = 'Asia/Shanghai'): ParsedDate | null {
  const text = digitsForChineseNumerals(/[\uff01-\uff5e]/.test(raw) ? foldFullWidth(raw) : raw);
  // Cheap necessary conditions first: a fresh page compiles each of these regexes on first use.
  const iso = text.includes(':') ? ISO_WITH_ZONE.exec(text) : null;
  if (iso) {
    const z = iso[7]!.toUpperCase();
    let offset = 0;
    if (z !== 'Z') {
      const digits = z.slice(1).replace(':', '');
      offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * (z[0] === '-' ? -1 : 1);
    }
    const r = build(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)],
      zone,
      offset,
    );
    if (r) return r;
  }

  const num = NUMERIC_DATE.exec(text);
  if (num) {
    // "2024-01-05-10:30:00" (gov.cn meta) and "2024-01-05T10:30" both put the time after a dash/T.
    const after = text.slice(num.index + num[0].length).replace(/^\s*[-T]?/, '');
    const r = build(Number(num[1]), Number(num[2]), Number(num[3]), parseClock(after), zone);
    if (r) return r;
  }

  const letters = hasAsciiLetter(text);
  const mdy = letters ? MONTH_DAY_YEAR.exec(text) : null;
  const dmy = letters ? DAY_MONTH_YEAR.exec(text) : null;
  const english = [
    mdy && { m: mdy, month: mdy[1]!, day: mdy[2]!, year: mdy[3]! },
    dmy && { m: dmy, month: dmy[2]!, day: dmy[1]!, year: dmy[3]! },
  ]
    .filter((x) => x !== null)
    .sort((a, b) => a.m.index - b.m.index)[0];
  if (english) {
    const after = text.slice(english.m.index + english.m[0].length);
    // A clock just before the date also counts: "10:30am, 5 January 2024".
    const before = text.slice(0, english.m.index);
    const clockBefore = /(\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?)\s*,?\s*(?:on\s+)?$/i.exec(before);
    const clock = parseClock(after) ?? (clockBefore ? parseClock(clockBefore[1]!.replace('.', ':')) : null);
    const r = build(Number(english.year), monthNumber(english.month), Number(english.day), clock, zone);
    if (r) return r;
  }
  return null;
}

/** A date found on the page and where (a meta tag's name, a date line …). */
export interface DateCandidate {
  date: ParsedDate;
  from: string;
}

/**
 * Sources whose seconds are not the shown time's: gov.cn's firstpublishedtime is the CMS's own
 * record ("18:30:12" under a page that says "18:30"), not the publication time made precise.
 */
const NOT_THE_SHOWN_TIME = new Set(['meta:firstpublishedtime']);

/** Minutes east of UTC of an ISO string's offset ("+08:00" → 480, "Z" → 0). */
function offsetOf(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The calendar day of a date read in another date's offset: a meta tag's "2021-05-13T23:30:00Z" is
 * 2021-05-14 on a Beijing page that prints "2021-05-14". Candidates are compared as instants, whatever
 * offset each is written in.
 */
function dayIn(date: ParsedDate, offsetMinutes: number): string {
  return new Date(Date.parse(date.iso) + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
const minuteOf = (date: ParsedDate) => Math.floor(Date.parse(date.iso) / 60_000);

/**
 * Picks a date: the first candidate, made precise by a later one with a time on the same day, or
 * (a time to the minute, "19:31") with the seconds of a later one in the same minute ("19:31:04").
 */
export function chooseDate(candidates: DateCandidate[]): ParsedDate | null {
  const first = candidates[0];
  if (!first) return null;
  if (first.date.hasTime) {
    const { iso } = first.date;
    if (iso.slice(16, 19) !== ':00') return first.date;
    const seconds = candidates.find(
      (c) =>
        c.date.iso.slice(16, 19) !== ':00' &&
        !NOT_THE_SHOWN_TIME.has(c.from) &&
        minuteOf(c.date) === minuteOf(first.date),
    );
    return seconds?.date ?? first.date;
  }
  const offset = offsetOf(first.date.iso);
  const precise = candidates.find((c) => c.date.hasTime && dayIn(c.date, offset) === first.date.day);
  return precise?.date ?? first.date;
}
