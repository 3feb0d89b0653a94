/**
 * The UI's language and how its dates read: one formatter for every date the popup, the
 * library page and the options page show (highlight rows, page groups, an article's date,
 * the last sync).
 *
 * The UI's language is the one of the message file the browser picked, not the browser's own
 * language: a French browser gets the default (Chinese) messages, and its dates must be
 * Chinese too. An English UI keeps the browser's regional form ("27 Nov" in en-GB).
 */

/** The locale the UI is shown in, from the message file's own tag and the browser's UI language. */
export function uiLocaleFrom(messagesLocale: string, browserLocale: string): string {
  const messages = canonical(messagesLocale) ?? 'zh-CN';
  const browser = canonical(browserLocale);
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  // Chinese messages are Simplified (zh_CN): a zh-TW browser still reads zh-CN dates beside them.
  if (browser && language(messages) === 'en' && language(browser) === 'en') return browser;
  return messages;
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const sameYear = (a: Date, b: Date, utc = false) =>
  utc ? a.getUTCFullYear() === b.getFullYear() : a.getFullYear() === b.getFullYear();

/** A day: "11月27日" / "Nov 27" (en-GB "27 Nov") this year; with the year in other years. */
export function formatDay(ms: number, locale: string, now = Date.now()): string {
  const d = new Date(ms);
  return sameYear(d, new Date(now))
    ? format(locale, 'day', { month: 'short', day: 'numeric' }).format(d)
    : format(locale, 'day-year', { year: 'numeric', month: 'short', day: 'numeric' }).format(d);
}

/** A moment: the day as in `formatDay`, then the time of day ("11月27日 14:05"). */
export function formatMoment(ms: number, locale: string, now = Date.now()): string {
  const d = new Date(ms);
  const time = { hour: 'numeric', minute: '2-digit' } as const;
  return sameYear(d, new Date(now))
    ? format(locale, 'moment', { month: 'short', day: 'numeric', ...time }).format(d)
    : format(locale, 'moment-year', { year: 'numeric', month: 'short', day: 'numeric', ...time }).format(d);
}

/**
 * An article's publication date as the page gave it (ISO 8601 with the page's own offset):
 * the calendar day the page states, never moved by the reader's time zone. Text that is not
 * an ISO date is shown as it is.
 */
export function formatPublished(published: string | null | undefined, locale: string, now = Date.now()): string {
  if (!published) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(published.trim());
  if (!m) return published;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(year, month - 1, date));
  // "2024-02-30" is not a day: show what the page said rather than March 1.
  if (day.getUTCMonth() !== month - 1 || day.getUTCDate() !== date) return published;
  const utc = { timeZone: 'UTC' } as const;
  return sameYear(day, new Date(now), true)
    ? format(locale, 'utc-day', { month: 'short', day: 'numeric', ...utc }).format(day)
    : format(locale, 'utc-day-year', { year: 'numeric', month: 'short', day: 'numeric', ...utc }).format(day);
}
