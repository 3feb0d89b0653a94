/**
 * The outline panel of the painted article: shown while there are directives to list, its
 * open state, and what its buttons do (reveal a directive or a section, switch a category).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import { keyDirectiveCount, type CategoryCounts } from '@/utils/counts';
import type { DirectiveCategory } from '@/utils/highlights/record';
import type { ExportLang } from '@/utils/export/labels';
import type { Density } from '@/utils/store/settings';
import { uiLang } from '@/components/library/lang';
import { CATEGORY_STYLES } from '@/utils/highlights/palette';
import { buildOutline, type OutlineSection } from '@/components/outline/model';
import type { OutlineLabels, OutlineProps } from '@/components/outline/Outline';
import { phase, phaseAsync } from '@/utils/perf/timing';
import { pageIsDark } from '../page-scheme';
import { copyText } from '../highlighter/clipboard';
import { mountOutlinePanel, type OutlinePanel } from './panel';
import { createRangeMaker } from './ranges';
import type { FollowButtonProps } from '@/components/follow/FollowButton';

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
  /** The skim density on this site, and the reader's choice of another. */
  density(): Density;
  setDensity(density: Density): void;
  /** The article's key points as Markdown (null when there is no article). */
  keyPoints(lang: ExportLang): string | null;
  reveal(range: Range): void;
  /** The Follow button's state and action (./follow.ts). */
  follow?(): FollowButtonProps;
}

export interface Outline {
  /** Shows the panel when there is something to outline, removes it otherwise. */
  sync(): void;
  /** Builds what the panel will show (the outline, the Follow state) ahead of `sync`, in a task of its own. */
  prepare(): void;
  toggle(): void;
  /** Shows the current model in a panel already mounted (mounts nothing). */
  refresh(): void;
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
      follow: source.follow?.(),
      density: source.density(),
      onDensity(next) {
        source.setDensity(next);
        sync();
      },
      async onCopyKeyPoints() {
        // Built and copied within the click: on an http page the copy command needs it.
        const markdown = source.keyPoints(uiLang());
        if (markdown === null) return false;
        await copyText(doc, markdown);
        return true;
      },
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
        if (block.run) {
          // a run of the element's children (text between double breaks): just those
          range.setStartBefore(block.run.first);
          range.setEndAfter(block.run.last);
        } else range.selectNodeContents(block.node);
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
    prepare() {
      if (!wanted()) return;
      outline();
      source.follow?.();
    },
    toggle() {
      if (!wanted()) return;
      open = !open;
      sync();
    },
    refresh() {
      if (panel && wanted()) panel.update(props());
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
