/**
 * The range the reader selected with the mouse, judged from where the pointer went down and came
 * up (./release.ts), not from the selection alone.
 *
 * A page's script may change the selection while the reader drags (on `selectionchange`, on
 * `mousemove`): stretch it over words drawn invisibly (font size 0, transparent, clipped) on
 * either side. The browser draws nothing of them, and the selection at the release holds them
 * (tests/e2e/selection-drag.e2e.ts). The pointer's positions cannot be changed by the page: the
 * caret positions under them are the browser's own hit tests, which its selection uses too. So
 * each end of the selection is kept where it agrees with the pointer: at the caret position, or
 * with only white space between; for a double click anywhere in the words at the pointer
 * (`Intl.Segmenter`, within its text node), for a triple click in its block. Where an end does
 * not agree, the range is the pointer's own (grown the same way: a double click's words, a
 * triple click's block).
 *
 * Plain DOM only (happy-dom tests need no layout: the caret positions are given).
 */
import type { Release } from './release';

/** A boundary point of a range. */
interface Point {
  node: Node;
  offset: number;
}

const startOf = (range: Range): Point => ({ node: range.startContainer, offset: range.startOffset });
const endOf = (range: Range): Point => ({ node: range.endContainer, offset: range.endOffset });

/** -1, 0 or 1 as `a` comes before, at or after `b` in the document. */
function compare(doc: Document, a: Point, b: Point): number {
  const range = doc.createRange();
  range.setStart(b.node, b.offset);
  return range.comparePoint(a.node, a.offset);
}

/** True when nothing but white space lies between two points (either order). */
function blankBetween(doc: Document, a: Point, b: Point): boolean {
  const [from, to] = compare(doc, a, b) <= 0 ? [a, b] : [b, a];
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return !/\S/.test(range.toString());
}

/** True when `p` lies between `a` and `b` (ends included; `a` first). */
const within = (doc: Document, p: Point, a: Point, b: Point) => compare(doc, a, p) <= 0 && compare(doc, p, b) <= 0;

/** The nearest ancestor (or self) of a node that is laid out as a block, not inline. */
function blockOf(node: Node): Element | null {
  const win = node.ownerDocument?.defaultView;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const display = win?.getComputedStyle(el).display ?? '';
    if (display !== 'contents' && !display.startsWith('inline')) return el;
  }
  return null;
}

/** The words at a caret position in a text node (on either side of it), by the page's language. */
function wordsAt(doc: Document, p: Point): { start: Point; end: Point } {
  if (p.node.nodeType !== 3) return { start: p, end: p };
  const text = (p.node as Text).data;
  if (!text) return { start: p, end: p };
  const segments = new Intl.Segmenter(doc.documentElement.lang || undefined, { granularity: 'word' }).segment(text);
  const before = segments.containing(Math.max(0, Math.min(p.offset - 1, text.length - 1)));
  const after = segments.containing(Math.min(p.offset, text.length - 1));
  return {
    start: { node: p.node, offset: Math.min(before?.index ?? p.offset, p.offset) },
    end: { node: p.node, offset: Math.max(after ? after.index + after.segment.length : p.offset, p.offset) },
  };
}

/** What a press of `clicks` clicks selects around a caret position: itself, its words, its block. */
function grown(doc: Document, p: Point, clicks: number, side: 'start' | 'end'): Point {
  if (clicks === 2) return wordsAt(doc, p)[side];
  if (clicks < 3) return p;
  const block = blockOf(p.node);
  if (!block) return p;
  return side === 'start' ? { node: block, offset: 0 } : { node: block, offset: block.childNodes.length };
}

/**
 * The reader's range at a release: the selection itself where both its ends agree with the
 * pointer, else the pointer's range. Null for no selection or a
 * click; the selection unjudged where the browser gave no caret position for the pointer.
 */
export function readerRange(doc: Document, release: Release): Range | null {
  const { range: selected, down, up, clicks } = release;
  if (!selected || selected.collapsed) return null;
  if (!down || !up) return selected;
  try {
    const [first, last] = compare(doc, startOf(down), startOf(up)) <= 0 ? [down, up] : [up, down];
    const pointer = { start: startOf(first), end: startOf(last) };
    const grownTo = { start: grown(doc, pointer.start, clicks, 'start'), end: grown(doc, pointer.end, clicks, 'end') };
    const agrees = (side: 'start' | 'end', at: Point) =>
      blankBetween(doc, at, pointer[side]) ||
      blankBetween(doc, at, grownTo[side]) ||
      (side === 'start' ? within(doc, at, grownTo.start, pointer.start) : within(doc, at, pointer.end, grownTo.end));
    if (agrees('start', startOf(selected)) && agrees('end', endOf(selected))) return selected;
    const range = doc.createRange();
    range.setStart(grownTo.start.node, grownTo.start.offset);
    range.setEnd(grownTo.end.node, grownTo.end.offset);
    return range;
  } catch {
    return null; // points no longer in one tree (the page moved the nodes away)
  }
}
