/**
 * Real input, as far as a fake browser can tell. happy-dom has no `isTrusted`; a browser sets
 * it on events that come from the user (mouse, keyboard), and our in-page UI acts on nothing
 * else. Tests that play the reader mark their events so; tests that play a page script don't.
 */
export function asUser<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click by the reader on an element (trusted, bubbling, crossing shadow boundaries). */
export function userClick(el: Element): void {
  el.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 })));
}

/** A script's click: what a page can do to any element it can reach. */
export function scriptClick(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }));
}

/**
 * Keeps the shadow roots that elements attach, closed ones included, the way a test driver
 * reaches them through the browser's protocol (the DevTools protocol's `pierce`). Returns the
 * lookup and a function that stops recording.
 */
export function recordShadowRoots(): { rootOf(host: Element | null): ShadowRoot | null; stop(): void } {
  const roots = new WeakMap<Element, ShadowRoot>();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  };
  return {
    rootOf: (host) => (host ? (roots.get(host) ?? null) : null),
    stop: () => void (Element.prototype.attachShadow = original),
  };
}
