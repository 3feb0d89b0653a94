/**
 * The article's key points as Markdown (utils/export/key-points.ts), for "copy key points" in
 * the outline and the popup: the cores (computed now if the sliced computation has not got
 * there yet) and the deadlines (they need the article's date, read after the paint: now).
 */
import { addDeadlines } from '@/utils/analysis/analyze';
import { addCores, type Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import type { ExportLang } from '@/utils/export/labels';
import { keyPointsMarkdown } from '@/utils/export/key-points';
import type { DirectiveCategory } from '@/utils/highlights/record';

export interface KeyPointsSource {
  article: Article;
  directives: Directive[];
  /** True when the directives have their cores already. */
  cored: boolean;
  /** The categories switched on: the digest lists what the outline lists. */
  enabled: Record<DirectiveCategory, boolean>;
  url: string;
}

export function keyPointsOf(source: KeyPointsSource, lang: ExportLang): string {
  const { article, directives } = source;
  if (!source.cored) addCores(article, directives);
  addDeadlines(article, directives);
  const meta = article.meta;
  return keyPointsMarkdown(
    {
      url: source.url,
      title: meta.title,
      source: meta.source,
      published: meta.published,
      blocks: article.blocks,
      // Headings stay whatever the switches: they are the digest's structure.
      directives: directives.filter((d) => d.category === 'heading' || source.enabled[d.category]),
    },
    lang,
  );
}
