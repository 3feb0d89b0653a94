/**
 * Painting by wrapping (older browsers, or `<html data-hzd-force-wrap>`): each painted piece
 * of text goes into `<hzd-mark data-hzd-layer=… data-hzd-index=…>` with
 * `all: unset; display: inline`, so it inherits the page's layout. Layers are kept as text
 * offsets into the page text model (utils/anchoring/text.ts: marks add no text, so offsets
 * survive wrapping), and every change re-renders: unwrap all, re-join split text nodes, wrap
 * again from the offsets. No mark is ever written into an editable region or a field.
 */
import { collectText, offsetsToRange, rangeToOffsets } from '@/utils/anchoring/text';
import { isEditable } from './editable';
import type { Hit, PaintPath } from './painter';

export const MARK_TAG = 'hzd-mark';

interface Piece {
  from: number;
  to: number;
  layer: string;
  index: number;
}

export function createWrapPath(
  doc: Document,
  priorityOf: (layer: string) => number,
  /** Called right after each re-render wrote to the DOM. */
  wrote: () => void,
): PaintPath {
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
    const pieces = new Map<Text, Piece[]>();
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
          if (to <= from || cannotHoldMarks(node)) continue;
          let list = pieces.get(node);
          if (!list) pieces.set(node, (list = []));
          list.push({ from, to, layer, index });
        }
      });
    }
    for (const [node, list] of pieces) wrapPieces(doc, node, list, splits);
    wrote();
  };

  const toOffsets = (ranges: Range[]) => {
    const model = collectText(body());
    return ranges.map((r) => rangeToOffsets(model, r)).filter((o) => o.end > o.start);
  };

  return {
    mode: 'wrap',
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
    hitTest(x, y) {
      const hits: Hit[] = [];
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
      liveRanges ??= new Map();
      let ranges = liveRanges.get(layer);
      if (!ranges) {
        const model = collectText(body());
        ranges = list.map((o) => offsetsToRange(doc, model, o.start, o.end)).filter((r): r is Range => r !== null);
        liveRanges.set(layer, ranges);
      }
      return ranges.slice();
    },
  };
}

/** Text in <title>, <textarea>, foreign content or an editable region never gets an element. */
function cannotHoldMarks(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  if (/^(textarea|title|option|select)$/i.test(parent.localName)) return true;
  return parent.namespaceURI !== 'http://www.w3.org/1999/xhtml' || isEditable(parent);
}

/**
 * Splits `node` at every piece boundary and wraps each fragment in one mark per layer covering
 * it (lowest priority outermost, so higher layers paint on top).
 */
function wrapPieces(doc: Document, node: Text, pieces: Piece[], splits: { head: Text; tails: Text[] }[]): void {
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
