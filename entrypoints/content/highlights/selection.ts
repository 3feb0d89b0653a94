/**
 * Which selections the highlighter acts on. Text the reader is typing (inputs, textareas,
 * contenteditable areas) and our own UI are left alone; so are empty or whitespace-only
 * selections. Plain DOM only, so it runs in happy-dom tests.
 */
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';

const ELEMENT_NODE = 1;

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** True inside a form field, an editable area, or our own UI. */
export function isIgnoredNode(node: Node | null): boolean {
  const el = elementOf(node);
  if (!el) return false;
  if (el.closest(`[${UI_ATTRIBUTE}]`)) return true;
  if (el.closest('input, textarea, select')) return true;
  const editable = el.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable') !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

/** True when keyboard focus is in a field where text is typed. */
function focusIsInField(doc: Document): boolean {
  const active = doc.activeElement;
  if (!active) return false;
  if (active.hasAttribute(UI_ATTRIBUTE)) return true;
  const name = active.localName;
  return name === 'input' || name === 'textarea' || (active as HTMLElement).isContentEditable === true;
}

/**
 * The range of the page selection the highlighter may act on, or null. The returned range
 * is a copy: the live selection changes when the user clicks the toolbar.
 */
export function highlightableRange(doc: Document, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (focusIsInField(doc)) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return null;
  if (isIgnoredNode(range.startContainer) || isIgnoredNode(range.endContainer)) return null;
  if (isIgnoredNode(range.commonAncestorContainer)) return null;
  if (!doc.body || !doc.body.contains(range.commonAncestorContainer)) return null;
  if (range.toString().trim().length === 0) return null;
  return range.cloneRange();
}
