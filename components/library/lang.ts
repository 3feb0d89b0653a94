import { uiLanguage } from '@/platform/i18n';
import type { ExportLang } from '@/utils/export';
import { formatDay, formatMoment, formatPublished, uiLocaleFrom } from '@/utils/library/locale';
import { t } from '@/platform/i18n';

let cached: string | undefined;

/** The locale the UI is shown in: the language of the messages in use (see utils/library/locale.ts). */
export function uiLocale(): string {
  return (cached ??= uiLocaleFrom(t('uiLocale'), uiLanguage()));
}

/** The UI's language as our two export languages. */
export function uiLang(): ExportLang {
  return /^zh\b/i.test(uiLocale()) ? 'zh' : 'en';
}

/** Marks the page's language for assistive technology, spell checking and font choice. */
export function setDocumentLanguage(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title;
}

/** Dates as the UI shows them everywhere: "11月27日" / "Nov 27", with the year in other years. */
export const dayLabel = (ms: number) => formatDay(ms, uiLocale());
/** A moment (the last sync): the day and the time of day. */
export const momentLabel = (ms: number) => formatMoment(ms, uiLocale());
/** An article's own publication date, on the day the page states. */
export const publishedLabel = (published: string | null | undefined) => formatPublished(published, uiLocale());
