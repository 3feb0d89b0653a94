import { uiLanguage } from '@/platform/i18n';
import type { ExportLang } from '@/utils/export';

/** The browser's UI language as our two export languages: Chinese for any zh-*, else English. */
export function uiLang(): ExportLang {
  return /^zh\b/i.test(uiLanguage()) ? 'zh' : 'en';
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "5月1日" / "May 1" this year, with the year otherwise. */
export function formatDay(ms: number, now = Date.now()): string {
  const lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  const key = `${lang}:${sameYear}`;
  let fmt = dayFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
    dayFormats.set(key, fmt);
  }
  return fmt.format(d);
}
