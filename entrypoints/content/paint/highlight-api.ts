/**
 * Painting with the CSS Custom Highlight API (Chrome 105+, Firefox 140+): one `Highlight` per
 * layer in `CSS.highlights`, styled by `::highlight(<layer>)`. It adds no element to the page,
 * so it cannot shift layout or disturb the page's scripts, and repainting a layer is one
 * registry write (no flicker).
 */
import type { Hit, PaintPath } from './painter';

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

/** The page's highlight registry and a Highlight constructor, or null where the API is missing. */
function highlightApi(
  doc: Document,
): { registry: HighlightRegistryLike; make: (ranges: Range[]) => { priority: number } } | null {
  const win = doc.defaultView as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: new (...ranges: Range[]) => { priority: number };
  } | null;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, make: (ranges) => new HighlightCtor(...ranges) };
}

export function createHighlightApiPath(doc: Document, priorityOf: (layer: string) => number): PaintPath | null {
  const api = highlightApi(doc);
  if (!api) return null;
  const layers = new Map<string, Range[]>();
  return {
    mode: 'highlight-api',
    setLayers(changes) {
      for (const [layer, ranges] of Object.entries(changes)) {
        if (ranges.length === 0) {
          layers.delete(layer);
          api.registry.delete(layer);
          continue;
        }
        const highlight = api.make(ranges);
        highlight.priority = priorityOf(layer);
        layers.set(layer, ranges.slice());
        api.registry.set(layer, highlight);
      }
    },
    clear(layer) {
      for (const name of layer === undefined ? [...layers.keys()] : [layer]) {
        layers.delete(name);
        api.registry.delete(name);
      }
    },
    hitTest(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return [];
      const hits: Hit[] = [];
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
  };
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
