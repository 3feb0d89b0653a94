/**
 * While some of the reader's highlights cannot be placed (orphans), watch for content that
 * arrives later and try them again once the page has been quiet for a moment.
 */
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { after, childLifetime } from '@/utils/schedule';

export interface OrphanWatch {
  /** Watches while `on`; stops otherwise. */
  set(on: boolean): void;
}

export function watchForOrphans(
  doc: Document,
  options: { signal: AbortSignal; quietMs: number; onQuiet: () => void },
): OrphanWatch {
  const win = doc.defaultView!;
  let watching: AbortController | null = null;

  const isOurs = (m: MutationRecord): boolean => {
    const target = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
    return !!target?.closest(`[${UI_ATTRIBUTE}]`);
  };

  return {
    set(on) {
      if (!on || options.signal.aborted) {
        watching?.abort();
        watching = null;
        return;
      }
      if (watching || typeof win.MutationObserver !== 'function') return;
      const life = (watching = childLifetime(options.signal));
      let cancel = () => {};
      const observer = new win.MutationObserver((mutations) => {
        if (mutations.every(isOurs)) return;
        cancel();
        cancel = after(options.quietMs, options.onQuiet, life.signal);
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      life.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    },
  };
}
