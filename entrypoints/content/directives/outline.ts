/**
 * The outline panel of the painted article: shown while there are directives to list, its
 * open state, and what its buttons do (reveal a directive or a section, switch a category).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import { keyDirectiveCount, type CategoryCounts } from '@/utils/counts';
import type { DirectiveCategory } from '@/utils/highlights/record';
import { CATEGORY_STYLES } from '@/utils/highlights/palette';
import { buildOutline, type OutlineSection } from '@/components/outline/model';
import type { OutlineLabels, OutlineProps } from '@/components/outline/Outline';
import { phase, phaseAsync } from '../perf/timing';
import { pageIsDark } from '../page-scheme';
import { mountOutlinePanel, type OutlinePanel } from './panel';
import { createRangeMaker } from './ranges';

export interface OutlineSource {
  ctx: ContentScriptContext;
  doc: Document;
  labels(): OutlineLabels;
  /** The adopted article and its directives (null when the page is not an article). */
  article(): Article | null;
  directives(): Directive[];
  /** Whether the directives are shown at all on this page (settings, site switch). */
  shown(): boolean;
  counts(): CategoryCounts;
  enabled(): Record<DirectiveCategory, boolean>;
  toggleCategory(category: DirectiveCategory): void;
  reveal(range: Range): void;
}

export interface Outline {
  /** Shows the panel when there is something to outline, removes it otherwise. */
  sync(): void;
  toggle(): void;
  /** The adopted article changed: its outline is built again when next shown. */
  invalidate(): void;
  remove(): void;
}

export function createOutline(source: OutlineSource): Outline {
  const { ctx, doc } = source;
  let sections: OutlineSection[] | null = null;
  let panel: OutlinePanel | null = null;
  let mounting = false;
  let open = false;

  const outline = (): OutlineSection[] => {
    const article = source.article();
    if (!article) return [];
    return (sections ??= phase('outline-model', () => buildOutline(article.blocks, source.directives())));
  };

  const props = (): OutlineProps => {
    const counts = source.counts();
    return {
      sections: outline(),
      counts,
      enabled: source.enabled(),
      swatches: CATEGORY_STYLES,
      labels: source.labels(),
      total: keyDirectiveCount(counts),
      open,
      dark: pageIsDark(doc),
      onOpenChange(next) {
        open = next;
        sync();
      },
      onToggleCategory(category) {
        source.toggleCategory(category);
        sync();
      },
      onRevealDirective(index) {
        const d = source.directives()[index];
        const article = source.article();
        if (!d || !article) return;
        const range = createRangeMaker(doc, article).range(d.blockIndex, d.start, d.end);
        if (range) source.reveal(range);
      },
      onRevealBlock(blockIndex) {
        const block = source.article()?.blocks[blockIndex];
        if (!block?.node.isConnected) return;
        const range = doc.createRange();
        range.selectNodeContents(block.node);
        source.reveal(range);
      },
    };
  };

  const wanted = () => source.shown() && source.directives().length > 0;

  function sync(): void {
    if (!wanted()) {
      panel?.remove();
      panel = null;
      open = false;
      return;
    }
    if (panel) panel.update(props());
    else if (!mounting) {
      mounting = true;
      phaseAsync('panel-mount', () => mountOutlinePanel(ctx, props()))
        .then((mounted) => {
          mounting = false;
          if (ctx.isInvalid) return mounted.remove();
          panel = mounted;
          panel.update(props()); // state may have moved on while mounting
        })
        .catch(() => {
          mounting = false;
        });
    }
  }

  return {
    sync,
    toggle() {
      if (!wanted()) return;
      open = !open;
      sync();
    },
    invalidate() {
      sections = null;
    },
    remove() {
      panel?.remove();
      panel = null;
    },
  };
}
