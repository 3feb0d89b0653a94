/**
 * The page text model that highlight offsets refer to.
 *
 * Page text = the concatenation, in document order, of every Text node under a root, except
 * text that is never shown as content (<script>, <style>, <noscript>, <template>) and text
 * inside our own UI (any element carrying `data-hzd-ui`), so that our toolbars and notes never
 * shift offsets. Whitespace is kept as is: offsets must map back to exact DOM positions.
 *
 * Only standard DOM node properties are used (nodeType, childNodes, firstChild, nextSibling,
 * parentNode, data) so it runs the same in browsers, happy-dom and linkedom.
 */

export interface TextModel {
  /** The page text. */
  text: string;
  /** Text nodes that make up `text`, in document order (empty nodes included). */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
  /** The node the model was collected from. */
  root: Node;
}

/** Attribute that marks our own injected UI; its text is not page text. */
export const UI_ATTRIBUTE = 'data-hzd-ui';

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isSkippedElement(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  const name = (el.localName || el.nodeName || '').toLowerCase();
  if (SKIPPED_ELEMENTS.has(name)) return true;
  return typeof el.hasAttribute === 'function' && el.hasAttribute(UI_ATTRIBUTE);
}

/** Collect the page text under `root` (usually document.body). */
export function collectText(root: Node): TextModel {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;

  const visit = (node: Text) => {
    const data = node.data ?? '';
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
  };

  if (root.nodeType === TEXT_NODE) {
    visit(root as Text);
  } else {
    // Iterative depth-first walk: pages can nest deeper than the JS stack likes.
    let node: Node | null = root.firstChild;
    while (node) {
      if (node.nodeType === TEXT_NODE) visit(node as Text);
      const descend = node.firstChild && !isSkippedElement(node);
      node = descend ? node.firstChild : nextOutside(node, root);
    }
  }
  return { text: parts.join(''), nodes, starts, root };
}

/** The node after `node` in document order, skipping its descendants; null past `root`. */
function nextOutside(node: Node, root: Node | null): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

const indexes = new WeakMap<TextModel, Map<Node, number>>();

function indexOf(model: TextModel): Map<Node, number> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    model.nodes.forEach((node, i) => index!.set(node, i));
    indexes.set(model, index);
  }
  return index;
}

/** Anything with DOM Range boundaries: Range, StaticRange, or a plain object. */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Text offsets `{start, end}` (start <= end) of a DOM range within the model's text. */
export function rangeToOffsets(model: TextModel, range: RangeLike): { start: number; end: number } {
  const a = boundaryToOffset(model, range.startContainer, range.startOffset);
  const b = boundaryToOffset(model, range.endContainer, range.endOffset);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/**
 * Map a DOM boundary point to a text offset. Inside a model Text node it is direct; any other
 * point (element container with a child index, text we skip, a comment) maps to the start of
 * the first page text that follows it in document order, which is where DOM Range semantics
 * put it.
 */
function boundaryToOffset(model: TextModel, container: Node, offset: number): number {
  const index = indexOf(model);
  const at = index.get(container);
  if (at !== undefined) {
    const node = model.nodes[at]!;
    return model.starts[at]! + clamp(offset, 0, node.data.length);
  }
  const root = model.root;
  if (container !== root && !isInside(root, container)) {
    return precedes(container, root) ? 0 : model.text.length;
  }
  let from: Node | null;
  if (container.nodeType === ELEMENT_NODE || container.nodeType === 9 || container.nodeType === 11) {
    const child = container.childNodes[Math.max(0, Math.floor(offset))];
    from = child ?? (container === root ? null : nextOutside(container, root));
  } else {
    // Character data we do not count (skipped text, comments): treat as a point after it.
    from = container === root ? null : nextOutside(container, root);
  }
  for (let n = from; n; n = n.firstChild ?? nextOutside(n, root)) {
    const i = index.get(n);
    if (i !== undefined) return model.starts[i]!;
  }
  return model.text.length;
}

function isInside(root: Node, node: Node): boolean {
  if (typeof root.contains === 'function') return root.contains(node);
  for (let n: Node | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** True when `node` comes before `root` in the document (and is not inside it). */
function precedes(node: Node, root: Node): boolean {
  if (typeof root.compareDocumentPosition === 'function') {
    return (root.compareDocumentPosition(node) & 2) !== 0; // DOCUMENT_POSITION_PRECEDING
  }
  return false;
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return value > 0 ? max : min;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

export interface TextPoints {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * Text-node boundaries for the text offsets [start, end). The start lands in the node holding
 * the first character, the end in the node holding the last one, so the range never begins or
 * ends on an empty neighbour. Null when the offsets are out of bounds or there is no text.
 */
export function offsetsToPoints(model: TextModel, start: number, end: number): TextPoints | null {
  const { text } = model;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  if (text.length === 0) return null;
  const first = start < text.length ? pointAtChar(model, start) : pointAtEnd(model);
  if (!first) return null;
  if (end === start)
    return { startContainer: first.node, startOffset: first.offset, endContainer: first.node, endOffset: first.offset };
  const lastChar = pointAtChar(model, end - 1);
  if (!lastChar) return null;
  return {
    startContainer: first.node,
    startOffset: first.offset,
    endContainer: lastChar.node,
    endOffset: lastChar.offset + 1,
  };
}

/** The text node and offset of the character at `offset` (0 <= offset < text.length). */
function pointAtChar(model: TextModel, offset: number): { node: Text; offset: number } | null {
  const { starts, nodes } = model;
  // Last node whose start is <= offset: it is the non-empty node that holds the character
  // (empty nodes share their start with the next node, so they are never last among equals
  // unless they are at the very end).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const within = offset - starts[lo]!;
  if (within < 0 || within >= node.data.length) return null;
  return { node, offset: within };
}

function pointAtEnd(model: TextModel): { node: Text; offset: number } | null {
  for (let i = model.nodes.length - 1; i >= 0; i--) {
    const node = model.nodes[i]!;
    if (node.data.length > 0) return { node, offset: node.data.length };
  }
  return null;
}

/**
 * A DOM Range over the text offsets [start, end), created with `doc.createRange()`.
 * Null when the offsets are invalid, the DOM changed under the model, or the DOM has no
 * usable Range (linkedom's Range lacks setStart; use `offsetsToPoints` there).
 */
export function offsetsToRange(doc: Document, model: TextModel, start: number, end: number): Range | null {
  const points = offsetsToPoints(model, start, end);
  if (!points) return null;
  const range = doc.createRange();
  if (typeof range.setStart !== 'function' || typeof range.setEnd !== 'function') return null;
  try {
    range.setStart(points.startContainer, Math.min(points.startOffset, points.startContainer.data.length));
    range.setEnd(points.endContainer, Math.min(points.endOffset, points.endContainer.data.length));
  } catch {
    // IndexSizeError and friends: the text nodes changed since the model was collected.
    return null;
  }
  return range;
}
