/**
 * Deadlines of targets: the phrase that sets a date ("到2026年底", "6月底前", "within 90 days of
 * the date of this order", "by 30 June each year") and its normalised due date.
 *
 * Two steps, both pure: `findDeadlinePhrases` (deadline-phrases.ts) locates phrases in any string (offsets 1:1 with
 * it, so it works on a normalised matching view as well as on the article text), and
 * `resolveDeadline` turns one into a due date, against the article's publication date where the
 * phrase is relative (the day arithmetic in calendar.ts). The article's date is read in its own time
 * zone — the local calendar day of its ISO string ("2025-12-31T23:30:00+08:00" is 31 December, whatever the reader's zone).
 * A phrase that names no date we can compute ("灾害发生后6个月内", "before you start trading")
 * is kept as text with `basis: 'unresolved'`: never guessed.
 */
import { daysInMonth, enMonth, localDay, pad, parseCount, ymd } from './calendar';
import {
  BEFORE,
  EN_COUNT,
  EN_MONTH,
  MON,
  MONTH_PART,
  N,
  findDeadlinePhrases,
  type DeadlinePhrase,
} from './deadline-phrases';

export type DuePrecision = 'day' | 'month' | 'year';

export interface Deadline {
  /** The phrase as written, and its offsets (into the article text for a directive's deadline). */
  text: string;
  start: number;
  end: number;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the phrase says; null when unresolved. */
  due: string | null;
  precision: DuePrecision | null;
  /** The last calendar day the due date allows ("2027" → "2027-12-31"): for sorting and calendars. */
  lastDay: string | null;
  /** Read from the phrase alone, computed from the article's date, or not computable. */
  basis: 'absolute' | 'article-date' | 'unresolved';
  /** A deadline that comes back ("每年…前", "by 30 June each year"); `due` is then the next one. */
  recurrence?: { every: 'year' | 'quarter' | 'month' | 'week' | 'day'; month?: number; day?: number };
  /** The first year of a range ("2025—2027年"), whose due date is the end of the range. */
  from?: string;
}

/** The article's ISO 8601 publication date, or a function that reads it (called only when a phrase is found). */
export type Published = string | null | undefined | (() => string | null | undefined);

// ---- resolving a phrase ------------------------------------------------------------------------

/** The patterns that read a phrase's parts, built on first use. */
let parts: ReturnType<typeof buildParts> | null = null;
const buildParts = () => ({
  monthOf: new RegExp(`(${MON})月(${MONTH_PART})?`),
  duration: new RegExp(`(${N})个?(工作日|日|天|小时|分钟|周|星期|个月|月|年)${BEFORE}`),
  within: new RegExp(
    `within\\s+(${EN_COUNT})\\s+((?:working|business|calendar)\\s+)?(days?|weeks?|months?|years?|hours?)(.*)`,
    'i',
  ),
  dmy: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})(?:\\s+(\\d{4}))?`, 'i'),
  mdy: new RegExp(`(${EN_MONTH})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i'),
  my: new RegExp(`(?:end\\s+of\\s+)?(${EN_MONTH})\\s+(\\d{4})`, 'i'),
});
const P = () => (parts ??= buildParts());

interface Point {
  y?: number;
  m?: number;
  d?: number;
  /** The phrase said "this year" / "next year" / a month without year: relative to the article. */
  relativeYear?: number;
  /** Month without a year: the next such month-day on or after the article's date. */
  floating?: boolean;
  /** An end of year written as a day ("年底" → 12-31), not "到2027年" (year precision). */
  endOfYear?: boolean;
}

/** The end of a month part: 底/末/下旬 → last day, 中旬 → 20, 上旬 → 10, N日 → N. */
function monthPartDay(y: number, m: number, part: string | undefined): number | undefined {
  if (!part || part === '份') return undefined;
  if (part === '底' || part === '末' || part === '下旬') return daysInMonth(y, m);
  if (part === '中旬') return 20;
  if (part === '上旬') return 10;
  const n = parseCount(part.replace(/[日号]$/, ''));
  return n !== null && n >= 1 && n <= daysInMonth(y, m) ? n : undefined;
}

function result(
  p: DeadlinePhrase,
  text: string,
  due: { y: number; m?: number; d?: number } | null,
  basis: Deadline['basis'],
  extra: Partial<Deadline> = {},
): Deadline {
  const phrase = text.slice(p.start, p.end);
  if (!due)
    return {
      text: phrase,
      start: p.start,
      end: p.end,
      due: null,
      precision: null,
      lastDay: null,
      basis: 'unresolved',
      ...extra,
    };
  const { y, m, d } = due;
  const precision: DuePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  const dueText = precision === 'day' ? ymd(y, m!, d!) : precision === 'month' ? `${pad(y, 4)}-${pad(m!)}` : pad(y, 4);
  const lastDay =
    precision === 'day' ? dueText : precision === 'month' ? ymd(y, m!, daysInMonth(y, m!)) : ymd(y, 12, 31);
  return { text: phrase, start: p.start, end: p.end, due: dueText, precision, lastDay, basis, ...extra };
}

/** Adds `n` units to a calendar day (months clamp to the month's last day). */
function addTo(
  day: { y: number; m: number; d: number },
  n: number,
  unit: string,
): { y: number; m: number; d: number } | null {
  const u = unit.toLowerCase();
  if (/^(?:年|years?)$/.test(u)) return addMonths(day, 12 * n);
  if (/^(?:个月|月|months?)$/.test(u)) return addMonths(day, n);
  const days = /^(?:周|星期|weeks?)$/.test(u) ? 7 * n : /^(?:日|天|days?|calendar days?)$/.test(u) ? n : null;
  if (days === null) return null; // hours and working days need a calendar we do not have
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function addMonths(day: { y: number; m: number; d: number }, n: number) {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** Places a floating month-day (no year) on or after the article's day. */
function nextOccurrence(article: { y: number; m: number; d: number }, m: number, d: number | undefined) {
  const last = d ?? daysInMonth(article.y, m);
  const y = m > article.m || (m === article.m && last >= article.d) ? article.y : article.y + 1;
  return { y, m, d: d === undefined ? undefined : Math.min(d, daysInMonth(y, m)) };
}

/**
 * The due date of a phrase found by `findDeadlinePhrases` in `text`. `published` is the article's
 * ISO 8601 date (with its own offset); without it, relative phrases stay unresolved.
 */
export function resolveDeadline(text: string, p: DeadlinePhrase, published?: Published): Deadline {
  const s = text.slice(p.start, p.end);
  const article = localDay(typeof published === 'function' ? published() : published);
  return p.lang === 'zh' ? resolveZh(text, p, s, article) : resolveEn(text, p, s, article);
}

function resolveZh(text: string, p: DeadlinePhrase, s: string, article: ReturnType<typeof localDay>): Deadline {
  const range = /(20\d{2})年?(?:—|–|-|－|~|～|至|到)(20\d{2})年/.exec(s);
  if (range) {
    const extra: Partial<Deadline> = { from: range[1] };
    if (s.includes('每年')) extra.recurrence = { every: 'year' };
    return result(p, text, { y: Number(range[2]) }, 'absolute', extra);
  }
  const every = /每(年|季度|月|周|日)/.exec(s);
  if (every) {
    const unit = ({ 年: 'year', 季度: 'quarter', 月: 'month', 周: 'week', 日: 'day' } as const)[every[1] as '年'];
    const md = P().monthOf.exec(s);
    const m = md ? parseCount(md[1] as string) : null;
    if (unit === 'year' && m && m >= 1 && m <= 12) {
      const dd = monthPartDay(2001, m, md?.[2]); // a non-leap year: "2月底" recurs as the 28th
      const recurrence = { every: unit, month: m, ...(dd !== undefined ? { day: dd } : {}) };
      if (!article) return result(p, text, null, 'unresolved', { recurrence });
      return result(p, text, nextOccurrence(article, m, dd), 'article-date', { recurrence });
    }
    return result(p, text, null, 'unresolved', { recurrence: { every: unit } });
  }
  const dur = P().duration.exec(s);
  if (dur && !/20\d{2}年/.test(s)) {
    // A duration: from the article's own date when it runs from the document's issue, else unresolved.
    const fromDocument =
      /(?:本|该|此)(?:通知|意见|方案|办法|决定|规定|公告|文件|措施)?(?:印发|发布|公布|施行|实施|下发)之日/.test(s);
    const n = parseCount(dur[1] as string);
    if (n === null || !fromDocument || !article) return result(p, text, null, 'unresolved');
    const due = addTo(article, n, dur[2] as string);
    return result(p, text, due, due ? 'article-date' : 'unresolved');
  }
  const pt = zhPoint(s);
  if (!pt) return result(p, text, null, 'unresolved');
  if (pt.relativeYear !== undefined || pt.floating) {
    if (!article) return result(p, text, null, 'unresolved');
    if (pt.floating) return result(p, text, nextOccurrence(article, pt.m!, pt.d), 'article-date');
    const y = article.y + pt.relativeYear!;
    return result(p, text, fill(y, pt), 'article-date');
  }
  if (pt.y === undefined) return result(p, text, null, 'unresolved');
  return result(p, text, fill(pt.y, pt), 'absolute');
}

/** A year plus what the phrase said of it: a month, a day, an end of year. */
function fill(y: number, pt: Point): { y: number; m?: number; d?: number } {
  if (pt.endOfYear) return { y, m: 12, d: 31 };
  if (pt.m === undefined) return { y };
  return pt.d === undefined ? { y, m: pt.m } : { y, m: pt.m, d: Math.min(pt.d, daysInMonth(y, pt.m)) };
}

function zhPoint(s: string): Point | null {
  const pt: Point = {};
  const year = /(20\d{2})年/.exec(s);
  if (year) pt.y = Number(year[1]);
  else if (/今年|本年|当年|年内|全年|今明两年/.test(s)) pt.relativeYear = /今明两年/.test(s) ? 1 : 0;
  else if (/明年/.test(s)) pt.relativeYear = 1;
  else if (/^(?:[^年]*?)(?:年底|年末)/.test(s)) pt.relativeYear = 0;
  const yearEnd = /年底|年末|年内|下半年|(?:20\d{2}年|今年|明年|本年)(?:底|末)/.test(s);
  const half = /上半年/.test(s);
  const quarter = /(?:第)?([一二三四1-4])季度/.exec(s);
  const q3 = /前三季度/.test(s);
  const md = P().monthOf.exec(s);
  if (md) {
    const m = parseCount(md[1] as string);
    if (m === null || m < 1 || m > 12) return null;
    pt.m = m;
    const y = pt.y ?? 2001;
    const d = monthPartDay(y, m, md[2]);
    if (d !== undefined) pt.d = d;
    if (pt.y === undefined && pt.relativeYear === undefined) pt.floating = true;
    // "6月" with only "前" after it: the month's end is not said, only the month.
  } else if (yearEnd) pt.endOfYear = true;
  else if (half || q3 || quarter) {
    const qn = q3 ? 3 : half ? 2 : (parseCount(String(quarter?.[1])) ?? Number(quarter?.[1]));
    pt.m = half ? 6 : qn * 3;
    pt.d = daysInMonth(pt.y ?? 2001, pt.m);
  } else if (pt.y === undefined && pt.relativeYear === undefined) return null;
  return pt;
}

function resolveEn(text: string, p: DeadlinePhrase, s: string, article: ReturnType<typeof localDay>): Deadline {
  const within = P().within.exec(s);
  if (within) {
    const n = parseCount(within[1] as string);
    const ofDocument =
      /\b(?:of|after|from)\s+(?:the\s+date\s+of\s+)?this\s+(?:order|memorandum|proclamation|notice|directive|rule)\b/i.test(
        within[4] as string,
      );
    if (n === null || within[2] || !ofDocument || !article) return result(p, text, null, 'unresolved');
    const due = addTo(article, n, within[3] as string);
    return result(p, text, due, due ? 'article-date' : 'unresolved');
  }
  const recurring = /\b(?:each|every)\s+year\b/i.test(s);
  const dmy = P().dmy.exec(s);
  const mdy = P().mdy.exec(s);
  const my = P().my.exec(s);
  const endOf = /\bend\s+of\s+(\d{4})\b/i.exec(s);
  // "by the end of this year" / "of next year": the article's year, or the one after
  const endOfRelative = /\bend\s+of\s+(this|next)\s+year\b/i.exec(s);
  const year = /\b(20\d{2}|19\d{2})\b/.exec(s);
  let m: number | undefined;
  let d: number | undefined;
  let y: number | undefined;
  if (dmy) [d, m, y] = [Number(dmy[1]), enMonth(dmy[2] as string), dmy[3] ? Number(dmy[3]) : undefined];
  else if (mdy) [m, d, y] = [enMonth(mdy[1] as string), Number(mdy[2]), mdy[3] ? Number(mdy[3]) : undefined];
  else if (my) [m, y] = [enMonth(my[1] as string), Number(my[2])];
  else if (endOf) [y, m, d] = [Number(endOf[1]), 12, 31];
  else if (endOfRelative) {
    if (!article) return result(p, text, null, 'unresolved');
    const relative = endOfRelative[1]!.toLowerCase() === 'next' ? 1 : 0;
    return result(p, text, { y: article.y + relative, m: 12, d: 31 }, 'article-date');
  } else if (year) y = Number(year[1]);
  if (m !== undefined && d !== undefined && (d < 1 || d > 31)) return result(p, text, null, 'unresolved');
  if (recurring) {
    if (m === undefined) return result(p, text, null, 'unresolved', { recurrence: { every: 'year' } });
    const recurrence = { every: 'year' as const, month: m, ...(d !== undefined ? { day: d } : {}) };
    if (!article) return result(p, text, null, 'unresolved', { recurrence });
    return result(p, text, nextOccurrence(article, m, d), 'article-date', { recurrence });
  }
  if (y === undefined) {
    if (m === undefined || !article) return result(p, text, null, 'unresolved');
    return result(p, text, nextOccurrence(article, m, d), 'article-date');
  }
  if (m === undefined) return result(p, text, { y }, 'absolute');
  return result(p, text, d === undefined ? { y, m } : { y, m, d: Math.min(d, daysInMonth(y, m)) }, 'absolute');
}

/**
 * Whether a time phrase bounds an act ("到2026年", "今年年底前", "within 90 days") rather than only
 * setting the scene ("今年，" / "全年").
 */
export function boundsAnAct(phrase: string, lang: 'zh' | 'en'): boolean {
  return lang === 'en' || /[到至于前底末内]/.test(phrase);
}

/**
 * The first deadline of `text[span.start, span.end)` with its due date, or null when the span names
 * none. With `bounded`, only a phrase that bounds an act counts (see boundsAnAct).
 */
export function deadlineOf(
  text: string,
  span: { start: number; end: number },
  lang: 'zh' | 'en',
  published?: Published,
  bounded = false,
): Deadline | null {
  for (const p of findDeadlinePhrases(text, lang, span.start, span.end))
    if (!bounded || boundsAnAct(text.slice(p.start, p.end), lang)) return resolveDeadline(text, p, published);
  return null;
}
