/** What the genre and cores tests assert: a paragraph's directives as [category, text] pairs, a directive's cores. */
import { coresOf } from '@/utils/analysis/cores';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import type { DirectiveCategory } from '@/utils/highlights/record';

export const marks = (text: string, language?: string) =>
  findDirectives(plainArticle([text], language)).map((d) => [d.category, d.text]);
export const zh = (text: string) => marks(text, 'zh');
export const en = (text: string) => marks(text, 'en');
/** The one directive `text` is, as `marks` gives it. */
export const one = (category: string, text: string) => [[category, text]];

/** The core texts of `text` taken whole as one directive of `category`. */
export const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = 'zh') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));
