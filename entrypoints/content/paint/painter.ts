/**
 * The painter: shows layers of text ranges on the page (layer names: utils/highlights/palette.ts).
 *
 * Two paths behind one interface: the CSS Custom Highlight API (./highlight-api.ts) where the
 * browser has it, else wrapping elements (./wrap.ts). Both share the stylesheet, `reveal`, and
 * the rule that nothing is painted in an editable region or a field (./editable.ts).
 *
 * Test and compatibility switch: `<html data-hzd-force-wrap>` (or `forceWrap`) selects the
 * wrap path even where the API exists. Content scripts run in an isolated world, so a page
 * (or a test) deleting `CSS.highlights` in its own world does not change what we see.
 */
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { FLASH_LAYER, knownLayers } from '@/utils/highlights/palette';
import type { Density } from '@/utils/store/settings';
import { editableFilter } from './editable';
import { createHighlightApiPath } from './highlight-api';
import { createWrapPath, MARK_TAG } from './wrap';

export { MARK_TAG } from './wrap';

export type PaintMode = 'highlight-api' | 'wrap';

/** A layer painted at a point, and which of its ranges. */
export interface Hit {
  layer: string;
  index: number;
}

export interface Painter {
  readonly mode: PaintMode;
  /** Replaces all ranges of one layer. */
  set(layer: string, ranges: Range[]): void;
  /** Replaces several layers at once (one re-render in wrap mode). */
  setLayers(layers: Record<string, Range[]>): void;
  clear(layer?: string): void;
  /** Scrolls the range into view (centered) and flashes it briefly. */
  reveal(range: Range): void;
  /** The layers painted at a point (for clicks on painted text). */
  hitTest(x: number, y: number): Hit[];
  /** The ranges of a layer as they are now (in wrap mode rebuilt after each re-render). */
  ranges(layer: string): Range[];
  /** Styles the directive layers for a skim density (the stylesheet only: the ranges stay). */
  restyle(density: Density): void;
  /** Called right after the painter itself changed the DOM (wrap mode), so observers can drop those records. */
  onDomWrite(listener: () => void): () => void;
}

/** What each painting path provides; the painter adds the rest. */
export type PaintPath = Pick<Painter, 'mode' | 'setLayers' | 'clear' | 'hitTest' | 'ranges'>;

const FORCE_WRAP_ATTRIBUTE = 'data-hzd-force-wrap';
const STYLE_ID = 'hzd-paint-style';
const FLASH_MS = 1600;

/** The one stylesheet for both paths: fixed names only, never page text. */
function paintCss(density: Density): string {
  const rules = [`${MARK_TAG}{all:unset;display:inline;}`];
  for (const { layer, style } of knownLayers(density)) {
    const decoration = style.underline === 'none' ? 'none' : `underline ${style.underline} ${style.ink}`;
    rules.push(`::highlight(${layer}){background-color:${style.background};text-decoration:${decoration};}`);
    rules.push(
      `${MARK_TAG}[data-hzd-layer="${layer}"]{background-color:${style.background};text-decoration:${decoration};` +
        `-webkit-box-decoration-break:clone;box-decoration-break:clone;}`,
    );
  }
  return rules.join('\n');
}

function injectStyle(doc: Document): HTMLStyleElement {
  const found = doc.getElementById(STYLE_ID);
  if (found?.localName === 'style') return found as HTMLStyleElement;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(UI_ATTRIBUTE, '');
  style.textContent = paintCss('full');
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

const priorities = new Map(knownLayers().map((l) => [l.layer, l.priority]));
const priorityOf = (layer: string) => priorities.get(layer) ?? 1;

export function createPainter(doc: Document, options: { forceWrap?: boolean } = {}): Painter {
  const style = injectStyle(doc);
  let styledFor: Density = 'full';
  const listeners = new Set<() => void>();
  const forceWrap = options.forceWrap || doc.documentElement.hasAttribute(FORCE_WRAP_ATTRIBUTE);
  const path =
    (forceWrap ? null : createHighlightApiPath(doc, priorityOf)) ??
    createWrapPath(doc, priorityOf, () => {
      for (const listener of listeners) listener();
    });
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const painter: Painter = {
    mode: path.mode,
    set: (layer, ranges) => painter.setLayers({ [layer]: ranges }),
    setLayers(changes) {
      const keep = editableFilter(doc);
      if (!keep) return path.setLayers(changes);
      const kept: Record<string, Range[]> = {};
      for (const [layer, ranges] of Object.entries(changes)) kept[layer] = ranges.filter(keep);
      path.setLayers(kept);
    },
    clear: (layer) => path.clear(layer),
    reveal(range) {
      scrollToRange(doc, range);
      painter.set(FLASH_LAYER, [range]);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.clear(FLASH_LAYER), FLASH_MS);
    },
    restyle(density) {
      if (density === styledFor) return;
      styledFor = density;
      style.textContent = paintCss(density);
    },
    hitTest: (x, y) => path.hitTest(x, y),
    ranges: (layer) => path.ranges(layer),
    onDomWrite(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return painter;
}

/** Scrolls so the range is centred vertically (instantly when the reader asked for reduced motion). */
function scrollToRange(doc: Document, range: Range): void {
  let rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) {
    const el = range.startContainer.parentElement;
    if (el) rect = el.getBoundingClientRect();
  }
  const win = doc.defaultView;
  if (!win) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const top = win.scrollY + rect.top + rect.height / 2 - win.innerHeight / 2;
  win.scrollTo({ top: Math.max(0, top), behavior: reduced ? 'auto' : 'smooth' });
}
