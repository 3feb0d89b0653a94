/**
 * Where we never paint or write: text the reader types (inputs, textareas, `contenteditable`
 * regions). A mark in an editor would move with the typing, end up in what the page saves,
 * or break the editor's own model of its content. Plain DOM, so it runs in happy-dom tests.
 */
const ELEMENT_NODE = 1;
const EDITORS = 'textarea, [contenteditable]:not([contenteditable="false" i])';

const elementOf = (node: Node | null): Element | null =>
  !node ? null : node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;

/** True inside a form field or an editable region. */
export function isEditable(node: Node | null): boolean {
  const el = elementOf(node);
  if (!el) return false;
  if (el.closest('input, textarea, select')) return true;
  const editable = el.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable')?.toLowerCase() !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * A test that keeps the ranges clear of the document's editable regions (a range inside one,
 * reaching into one, or around one), or null when the document has none — the usual case,
 * decided by one query.
 */
export function editableFilter(doc: Document): ((range: Range) => boolean) | null {
  if (doc.designMode === 'on') return () => false;
  const editors = Array.from(doc.querySelectorAll(EDITORS));
  if (editors.length === 0) return null;
  return (range) => {
    for (const editor of editors) {
      try {
        if (range.intersectsNode(editor)) return false;
      } catch {
        return false; // a range whose nodes left the document: not worth painting
      }
    }
    return !isEditable(range.commonAncestorContainer);
  };
}
