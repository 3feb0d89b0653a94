/**
 * The painter: shows layers of text ranges on the page.
 *
 * Two paths:
 * - 'highlight-api' (Chrome 105+, Firefox 140+): CSS Custom Highlight API. One `Highlight`
 *   per layer in `CSS.highlights`, styled by `::highlight(<layer>)`. Adds no element to the
 *   page, so it cannot shift layout or disturb the page's scripts, and repainting a layer
 *   is one registry write (no flicker).
 * - 'wrap' (older browsers, or forced): wraps each painted piece of text in
 *   `<hzd-mark data-hzd-layer=… data-hzd-index=…>` with `all: unset; display: inline`, so it
 *   inherits the page's layout. Layers are kept as text offsets into the page text model
 *   (utils/anchoring/text.ts: marks add no text, so offsets survive wrapping), and every change
 *   re-renders: unwrap all, re-join split text nodes, wrap again from the offsets.
 *
 * Test and compatibility switch: `<html data-hzd-force-wrap>` (or `forceWrap`) selects the
 * wrap path even where the API exists. Content scripts run in an isolated world, so a page
 * (or a test) deleting `CSS.highlights` in its own world does not change what we see.
 */
import { collectText, offsetsToRange, rangeToOffsets, UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { FLASH_LAYER, knownLayers } from './palette';

export type PaintMode = 'highlight-api' | 'wrap';

export interface Painter {
  readonly mode: PaintMode;
  /** Replaces all ranges of one layer. Layer names: 'hzd-d-<category>' for directives,
      'hzd-u-<color>' for the user's highlights, 'hzd-flash' for a brief flash. */
  set(layer: string, ranges: Range[]): void;
  /** Replaces several layers at once (one re-render in wrap mode). */
  setLayers(layers: Record<string, Range[]>): void;
  clear(layer?: string): void;
  /** Scrolls the range into view (centered) and flashes it briefly. */
  reveal(range: Range): void;
  /** The layers painted at a point (for clicks on painted text): returns layer names + range index. */
  hitTest(x: number, y: number): { layer: string; index: number }[];
  /** The ranges of a layer as they are now (in wrap mode rebuilt after each re-render). */
  ranges(layer: string): Range[];
  /** Called right after the painter itself changed the DOM (wrap mode), so observers can drop those records. */
  onDomWrite(listener: () => void): () => void;
}

export const MARK_TAG = 'hzd-mark';
export const FORCE_WRAP_ATTRIBUTE = 'data-hzd-force-wrap';
const STYLE_ID = 'hzd-paint-style';
const FLASH_MS = 1600;

/** The one stylesheet for both paths: fixed names only, never page text. */
function paintCss(): string {
  const rules = [`${MARK_TAG}{all:unset;display:inline;}`];
  for (const { layer, style } of knownLayers()) {
    const decoration = style.underline === 'none' ? 'none' : `underline ${style.underline} ${style.ink}`;
    rules.push(`::highlight(${layer}){background-color:${style.background};text-decoration:${decoration};}`);
    rules.push(
      `${MARK_TAG}[data-hzd-layer="${layer}"]{background-color:${style.background};text-decoration:${decoration};` +
        `-webkit-box-decoration-break:clone;box-decoration-break:clone;}`,
    );
  }
  return rules.join('\n');
}

function injectStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(UI_ATTRIBUTE, '');
  style.textContent = paintCss();
  (doc.head ?? doc.documentElement).append(style);
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function highlightApi(doc: Document): { registry: HighlightRegistryLike; make: (ranges: Range[]) => unknown } | null {
  const win = doc.defaultView as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: new (...ranges: Range[]) => { priority: number };
  } | null;
  const css = win?.CSS;
  const HighlightCtor = win?.Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, make: (ranges) => new HighlightCtor(...ranges) };
}

const priorities = new Map(knownLayers().map((l) => [l.layer, l.priority]));
const priorityOf = (layer: string) => priorities.get(layer) ?? 1;

export function createPainter(doc: Document, options: { forceWrap?: boolean } = {}): Painter {
  injectStyle(doc);
  const forceWrap = options.forceWrap || doc.documentElement.hasAttribute(FORCE_WRAP_ATTRIBUTE);
  const api = forceWrap ? null : highlightApi(doc);
  const listeners = new Set<() => void>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const common = {
    onDomWrite(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };

  const scrollToRange = (range: Range) => {
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
  };

  if (api) {
    const layers = new Map<string, Range[]>();
    const painter: Painter = {
      mode: 'highlight-api',
      set(layer, ranges) {
        painter.setLayers({ [layer]: ranges });
      },
      setLayers(changes) {
        for (const [layer, ranges] of Object.entries(changes)) {
          if (ranges.length === 0) {
            layers.delete(layer);
            api.registry.delete(layer);
            continue;
          }
          const highlight = api.make(ranges) as { priority: number };
          highlight.priority = priorityOf(layer);
          layers.set(layer, ranges.slice());
          api.registry.set(layer, highlight);
        }
      },
      clear(layer) {
        const names = layer === undefined ? [...layers.keys()] : [layer];
        for (const name of names) {
          layers.delete(name);
          api.registry.delete(name);
        }
      },
      reveal(range) {
        scrollToRange(range);
        painter.set(FLASH_LAYER, [range]);
        clearTimeout(flashTimer);
        flashTimer = setTimeout(() => painter.clear(FLASH_LAYER), FLASH_MS);
      },
      hitTest(x, y) {
        const caret = caretAt(doc, x, y);
        if (!caret) return [];
        const hits: { layer: string; index: number }[] = [];
        for (const [layer, ranges] of layers) {
          ranges.forEach((range, index) => {
            try {
              if (range.isPointInRange(caret.node, caret.offset) && rectsContain(range, x, y))
                hits.push({ layer, index });
            } catch {
              // A range whose nodes left the document: not under the point.
            }
          });
        }
        return hits;
      },
      ranges: (layer) => layers.get(layer)?.slice() ?? [],
      ...common,
    };
    return painter;
  }

  // ---- wrap path ----
  const offsets = new Map<string, { start: number; end: number }[]>();
  /** Text nodes we split, to re-join when unwrapping: the first part and the parts cut off it. */
  let splits: { head: Text; tails: Text[] }[] = [];
  let liveRanges: Map<string, Range[]> | null = null;

  const body = () => doc.body ?? doc.documentElement;

  const unwrapAll = () => {
    for (const mark of Array.from(body().getElementsByTagName(MARK_TAG))) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { head, tails } of splits) {
      let joined = '';
      for (const tail of tails) {
        if (tail.parentNode !== head.parentNode) continue; // the page moved it: leave it be
        joined += tail.data;
        tail.remove();
      }
      if (joined) head.data += joined;
    }
    splits = [];
  };

  const render = () => {
    unwrapAll();
    liveRanges = null;
    const model = collectText(body());
    // Pieces per text node: [from, to) within the node, with the layer and range index.
    const pieces = new Map<Text, { from: number; to: number; layer: string; index: number }[]>();
    const ordered = [...offsets.keys()].sort((a, b) => priorityOf(a) - priorityOf(b));
    for (const layer of ordered) {
      offsets.get(layer)!.forEach(({ start, end }, index) => {
        if (end <= start) return;
        // Binary search the first node that holds `start`.
        let lo = 0;
        let hi = model.starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (model.starts[mid]! <= start) lo = mid;
          else hi = mid - 1;
        }
        for (let i = lo; i < model.nodes.length && model.starts[i]! < end; i++) {
          const node = model.nodes[i]!;
          const nodeStart = model.starts[i]!;
          const from = Math.max(0, start - nodeStart);
          const to = Math.min(node.data.length, end - nodeStart);
          if (to <= from || isInsideNonText(node)) continue;
          let list = pieces.get(node);
          if (!list) pieces.set(node, (list = []));
          list.push({ from, to, layer, index });
        }
      });
    }
    for (const [node, list] of pieces) wrapPieces(doc, node, list, splits);
    for (const listener of listeners) listener();
  };

  const toOffsets = (ranges: Range[]) => {
    const model = collectText(body());
    return ranges.map((r) => rangeToOffsets(model, r)).filter((o) => o.end > o.start);
  };

  const painter: Painter = {
    mode: 'wrap',
    set(layer, ranges) {
      painter.setLayers({ [layer]: ranges });
    },
    setLayers(changes) {
      let changed = false;
      for (const [layer, ranges] of Object.entries(changes)) {
        if (ranges.length === 0) changed = offsets.delete(layer) || changed;
        else {
          offsets.set(layer, toOffsets(ranges));
          changed = true;
        }
      }
      if (changed) render();
    },
    clear(layer) {
      if (layer === undefined) offsets.clear();
      else if (!offsets.delete(layer)) return;
      render();
    },
    reveal(range) {
      scrollToRange(range);
      painter.set(FLASH_LAYER, [range]);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.clear(FLASH_LAYER), FLASH_MS);
    },
    hitTest(x, y) {
      const hits: { layer: string; index: number }[] = [];
      for (const el of doc.elementsFromPoint(x, y)) {
        if (el.localName !== MARK_TAG) continue;
        const layer = el.getAttribute('data-hzd-layer');
        const index = Number(el.getAttribute('data-hzd-index'));
        if (layer && Number.isInteger(index) && !hits.some((h) => h.layer === layer && h.index === index))
          hits.push({ layer, index });
      }
      return hits;
    },
    ranges(layer) {
      const list = offsets.get(layer);
      if (!list) return [];
      if (!liveRanges) liveRanges = new Map();
      let ranges = liveRanges.get(layer);
      if (!ranges) {
        const model = collectText(body());
        ranges = list.map((o) => offsetsToRange(doc, model, o.start, o.end)).filter((r): r is Range => r !== null);
        liveRanges.set(layer, ranges);
      }
      return ranges.slice();
    },
    ...common,
  };
  return painter;
}

/** Text in <title>, <textarea> and the like cannot hold elements. */
function isInsideNonText(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  return (
    /^(textarea|title|option|select)$/i.test(parent.localName) || parent.namespaceURI !== 'http://www.w3.org/1999/xhtml'
  );
}

/**
 * Splits `node` at every piece boundary and wraps each fragment in one mark per layer covering
 * it (lowest priority outermost, so higher layers paint on top).
 */
function wrapPieces(
  doc: Document,
  node: Text,
  pieces: { from: number; to: number; layer: string; index: number }[],
  splits: { head: Text; tails: Text[] }[],
): void {
  const cuts = [...new Set(pieces.flatMap((p) => [p.from, p.to]))].filter((c) => c > 0 && c < node.data.length);
  cuts.sort((a, b) => a - b);
  // Fragment i covers [bounds[i], bounds[i+1]).
  const bounds = [0, ...cuts, node.data.length];
  const fragments: Text[] = [node];
  let current = node;
  for (let i = 0; i < cuts.length; i++) {
    current = current.splitText(cuts[i]! - bounds[i]!);
    fragments.push(current);
  }
  if (fragments.length > 1) splits.push({ head: node, tails: fragments.slice(1) });
  fragments.forEach((fragment, i) => {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const covering = pieces.filter((p) => p.from <= from && p.to >= to);
    let inner: Node = fragment;
    const parent = fragment.parentNode;
    if (!parent || covering.length === 0) return;
    const anchor = fragment.nextSibling;
    // Build innermost-first: the last (highest-priority) layer wraps the text directly.
    for (let k = covering.length - 1; k >= 0; k--) {
      const p = covering[k]!;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-hzd-layer', p.layer);
      mark.setAttribute('data-hzd-index', String(p.index));
      mark.appendChild(inner);
      inner = mark;
    }
    parent.insertBefore(inner, anchor);
  });
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects()))
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
