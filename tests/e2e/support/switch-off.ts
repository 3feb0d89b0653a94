/**
 * A hostile page that tries to switch our content script off, with the page's own script only.
 *
 * WXT's content-script context ends itself when it hears that a newer copy of the same script
 * started: a CustomEvent on `document` named `<extension id>:content:wxt:content-script-started`
 * (and, for older WXT versions, a `postMessage` of that name). The page can learn the name: the
 * extension id is public (store listing, the Firefox add-on id in the manifest), and our script
 * itself posts that message to the page's window when it starts. The page also plants its own
 * `window.__huazhongdian` (our re-injection hook, which must live in the isolated world only).
 */

/** The page's first script: listens for what our content script posts, and plants a fake hook. */
export const EAVESDROPPER = `<script>
  window.__leaked = [];
  addEventListener('message', (e) => {
    const d = e.data;
    if (d && typeof d.type === 'string' && d.type.includes('wxt:')) window.__leaked.push(JSON.stringify(d));
  });
  window.__huazhongdian = { recheck() { window.__hookCalled = true; } };
</script>`;

/** Puts the eavesdropper first in the page's <head>. */
export const withEavesdropper = (html: string) => html.replace(/<head[^>]*>/i, (head) => `${head}${EAVESDROPPER}`);

export interface SwitchOffReport {
  /** The event names the page sent (what it read from our own message, plus its guess). */
  names: string[];
  /** Whether our content script's message reached the page (it tells the page the name). */
  leaked: boolean;
  /** What the page sees of our hook: only its own fake, never ours. */
  hook: 'page' | 'other' | 'none';
  hookCalled: boolean;
}

/** Runs in the page's world: every "a newer copy started" signal the page can make. */
export function switchOff(guessedNames: string[]): SwitchOffReport {
  const w = window as unknown as {
    __leaked: string[];
    __huazhongdian?: { recheck: () => void };
    __hookCalled?: boolean;
  };
  const leaked = w.__leaked.map((s) => JSON.parse(s) as { type: string; contentScriptName?: string });
  const names = [...new Set([...leaked.map((d) => d.type), ...guessedNames])];
  const scriptNames = [...new Set(['content', ...leaked.map((d) => d.contentScriptName ?? 'content')])];
  for (const type of names) {
    for (const contentScriptName of scriptNames) {
      const detail = { contentScriptName, messageId: 'page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      document.documentElement.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
  }
  const hook = w.__huazhongdian;
  return {
    names,
    leaked: leaked.length > 0,
    hook: !hook ? 'none' : String(hook.recheck).includes('__hookCalled') ? 'page' : 'other',
    hookCalled: w.__hookCalled === true,
  };
}

/** Sizes of our paint layers in the page's CSS highlight registry (the page can read them). */
export function layerSizes(): Record<string, number> {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return Object.fromEntries([...registry.entries()].filter(([n]) => n.startsWith('hzd-')).map(([n, h]) => [n, h.size]));
}
