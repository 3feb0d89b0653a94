/**
 * The text nodes of a page in document order, found by following sibling and parent links (not
 * script or style text), whole (remembered per detection run) or a part at a time.
 */
import { ELEMENT_NODE, memo, memoSteps, tagOf, TEXT_NODE } from './dom';
import { runSteps, type Steps } from './steps';

/** Depth-first, document-order list of all text nodes under a node. */
export function textNodes(root: Node): readonly Text[] {
  return memo('textNodes', root, (r) => runSteps(collectTextNodes(r)));
}

/** `textNodes(root)` a part at a time: a long page has thousands (~5 ms to collect in Chromium). */
export function textNodesSteps(root: Node): Steps<readonly Text[]> {
  return memoSteps('textNodes', root, collectTextNodes);
}

/** Text nodes collected between two chances to pause. */
const TEXT_NODES_PER_STEP = 256;

function* collectTextNodes(root: Node): Steps<Text[]> {
  const out: Text[] = [];
  for (const t of walkTextNodes(root)) if (out.push(t) % TEXT_NODES_PER_STEP === 0) yield;
  return out;
}

/** The first of `textNodes(root)`, found without collecting the rest. */
export function firstTextNode(root: Node): Text | null {
  return walkTextNodes(root).next().value ?? null;
}

/** Elements whose text is no page text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text nodes under `root` in document order (not inside NOT_TEXT elements). Follows
 * sibling and parent links: childNodes.forEach makes a browser build a live list and call back
 * once per node (a long page's walk took ~15 ms).
 */
export function* walkTextNodes(root: Node): Generator<Text, void, void> {
  let n: Node | null = root.firstChild;
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      yield n as Text;
    } else if (n.nodeType === ELEMENT_NODE && n.firstChild && !NOT_TEXT.has(tagOf(n as Element))) {
      n = n.firstChild;
      continue;
    }
    while (n !== root && !n.nextSibling) n = n.parentNode!;
    if (n === root) return;
    n = n.nextSibling;
  }
}

/**
 * The last `count` text nodes under `root` that are not blank, in document order, found walking back from its end
 * without collecting the rest (a body's closing lines).
 */
export function lastTextNodes(root: Node, count: number): Text[] {
  const out: Text[] = [];
  let n: Node | null = root.lastChild;
  while (n && out.length < count) {
    if (n.nodeType === TEXT_NODE) {
      if ((n as Text).data.trim()) out.unshift(n as Text);
    } else if (n.nodeType === ELEMENT_NODE && n.lastChild && !NOT_TEXT.has(tagOf(n as Element))) {
      n = n.lastChild;
      continue;
    }
    while (n !== root && !n.previousSibling) n = n.parentNode!;
    if (n === root) break;
    n = n.previousSibling;
  }
  return out;
}
