/**
 * Whole-page analysis: article detection + directive finding, as the JSON the CLI prints and the
 * eval scores. Pure: takes a parsed Document, never touches browser globals.
 */
import { detectArticle } from '@/utils/article/detect';
import type { Article } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';
import {
  articleLanguage,
  blockLanguage,
  findDirectives,
  type AnalyzableArticle,
  type Directive,
  type FindOptions,
} from './directives';
import type { CoreSpan } from './cores';
import { deadlineOf, type Deadline } from './deadlines';

export interface ArticleJson {
  title: string;
  published: string | null;
  source: string | null;
  editor: string | null;
  author: string | null;
  keywords: string[];
  channel: string[];
  language: string | null;
  issuer?: string | null;
  docNumber?: string | null;
  url: string;
}

export interface DirectiveJson {
  text: string;
  category: DirectiveCategory;
  score: number;
  start: number;
  end: number;
  /** The directive's core: spans in article-text offsets (cores.ts). */
  core: CoreSpan[];
  /** The text of each core span, for people reading the JSON. */
  coreText: string[];
  /** A target's dated phrase (or one inside another directive's core): the phrase, its span, the normalised due date. */
  deadline?: Deadline;
}

export interface AnalysisJson {
  article: ArticleJson | null;
  directives: DirectiveJson[];
}

export interface Analysis {
  article: Article | null;
  directives: Directive[];
  json: AnalysisJson;
}

export function articleJson(article: Article): ArticleJson {
  const m = article.meta;
  const json: ArticleJson = {
    title: m.title,
    published: m.published ?? null,
    source: m.source ?? null,
    editor: m.editor ?? null,
    author: m.author ?? null,
    keywords: m.keywords ?? [],
    channel: m.channel ?? [],
    language: m.language ?? null,
    url: m.url,
  };
  // Only policy documents carry these; leave them out elsewhere rather than print nulls.
  if (m.issuer) json.issuer = m.issuer;
  if (m.docNumber) json.docNumber = m.docNumber;
  return json;
}

export const directiveJson = (d: Directive): DirectiveJson => ({
  text: d.text,
  category: d.category,
  score: d.score,
  start: d.start,
  end: d.end,
  core: d.core.map((c) => ({ start: c.start, end: c.end })),
  coreText: d.core.map((c) => d.text.slice(c.start - d.start, c.end - d.start)),
  ...(d.deadline ? { deadline: d.deadline } : {}),
});

/**
 * Sets `deadline` on the directives that name one: a target's first dated phrase, another
 * directive's first phrase inside its core that bounds the act. Relative phrases are resolved
 * against the article's `published` date, read once and only when a phrase is found (in the
 * content script the metadata is read after the paint: call this then, not before).
 */
export function addDeadlines(article: AnalyzableArticle, directives: Directive[]): void {
  const articleLang = articleLanguage(article);
  let published: string | null | undefined;
  let read = false;
  const date = () => {
    if (!read) [published, read] = [article.meta?.published, true];
    return published;
  };
  for (const d of directives) {
    if (d.category === 'heading') continue;
    const block = article.blocks[d.blockIndex];
    const lang = block ? blockLanguage(block.text, articleLang) : articleLang;
    const spans = d.category === 'target' ? [d] : d.core;
    for (const span of spans) {
      const deadline = deadlineOf(article.text, span, lang, date, d.category !== 'target');
      if (deadline) {
        d.deadline = deadline;
        break;
      }
    }
  }
}

/** Detects the article of `doc` and its directives (with cores and deadlines); the full objects plus their JSON form. */
export function analyze(doc: Document, url: string, options?: FindOptions): Analysis {
  const article = detectArticle(doc, url);
  if (!article) return { article: null, directives: [], json: { article: null, directives: [] } };
  const directives = findDirectives(article, options);
  addDeadlines(article, directives);
  return { article, directives, json: { article: articleJson(article), directives: directives.map(directiveJson) } };
}

/** The analysis as JSON: `{"article": {...} | null, "directives": [...]}`. A non-article gives null and []. */
export function analyzeDocument(doc: Document, url: string, options?: FindOptions): AnalysisJson {
  return analyze(doc, url, options).json;
}
