/**
 * What the popup's page panel showed, in order: run in the popup with `evaluate(recordStates, withTitle)`, then read
 * with `evaluate(seenStates)`. Self-contained, as the browser runs its source text, not this module.
 */

/**
 * Records every state the page panel shows (reading, inactive, unreported, page), without repeats, in
 * `window.seen`; with `withTitle`, the page state as `page:<its title>` (a popup must never show one page's
 * title for another's).
 */
export function recordStates(withTitle: boolean): void {
  const seen: string[] = [];
  (window as unknown as { seen: string[] }).seen = seen;
  const note = () => {
    const panel = document.querySelector(
      '[data-testid="reading"], [data-testid="inactive"], [data-testid="unreported"], [data-testid="page"]',
    );
    const id = panel?.getAttribute('data-testid');
    const title = document.querySelector('[data-testid="page-title"]')?.textContent;
    const state = withTitle && id === 'page' ? `page:${title}` : id;
    if (state && seen.at(-1) !== state) seen.push(state);
  };
  note();
  new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
}

export const seenStates = (): string[] => (window as unknown as { seen: string[] }).seen;
