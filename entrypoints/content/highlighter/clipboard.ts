/**
 * Puts plain text on the clipboard. `navigator.clipboard` exists only in secure contexts; on
 * http pages the copy command still works during the click, with our text set on its event.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const modern = doc.defaultView?.navigator.clipboard;
  if (modern && doc.defaultView?.isSecureContext) {
    await modern.writeText(text);
    return;
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = !!event.clipboardData;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  if (!written) throw new Error('the browser refused to copy');
}
