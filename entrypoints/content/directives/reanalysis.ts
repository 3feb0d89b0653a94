/**
 * Reanalysis of a painted article after the page changed under it (./watch.ts,
 * `observeArticle`): detected and analysed again, a long page in slices (./analysis.ts), and
 * repainted only when something changed; the outline and the page facts follow in later tasks.
 * A newer change ends the reanalysis under way (its lifetime), and its slices stop.
 */
import type { Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import { task } from '@/utils/perf/timing';
import { childLifetime, yieldToPage } from '@/utils/schedule';
import { settle, type Detector, type Found } from './analysis';
import type { ChangeReason } from './watch';

/** What is adopted: its blocks, and a signature of its text and directives. */
export interface Adopted {
  blocks: readonly { node: Node }[];
  signature: string;
}

export interface ReanalysisDeps {
  signal: AbortSignal;
  detector: Detector;
  /** The adopted article, null when there is none. */
  adopted(): Adopted | null;
  adopt(article: Article, directives: Directive[]): void;
  /** The page is no article any more. */
  lost(): void;
  /** Paints the adopted article again. */
  repaint(): void;
  /** The repaint's aftermath, in a later task: the outline and the facts; true once the facts are published. */
  refresh(): Promise<boolean>;
  /** Called once the changed article is repainted and its facts published. */
  onChanged(reason: ChangeReason): void;
}

/** Returns what to call when the page changed under the painted article. */
export function createReanalysis(deps: ReanalysisDeps): (reason: ChangeReason) => void {
  const { signal, detector } = deps;
  /** The lifetime of the newest reanalysis. */
  let current: AbortController | null = null;

  const repaintIfChanged = (reason: ChangeReason, before: Adopted | null, life: AbortSignal) => {
    const now = deps.adopted();
    if (signal.aborted || !now) return;
    const old = before?.blocks ?? [];
    const sameNodes = now.blocks.length === old.length && now.blocks.every((b, i) => b.node === old[i]?.node);
    // Nothing new: no repaint, no flicker.
    if (now.signature === (before?.signature ?? '') && sameNodes && reason === 'content') return;
    task('repaint', () => deps.repaint());
    void yieldToPage()
      .then(() => (life.aborted ? false : deps.refresh()))
      .then((published) => {
        if (published && !life.aborted) deps.onChanged(reason);
      });
  };

  return (reason) => {
    if (signal.aborted) return;
    current?.abort();
    const life = (current = childLifetime(signal)).signal;
    const before = deps.adopted();
    const adoptFound = (found: Found | null) => {
      if (life.aborted) return; // superseded by a newer reanalysis
      if (!found) return deps.lost();
      // The old paint stays until the new analysis is done.
      const settled = settle(found, (a, list) => deps.adopt(a, list));
      if (settled === 'adopted') return repaintIfChanged(reason, before, life);
      void settled.then((outcome) => {
        if (life.aborted) return;
        if (outcome === 'adopted') repaintIfChanged(reason, before, life);
        else if (outcome === 'failed') deps.lost();
      });
    };
    const detected = task('reanalyze', () => detector.detectSliced(life));
    if (detected instanceof Promise) void detected.then(adoptFound);
    else adoptFound(detected);
  };
}
