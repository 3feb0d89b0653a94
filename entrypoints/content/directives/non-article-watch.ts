/**
 * While the page is no article: the one bounded watcher for an article arriving late
 * (`watchForLateArticle`), restarted by a navigation inside the page (`watchNavigation`: a
 * single-page app opening an article), both ended when the page becomes an article.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSpaPortalHost } from '@/utils/portals';
import { mark, task } from '@/utils/perf/timing';
import { whenIdle } from '@/utils/schedule';
import type { Found } from './analysis';
import { watchForLateArticle, watchNavigation } from './watch';

export interface NonArticleWatchDeps {
  ctx: ContentScriptContext;
  doc: Document;
  /** Detection on the page as it is now. */
  detect(): Found | null;
  isArticle(): boolean;
  /** An article was found: adopt and paint it. */
  found(found: Found): void;
  /** Reports the page (no article) to the background. */
  publish(): void;
}

export interface NonArticleWatch {
  /** Starts (or restarts) the watchers; `checkSoon`: the page may have changed, check at once. */
  watchLate(checkSoon?: boolean): void;
  /** Not an article at load: the report and the watcher wait for idle time. */
  dismiss(): void;
  /** The page is an article: both watchers end (the article observer follows it from here). */
  stop(): void;
}

export function createNonArticleWatch(deps: NonArticleWatchDeps): NonArticleWatch {
  const { ctx, doc } = deps;
  const { signal } = ctx;
  let stopLate: (() => void) | null = null;
  let stopNavigation: (() => void) | null = null;

  const watchLate = (checkSoon = false) => {
    // While the page is no article, a navigation inside it (a single-page app opening an
    // article) starts a fresh watch that checks at once.
    stopNavigation ??= watchNavigation(
      window,
      () => {
        if (!deps.isArticle() && !ctx.isInvalid) watchLate(true);
      },
      { poll: isSpaPortalHost(location.hostname), signal },
    );
    stopLate?.();
    // The page changed since it was reported (a new address most of all): its verdict, no article
    // either, is reported once, or the report of the address left would stand for this one.
    let unreported = checkSoon;
    const check = () => {
      const found = deps.detect();
      if (found) deps.found(found);
      else if (unreported) deps.publish();
      unreported = false;
      return !!found;
    };
    stopLate = watchForLateArticle(doc, check, { signal, checkSoon });
  };

  /** A cheap sign that the page changed: its address or its number of elements. */
  const pageShape = () => `${location.href} ${doc.getElementsByTagName('*').length}`;

  return {
    watchLate,
    dismiss() {
      // Observing the page costs ~0.5 ms the first time; the watcher checks at once if the page changed in between.
      const shape = pageShape();
      whenIdle(
        () =>
          task('deferred-non-article', () => {
            if (deps.isArticle()) return; // found meanwhile (toolbar button)
            deps.publish();
            watchLate(pageShape() !== shape);
          }),
        signal,
      );
      mark('hzd-idle');
    },
    stop() {
      stopLate?.();
      stopLate = null;
      stopNavigation?.();
      stopNavigation = null;
    },
  };
}
