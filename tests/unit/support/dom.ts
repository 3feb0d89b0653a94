/** Replaces the test document's body with parsed markup (no innerHTML: the lint rule holds in tests too). */
export function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** Replaces the test document's head and body with those of a whole page. */
export function setPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.title = parsed.title;
}
