/**
 * Calendar arithmetic and the counts written in words that deadlines and article dates share:
 * zero-padding, the days of a month, "YYYY-MM-DD", 一..九十九 / "ninety", an English month's number,
 * the local calendar day of an ISO date-time.
 */

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const EN_COUNTS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
const CN_TENS = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/;

/** 一..九十九 and Arabic digits, full-width included. */
export function parseCount(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const en = EN_COUNTS[s.toLowerCase()];
  if (en !== undefined) return en;
  const m = CN_TENS.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] as number) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] as number) : 0);
  return s.length === 1 && CN_DIGITS[s] !== undefined ? CN_DIGITS[s] : null;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const enMonth = (name: string) => EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The local calendar day of an ISO 8601 date-time, in the offset it was written with. */
export function localDay(published: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? { y, m: mo, d } : null;
}
