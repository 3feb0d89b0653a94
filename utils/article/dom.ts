/**
 * DOM helpers limited to what both a browser Document and a linkedom Document support:
 * querySelector(All), children/childNodes, textContent, getAttribute, tagName. No layout,
 * no innerText, no TreeWalker.
 */
import { collapseSpace } from './text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function textOf(node: Node | null | undefined): string {
  return node?.textContent ?? '';
}

/** Collapsed text of the first matching element that has any text, or null. */
export function firstText(root: ParentNode, selectors: readonly string[]): { el: Element; text: string } | null {
  for (const sel of selectors) {
    for (const el of safeQueryAll(root, sel)) {
      const text = collapseSpace(textOf(el));
      if (text) return { el, text };
    }
  }
  return null;
}

/** querySelectorAll that treats a selector the engine cannot parse as matching nothing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  el.childNodes.forEach((n) => {
    if (n.nodeType === ELEMENT_NODE) out.push(n as Element);
  });
  return out;
}

export function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
  return (n as Element | null) ?? null;
}

export function parentElementOf(el: Element): Element | null {
  const p = el.parentNode;
  return p && p.nodeType === ELEMENT_NODE ? (p as Element) : null;
}

/** Text of the element's own text-node children, not of its descendants. */
export function ownText(el: Element): string {
  let s = '';
  el.childNodes.forEach((n) => {
    if (n.nodeType === TEXT_NODE) s += n.textContent ?? '';
  });
  return s;
}

/** Class and id tokens, lower-cased, split on spaces, dashes and underscores. */
export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

/** Class and id words as written (not split on dashes), lower-cased. */
export function nameWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean);
}

/** Length of the text inside links, relative to all text: 1 for a menu, near 0 for prose. */
export function linkDensity(el: Element): number {
  const total = collapseSpace(textOf(el)).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of safeQueryAll(el, 'a')) linked += collapseSpace(textOf(a)).length;
  if (tagOf(el) === 'A') linked = total;
  return Math.min(1, linked / total);
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function contains(ancestor: Node, node: Node): boolean {
  let n: Node | null = node;
  while (n) {
    if (n === ancestor) return true;
    n = n.parentNode;
  }
  return false;
}

/** Depth-first, document-order list of all text nodes under a node. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    n.childNodes.forEach((c) => {
      if (c.nodeType === TEXT_NODE) out.push(c as Text);
      else if (c.nodeType === ELEMENT_NODE) {
        const t = tagOf(c as Element);
        if (t !== 'SCRIPT' && t !== 'STYLE' && t !== 'NOSCRIPT' && t !== 'TEMPLATE') walk(c);
      }
    });
  };
  walk(root);
  return out;
}

export function metaContent(doc: Document, names: readonly string[]): string | null {
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const m of safeQueryAll(doc, 'meta')) {
      const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      if (key === lower) {
        const v = collapseSpace(m.getAttribute('content') ?? '');
        if (v) return v;
      }
    }
  }
  return null;
}

export function metaContents(doc: Document, name: string): string[] {
  const lower = name.toLowerCase();
  return safeQueryAll(doc, 'meta')
    .filter((m) => (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase() === lower)
    .map((m) => collapseSpace(m.getAttribute('content') ?? ''))
    .filter(Boolean);
}
