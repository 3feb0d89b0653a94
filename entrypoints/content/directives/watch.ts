/**
 * Watching pages that change after load.
 *
 * Two watchers with different budgets:
 *
 * - `watchForLateArticle` runs on pages that are NOT (yet) articles. Most pages on a portal
 *   are home, channel and list pages that never become articles, so this watcher must cost
 *   almost nothing: its observer callback only sums the text length of added nodes, and the
 *   real check (looksLikeArticle + analysis) runs only after a sizeable amount of text
 *   arrived, debounced. It disconnects on the first success and after a fixed lifetime
 *   (10 s by default). Trade-off: an article body inserted later than that, or a page that
 *   becomes an article only through a pushState navigation long after load, is missed until
 *   the reader clicks the toolbar button (which re-runs detection) — in exchange, an idle
 *   non-article page keeps no observer or timer running. A navigation inside the page (History
 *   API, hash) starts it again (`watchNavigation`): single-page apps show articles that way.
 *
 * - `observeArticle` runs while an article is painted. It re-runs the analysis when the
 *   article's body changes (late paragraphs, pagination), when the body is replaced, or when
 *   the URL changes without a reload (History API / SPA). Mutations inside our own UI and our
 *   own wrap marks are ignored; work is debounced (250 ms, at most one run per second under a
 *   constant stream of mutations) and done in idle time.
 *
 * Both end when their `signal` aborts (the content script's lifetime) or when stopped.
 *
 * Nothing in the page is patched: URL changes are seen through `popstate`, `hashchange`, the
 * Navigation API's `navigatesuccess` event where it exists, and a URL comparison in the
 * observer (catches pushState in browsers without the Navigation API, since SPAs change the
 * DOM when they change the URL). Only the page's own changes start the read at the new address:
 * one of ours (the outline panel mounted in idle time) says nothing of what the page shows.
 */
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { MARK_TAG } from '../paint/painter';
import { task } from '@/utils/perf/timing';
import { after, childLifetime } from '@/utils/schedule';

const ELEMENT = 1;
const TEXT = 3;

export interface LateArticleOptions {
  /** The lifetime the watcher lives in (at most). */
  signal: AbortSignal;
  /** Stop watching after this long. */
  lifetimeMs?: number;
  /** Added text (characters) that makes a check worthwhile. */
  minAddedChars?: number;
  debounceMs?: number;
  /** The page changed before the watcher started (it starts in idle time): check soon, once. */
  checkSoon?: boolean;
}

/**
 * Calls `check` (debounced) after enough text was added to the page; stops when `check`
 * returns true, after `lifetimeMs`, when `signal` aborts, or when the returned function is called.
 */
export function watchForLateArticle(doc: Document, check: () => boolean, options: LateArticleOptions): () => void {
  const { lifetimeMs = 10_000, minAddedChars = 200, debounceMs = 250 } = options;
  const life = childLifetime(options.signal);
  const stop = () => life.abort();
  let added = 0;
  let pending = false;
  const scheduleCheck = () => {
    pending = true;
    after(
      debounceMs,
      () => {
        pending = false;
        added = 0;
        if (task('watch-late-check', check)) stop();
      },
      life.signal,
    );
  };

  const observer = new MutationObserver((records) => {
    task('watch-late', () => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === TEXT) added += (node as Text).data.length;
          else if (node.nodeType === ELEMENT && !(node as Element).hasAttribute(UI_ATTRIBUTE))
            added += node.textContent?.length ?? 0;
        }
      }
    });
    if (added >= minAddedChars && !pending) scheduleCheck();
  });
  if (life.signal.aborted) return stop;
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  life.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  after(lifetimeMs, stop, life.signal);
  if (options.checkSoon) scheduleCheck();
  return stop;
}

/**
 * Calls `onChange` when the page's address changes without a reload (History API, hash), on a
 * page that is not (yet) an article: a single-page app shows its articles this way any time
 * after load, long after the late-article watcher has given up. Listeners cost nothing while
 * nothing happens; `poll` (single-page-app portals only) also compares the address once a
 * second where the browser has no Navigation API to report pushState (Firefox).
 */
export function watchNavigation(
  win: Window,
  onChange: () => void,
  options: { poll?: boolean; signal: AbortSignal },
): () => void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    task('navigation', onChange);
  };
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  const timer = options.poll && !navigation ? setInterval(check, 1000) : undefined;
  const stop = () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    navigation?.removeEventListener('navigatesuccess', check);
    clearInterval(timer);
  };
  options.signal.addEventListener('abort', stop, { once: true });
  return stop;
}

export type ChangeReason = 'content' | 'url';

export interface ArticleObserverOptions {
  /** The lifetime the observer lives in (at most). */
  signal: AbortSignal;
  /** The painted article's body element (may be replaced by the page). */
  root(): Element | null;
  onChange(reason: ChangeReason): void;
  /**
   * The address moved (History API), seen at once, before the debounced `onChange('url')`: the
   * facts reported are the page left's until then. Called again for each sighting until then.
   */
  onMoved?(): void;
  debounceMs?: number;
  maxWaitMs?: number;
}

/** Watches a painted article; `ignoreOwnWrites` drops the records of our own DOM writes. */
export function observeArticle(
  doc: Document,
  options: ArticleObserverOptions,
): { stop(): void; ignoreOwnWrites(): void } {
  const win = doc.defaultView!;
  const { debounceMs = 250, maxWaitMs = 1000 } = options;
  const life = childLifetime(options.signal);
  const { signal } = life;
  let lastUrl = win.location.href;
  let pending: ChangeReason | null = null;
  let cancelTimer = () => {};
  let firstPendingAt = 0;

  const run = () => {
    const reason = pending;
    pending = null;
    if (!reason) return;
    const go = () => {
      const url = win.location.href;
      const urlChanged = url !== lastUrl;
      lastUrl = url;
      options.onChange(urlChanged ? 'url' : reason);
    };
    if (typeof win.requestIdleCallback !== 'function') return go();
    const idle = win.requestIdleCallback(go, { timeout: 500 });
    signal.addEventListener('abort', () => win.cancelIdleCallback(idle), { once: true });
  };

  const schedule = (reason: ChangeReason) => {
    const now = performance.now();
    if (pending === null) firstPendingAt = now;
    pending = pending === 'url' ? 'url' : reason;
    cancelTimer();
    // Trailing debounce, but never starve: at most maxWaitMs after the first change.
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    cancelTimer = after(wait, run, signal);
  };

  const isOurs = (node: Node | null): boolean => {
    const el = node && (node.nodeType === ELEMENT ? (node as Element) : node.parentElement);
    return !!el && (el.localName === MARK_TAG || el.closest(`[${UI_ATTRIBUTE}],${MARK_TAG}`) !== null);
  };

  /** A change of our own: inside our UI or marks, or only our own nodes added or removed (the panel's host). */
  const ours = (r: MutationRecord): boolean =>
    isOurs(r.target) ||
    (r.type === 'childList' && [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every(isOurs));

  const relevant = (records: MutationRecord[]): boolean => {
    const root = options.root();
    if (!root || !root.isConnected) return true;
    for (const r of records) {
      if (ours(r)) continue;
      if (root.contains(r.target)) return true;
      // Elsewhere: only a sizeable insertion matters (a "load more" outside the body).
      for (const node of Array.from(r.addedNodes)) {
        if (isOurs(node)) continue;
        if ((node.textContent?.length ?? 0) >= 200) return true;
      }
    }
    return false;
  };

  const moved = () => {
    options.onMoved?.();
    schedule('url');
  };
  const observer = new MutationObserver((records) => {
    if (win.location.href === lastUrl) {
      if (relevant(records)) schedule('content');
    } else if (records.some((r) => !ours(r))) moved();
    // Only our own writes (the panel mounted in idle time, after a pushState that changed nothing
    // in the page): the page still shows what it showed, and read now its facts would be reported
    // under the new address. The move is told; the page is read when it changes (or is asked to).
    else options.onMoved?.();
  });
  const onNavigate = () => {
    if (win.location.href !== lastUrl) moved();
  };
  if (!signal.aborted) {
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    win.addEventListener('popstate', onNavigate, { signal });
    win.addEventListener('hashchange', onNavigate, { signal });
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onNavigate, { signal });
  }

  return {
    stop: () => life.abort(),
    ignoreOwnWrites() {
      observer.takeRecords();
    },
  };
}
