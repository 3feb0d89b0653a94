/**
 * The page facts the content script reports (is it an article, its metadata, how many
 * directives of each category are shown), published whenever they change. The article's
 * metadata other than its title is read after the paint (utils/article/detect.ts, `deferMeta`),
 * in slices: on a long page the read takes ~25 ms (its text nodes and label cells).
 */
import { readDeferredMeta } from '@/utils/article/deferred-meta';
import type { Article } from '@/utils/article/types';
import type { CategoryCounts } from '@/utils/counts';
import type { ArticleMeta } from '@/utils/highlights/record';
import { clipArticle } from '@/utils/highlights/draft';
import { afterFrame, childLifetime, inSlices } from '@/utils/schedule';

export interface PageFacts {
  /** The address the facts are of, without its #fragment. */
  url: string;
  isArticle: boolean;
  article: ArticleMeta | null;
  counts: CategoryCounts;
}

export interface FactsSource {
  signal: AbortSignal;
  /** The adopted article, null when the page is none. */
  article(): Article | null;
  counts(): CategoryCounts;
  /** Called with the facts each time they are published. */
  onFacts(facts: PageFacts): void;
}

export interface FactsPublisher {
  /** Publishes the facts now (the metadata read at once where it is not yet). */
  publish: () => void;
  /**
   * Publishes once the article's metadata is read, a slice at a time (in its last slice): true
   * once published, false when another article was adopted or the content script ended first.
   */
  publishSoon: () => Promise<boolean>;
}

export const pageUrl = (href: string) => href.split('#')[0] ?? href;

export function createFactsPublisher(source: FactsSource): FactsPublisher {
  /** The lifetime of the metadata read under way: a newer one ends it. */
  let metaRead: AbortController | null = null;

  const facts = (): PageFacts => {
    const article = source.article();
    let meta: ArticleMeta | null = null;
    if (article) {
      // Within the record's limits, or the background refuses the whole report (and the
      // reader's highlights of this page with it).
      meta = clipArticle(article.meta);
    }
    // The address the facts were read at: an article's when it was detected, which a History-API
    // move leaves behind until the new page is read (the report is not sent meanwhile).
    const url = pageUrl(article ? article.meta.url : location.href);
    return { url, isArticle: !!article, article: meta, counts: source.counts() };
  };
  const publish = () => source.onFacts(facts());

  return {
    publish,
    publishSoon() {
      metaRead?.abort();
      const article = source.article();
      if (!article) {
        publish();
        return Promise.resolve(true);
      }
      const life = (metaRead = childLifetime(source.signal));
      const part = (stop: () => boolean) => {
        if (!readDeferredMeta(article.meta, stop)) return null;
        const current = source.article() === article;
        if (current) publish();
        return current;
      };
      // After the frame that shows the paint (the metadata's slices would hold it back).
      return inSlices('publish', life.signal, part, afterFrame).then((done) => done === true);
    },
  };
}
