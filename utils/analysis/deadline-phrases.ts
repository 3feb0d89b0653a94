/**
 * Where deadline phrases are in a text ("到2026年底", "6月底前", "within 90 days", "by 30 June each
 * year"): the phrase tables (data, built on first use and tried only where a phrase can start near a
 * unit of time) and `findDeadlinePhrases`. deadlines.ts resolves a phrase to its due date with the
 * same pieces (MON, EN_MONTH, …).
 */
import { isWordCode } from './char-codes';

/** A phrase found in a text: where it is and what it says, before any date arithmetic. */
export interface DeadlinePhrase {
  start: number;
  end: number;
  lang: 'zh' | 'en';
}

const CN_DIGIT = '〇零一二两三四五六七八九十百';
export const N = `(?:\\d{1,4}|[${CN_DIGIT}]{1,4})`;
export const MON = '(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|[一二三四五六七八九十]{1,3})';
/** A part of a month: its end, a ten-day period, or a day. */
export const MONTH_PART = `(?:${DAY}[日号]|底|末|上旬|中旬|下旬|份)`;
/** A part of a year. */
const YEAR_PART = `(?:年底|年末|底|末|上半年|下半年|前三季度|(?:第)?[一二三四1-4]季度(?:末)?|${MON}月${MONTH_PART}?)`;
export const BEFORE = '(?:前|以前|之前|内|以内|之内|为止)';
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
  // 本通知印发之日起3个月内, 灾害发生后6个月内, 在30日内, 7个工作日内, 险情发生后30分钟内
  {
    first: PREP_FIRST + '自从' + NUM_FIRST,
    re: new RegExp(`(?:${EVENT_ANCHOR}|${PREP})${N}个?(?:工作日|日|天|小时|分钟|周|星期|个月|月|年)${BEFORE}`, 'y'),
  },
  // 提前至少30日
  { first: '提', re: new RegExp(`提前(?:至少)?${N}个?(?:工作日|日|天|小时|周|个月|月)`, 'y') },
  // 用三年左右时间, 用5年时间, 花两到三年的时间: the span a plan gives itself
  {
    first: '用花',
    re: new RegExp(`(?:用|花)${N}(?:(?:到|至)${N})?个?(?:年|月)(?:左右|多)?(?:的)?时间`, 'y'),
  },
];

export const EN_MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const EN_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH}(?:\\s+${YEAR})?|${EN_MONTH}\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?|(?:the\\s+)?end\\s+of\\s+(?:${EN_MONTH}\\s+)?${YEAR}|(?:the\\s+)?end\\s+of\\s+(?:this|next)\\s+year|${EN_MONTH}\\s+${YEAR}|${YEAR})`;
export const EN_COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)';
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
      `within\\s+${EN_COUNT}\\s+(?:(?:working|business|calendar|school)\\s+)?(?:days?|weeks?|months?|years?|hours?)(?:\\s+(?:of|after|from)\\s+(?:the\\s+date\\s+of\\s+)?(?:this|the|a|an|each|receiving|becoming|being)\\b[^,;:.]{0,60}?(?=[,;:.]|\\s+(?:shall|must|should|the|on)\\b|$))?`,
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
const FIRST_CHARS = { zh: PREP_FIRST + NUM_FIRST + '2今明本当年全每提自从用花', en: 'bBnNoOuUwWeE' };

/** "今年以来" looks back, not forward. */
const SINCE = /^(?:以来|来|以后)/;
/** "今年的目标是，力争到年底…": the year of a goal announced is its topic; the deadline comes after. */
const TOPIC_OF = /^的(?:目标|任务|重点)/;

/** Cheap pre-filters: a phrase needs one of these characters. */
const ZH_HINT = /[年月日天时周季内前]/;
const EN_HINT = /\b(?:by|within|before|until|later|year)\b/i;

/** Units of time: a Chinese phrase has one within this many characters of its start. */
const ZH_UNIT = /[年月日天时周季]|分钟/g;
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
      (isDeadline(slice.slice(i, i + best), lang) || yearOfGoal(slice, i, best)) &&
      !SINCE.test(slice.slice(i + best, i + best + 2)) &&
      !TOPIC_OF.test(slice.slice(i + best, i + best + 3))
    ) {
      out.push({ start: from + i, end: from + i + best, lang });
      i += best - 1;
    }
  }
  return out;
}

/**
 * A bare year with a short subject and 要 after it in its clause, "2026年全省要开发不少于2万个…岗位": the year the
 * goal is set for (rules.ts reads such a sentence as a target, s35).
 */
function yearOfGoal(slice: string, i: number, n: number): boolean {
  return n === 5 && /^20\d{2}年$/.test(slice.slice(i, i + n)) && YEAR_GOAL.test(slice.slice(i + n, i + n + 12));
}
/** (要 as a modal: not 主要 / 重要 / 需要 / 纲要, nor 要求 / 要点) */
const YEAR_GOAL = /^[^，,。；;：:！!？?\d]{0,10}?(?<![主重需必纲提摘])要(?![求点素闻])/;

/** Rejects matches that carry no time: "在此基础上" never matches, but "在" + "2个" alone would. */
function isDeadline(s: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'en') return true;
  // A bare year ("2024年") with no preposition and no "before" is a date in a report, not a deadline.
  if (/^20\d{2}年$/.test(s)) return false;
  return /[年月日天时周季]|分钟/.test(s);
}
