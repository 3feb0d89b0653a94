/**
 * Which selections the highlighter acts on. Text the reader is typing (inputs, textareas,
 * contenteditable areas) and our own UI are left alone; so are empty or whitespace-only
 * selections. Plain DOM only, so it runs in happy-dom tests.
 */
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { isEditable } from '../paint/editable';

/** True inside a form field, an editable area, or our own UI. */
export function isIgnoredNode(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el && (el.closest(`[${UI_ATTRIBUTE}]`) !== null || isEditable(el));
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
