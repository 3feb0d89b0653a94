/**
 * Wiring of the reader's highlights into the content script: the real messaging, strings,
 * clipboard and article detection. The orchestrator (../index.ts) calls `startHighlights`
 * once and forwards content commands to `handleCommand`.
 */
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { detectArticle } from '@/utils/article/detect';
import type { ArticleMeta } from '@/utils/highlights/record';
import type { Painter } from '../paint/painter';
import { createHighlights, type HighlightsController } from './controller';

export type { HighlightsController } from './controller';

export interface StartOptions {
  /** The page's one painter (shared with the auto-marks), created on first use. */
  painter: () => Painter;
  /** The painter if it was created already (by the auto-marks). */
  peekPainter?: () => Painter | null;
  /** The article metadata if the orchestrator already detected it (saves a second detection). */
  article?: () => ArticleMeta | null;
  onOrphans?: (ids: string[]) => void;
}

export function startHighlights(options: StartOptions): HighlightsController {
  return createHighlights({
    doc: document,
    painter: options.painter,
    peekPainter: options.peekPainter,
    ask,
    label: (name, substitution) => t(name as Parameters<typeof t>[0], substitution),
    article:
      options.article ??
      (() => {
        const meta = detectArticle(document, location.href)?.meta;
        if (!meta) return null;
        const { url: _url, ...rest } = meta;
        return rest;
      }),
    onOrphans: options.onOrphans,
  });
}
