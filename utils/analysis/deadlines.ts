/**
 * Deadlines of targets: the phrase that sets a date ("到2026年底", "6月底前", "within 90 days of
 * the date of this order", "by 30 June each year") and its normalised due date.
 *
 * Two steps, both pure: `findDeadlinePhrases` locates phrases in any string (offsets 1:1 with
 * it, so it works on a normalised matching view as well as on the article text), and
 * `resolveDeadline` turns one into a due date, against the article's publication date where the
 * phrase is relative. The article's date is read in its own time zone — the local calendar day of
 * its ISO string ("2025-12-31T23:30:00+08:00" is 31 December, whatever the reader's zone).
 * A phrase that names no date we can compute ("灾害发生后6个月内", "before you start trading")
 * is kept as text with `basis: 'unresolved'`: never guessed.
 */
import { isWordCode } from './char-codes';

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

/** A phrase found in a text: where it is and what it says, before any date arithmetic. */
export interface DeadlinePhrase {
  start: number;
  end: number;
  lang: 'zh' | 'en';
}

// ---- the phrases (data) -------------------------------------------------------------------------

const CN_DIGIT = '〇零一二两三四五六七八九十百';
const N = `(?:\\d{1,4}|[${CN_DIGIT}]{1,4})`;
const MON = '(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|[一二三四五六七八九十]{1,3})';
/** A part of a month: its end, a ten-day period, or a day. */
const MONTH_PART = `(?:${DAY}[日号]|底|末|上旬|中旬|下旬|份)`;
/** A part of a year. */
const YEAR_PART = `(?:年底|年末|底|末|上半年|下半年|前三季度|(?:第)?[一二三四1-4]季度(?:末)?|${MON}月${MONTH_PART}?)`;
const BEFORE = '(?:前|以前|之前|内|以内|之内|为止)';
const PREP = '(?:截至|截止到?|最迟(?:于|在|到)?|不晚于|到|至|在|于)?';
const EVENT_ANCHOR = '(?:在|于|自|从)[^，,。；;！!？?要须应]{0,16}?(?:之日起|之日|之时|起|后)';

const PREP_FIRST = '截最不到至在于';
const NUM_FIRST = '0123456789０１２３４５６７８９〇零一二两三四五六七八九十百';

/**
 * Chinese deadline phrases, each with the characters it can start with: at a position only the
 * phrases that can start there are tried (the longest match wins). Built on first use, so a page
 * without dates never compiles them.
 */
const zhPhrases = (): { first: string; re: RegExp }[] => [
  // 2025—2027年 / 2025年至2027年, optionally 每年
  {
    first: PREP_FIRST + '2',
    re: new RegExp(`${PREP}20\\d{2}年?(?:—|–|-|－|~|～|至|到)20\\d{2}年(?:每年)?${BEFORE}?`, 'y'),
  },
  // 2026年底前, 2025年6月30日前, 2025年秋季学期开学前
  {
    first: PREP_FIRST + '2',
    re: new RegExp(`${PREP}20\\d{2}年(?:${YEAR_PART}|[^，,。；;！!？?\\d]{1,10}?前)?${BEFORE}?`, 'y'),
  },
  // 今年年底前, 明年6月底前, 年内, 今年
  {
    first: PREP_FIRST + '今明本当年全',
    re: new RegExp(`${PREP}(?:今年|明年|本年度?|当年|年内|年底|年末|全年|今明两年)(?:${YEAR_PART})?${BEFORE}?`, 'y'),
  },
  // 每年汛期前, 每年6月30日前, 每季度, 每月
  {
    // with its preposition, as a dated phrase: 须于每月10日前报送
    first: PREP_FIRST + '每',
    re: new RegExp(
      `${PREP}每(?:年|季度|月|周|日)(?:${MON}月${MONTH_PART}?|[^，,。；;！!？?\\d]{1,6}?前|底|末)?${BEFORE}?`,
      'y',
    ),
  },
  // 6月底前, 3月20日前, 7月中旬前 (a month needs a part or a "before": "6月" alone is too vague)
  { first: PREP_FIRST + NUM_FIRST, re: new RegExp(`${PREP}${MON}月(?:${MONTH_PART}${BEFORE}?|${BEFORE})`, 'y') },
  // 本通知印发之日起3个月内, 灾害发生后6个月内, 在30日内, 7个工作日内
  {
    first: PREP_FIRST + '自从' + NUM_FIRST,
    re: new RegExp(`(?:${EVENT_ANCHOR}|${PREP})${N}个?(?:工作日|日|天|小时|周|星期|个月|月|年)${BEFORE}`, 'y'),
  },
  // 提前至少30日
  { first: '提', re: new RegExp(`提前(?:至少)?${N}个?(?:工作日|日|天|小时|周|个月|月)`, 'y') },
];

const EN_MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const EN_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH}(?:\\s+${YEAR})?|${EN_MONTH}\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?|(?:the\\s+)?end\\s+of\\s+(?:${EN_MONTH}\\s+)?${YEAR}|${EN_MONTH}\\s+${YEAR}|${YEAR})`;
const EN_COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)';
const EN_EACH = '(?:\\s+(?:each|every)\\s+year)?';
/** English deadline phrases (case-insensitive), with the characters each can start with. */
const enPhrases = (): { first: string; re: RegExp }[] => [
  {
    first: 'bBnNoOuU',
    re: new RegExp(
      `(?:by|no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|before|until)\\s+${EN_DATE}${EN_EACH}`,
      'iy',
    ),
  },
  {
    first: 'wW',
    re: new RegExp(
      `within\\s+${EN_COUNT}\\s+(?:(?:working|business|calendar)\\s+)?(?:days?|weeks?|months?|years?|hours?)(?:\\s+(?:of|after|from)\\s+(?:the\\s+date\\s+of\\s+)?(?:this|the|receiving|becoming|being)\\b[^,;:.]{0,60}?(?=[,;:.]|\\s+(?:shall|must|should|the|on)\\b|$))?`,
      'iy',
    ),
  },
  { first: 'eE', re: new RegExp(`(?:each|every)\\s+year\\s+by\\s+${EN_DATE}`, 'iy') },
];

/**
 * The phrases that can start with each character, by its UTF-16 code: the scan looks up every
 * character of a directive, and `text[i]` of a CJK character would allocate a string each time.
 */
function byFirst(table: readonly { first: string; re: RegExp }[]): Map<number, RegExp[]> {
  const map = new Map<number, RegExp[]>();
  for (const { first, re } of table)
    for (const ch of first) {
      const code = ch.charCodeAt(0);
      const list = map.get(code);
      if (list) list.push(re);
      else map.set(code, [re]);
    }
  return map;
}
const phraseTables = new Map<'zh' | 'en', Map<number, RegExp[]>>();
function phrasesByFirst(lang: 'zh' | 'en'): Map<number, RegExp[]> {
  let t = phraseTables.get(lang);
  if (!t) phraseTables.set(lang, (t = byFirst(lang === 'zh' ? zhPhrases() : enPhrases())));
  return t;
}
/** Every character a phrase can start with, without building the tables. */
const FIRST_CHARS = { zh: PREP_FIRST + NUM_FIRST + '2今明本当年全每提自从', en: 'bBnNoOuUwWeE' };

/** "今年以来" looks back, not forward. */
const SINCE = /^(?:以来|来|以后)/;
/** "今年的目标是，力争到年底…": the year of a goal announced is its topic; the deadline comes after. */
const TOPIC_OF = /^的(?:目标|任务|重点)/;

/** Cheap pre-filters: a phrase needs one of these characters. */
const ZH_HINT = /[年月日天时周季内前]/;
const EN_HINT = /\b(?:by|within|before|until|later|year)\b/i;

/** Units of time: a Chinese phrase has one within this many characters of its start. */
const ZH_UNIT = /[年月日天时周季]/g;
const ZH_REACH = 24;

/**
 * The deadline phrases of `text[from, to)`, in order, not overlapping. Offsets index `text`.
 * `lang` picks the phrase table (a directive's block language). With `onlyAt`, only a phrase
 * starting exactly at `from` is looked for.
 */
export function findDeadlinePhrases(
  text: string,
  lang: 'zh' | 'en',
  from = 0,
  to = text.length,
  onlyAt = false,
): DeadlinePhrase[] {
  if (onlyAt && !FIRST_CHARS[lang].includes(text[from] ?? '\0')) return [];
  const slice = text.slice(from, to);
  if (!(lang === 'zh' ? ZH_HINT : EN_HINT).test(slice)) return [];
  const byFirstChar = phrasesByFirst(lang);
  const out: DeadlinePhrase[] = [];
  let unit = -1; // next unit of time at or after i (zh)
  for (let i = 0; i < (onlyAt ? Math.min(1, slice.length) : slice.length); i++) {
    const table = byFirstChar.get(slice.charCodeAt(i));
    if (!table) continue;
    if (lang === 'zh') {
      if (unit < i) {
        ZH_UNIT.lastIndex = i;
        unit = ZH_UNIT.exec(slice)?.index ?? slice.length + ZH_REACH;
      }
      if (unit - i > ZH_REACH) continue;
    } else if (i > 0 && isWordCode(slice.charCodeAt(i - 1))) continue;
    let best = 0;
    for (const re of table) {
      re.lastIndex = i;
      const m = re.exec(slice);
      if (m && m[0].length > best) best = m[0].length;
    }
    if (
      best > 0 &&
      isDeadline(slice.slice(i, i + best), lang) &&
      !SINCE.test(slice.slice(i + best, i + best + 2)) &&
      !TOPIC_OF.test(slice.slice(i + best, i + best + 3))
    ) {
      out.push({ start: from + i, end: from + i + best, lang });
      i += best - 1;
    }
  }
  return out;
}

/** Rejects matches that carry no time: "在此基础上" never matches, but "在" + "2个" alone would. */
function isDeadline(s: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'en') return true;
  // A bare year ("2024年") with no preposition and no "before" is a date in a report, not a deadline.
  if (/^20\d{2}年$/.test(s)) return false;
  return /[年月日天时周季]/.test(s);
}

// ---- resolving a phrase ------------------------------------------------------------------------

/** The patterns that read a phrase's parts, built on first use. */
let parts: ReturnType<typeof buildParts> | null = null;
const buildParts = () => ({
  monthOf: new RegExp(`(${MON})月(${MONTH_PART})?`),
  duration: new RegExp(`(${N})个?(工作日|日|天|小时|周|星期|个月|月|年)${BEFORE}`),
  within: new RegExp(
    `within\\s+(${EN_COUNT})\\s+((?:working|business|calendar)\\s+)?(days?|weeks?|months?|years?|hours?)(.*)`,
    'i',
  ),
  dmy: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})(?:\\s+(\\d{4}))?`, 'i'),
  mdy: new RegExp(`(${EN_MONTH})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i'),
  my: new RegExp(`(?:end\\s+of\\s+)?(${EN_MONTH})\\s+(\\d{4})`, 'i'),
});
const P = () => (parts ??= buildParts());

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

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
const enMonth = (name: string) => EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The local calendar day of an ISO 8601 date-time, in the offset it was written with. */
export function localDay(published: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? { y, m: mo, d } : null;
}

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
  if (part === '底' || part === '末' || part === '下旬') return daysIn(y, m);
  if (part === '中旬') return 20;
  if (part === '上旬') return 10;
  const n = parseCount(part.replace(/[日号]$/, ''));
  return n !== null && n >= 1 && n <= daysIn(y, m) ? n : undefined;
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
  const lastDay = precision === 'day' ? dueText : precision === 'month' ? ymd(y, m!, daysIn(y, m!)) : ymd(y, 12, 31);
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
  return { y, m, d: Math.min(day.d, daysIn(y, m)) };
}

/** Places a floating month-day (no year) on or after the article's day. */
function nextOccurrence(article: { y: number; m: number; d: number }, m: number, d: number | undefined) {
  const last = d ?? daysIn(article.y, m);
  const y = m > article.m || (m === article.m && last >= article.d) ? article.y : article.y + 1;
  return { y, m, d: d === undefined ? undefined : Math.min(d, daysIn(y, m)) };
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
  return pt.d === undefined ? { y, m: pt.m } : { y, m: pt.m, d: Math.min(pt.d, daysIn(y, pt.m)) };
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
    pt.d = daysIn(pt.y ?? 2001, pt.m);
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
  const year = /\b(20\d{2}|19\d{2})\b/.exec(s);
  let m: number | undefined;
  let d: number | undefined;
  let y: number | undefined;
  if (dmy) [d, m, y] = [Number(dmy[1]), enMonth(dmy[2] as string), dmy[3] ? Number(dmy[3]) : undefined];
  else if (mdy) [m, d, y] = [enMonth(mdy[1] as string), Number(mdy[2]), mdy[3] ? Number(mdy[3]) : undefined];
  else if (my) [m, y] = [enMonth(my[1] as string), Number(my[2])];
  else if (endOf) [y, m, d] = [Number(endOf[1]), 12, 31];
  else if (year) y = Number(year[1]);
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
  return result(p, text, d === undefined ? { y, m } : { y, m, d: Math.min(d, daysIn(y, m)) }, 'absolute');
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
