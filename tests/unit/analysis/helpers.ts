/** What the genre tests assert: the directives found in one paragraph, as [category, text] pairs. */
import { findDirectives, plainArticle } from '@/utils/analysis/directives';

export const marks = (text: string, language?: string) =>
  findDirectives(plainArticle([text], language)).map((d) => [d.category, d.text]);
export const zh = (text: string) => marks(text, 'zh');
export const en = (text: string) => marks(text, 'en');
/** The one directive `text` is, as `marks` gives it. */
export const one = (category: string, text: string) => [[category, text]];
