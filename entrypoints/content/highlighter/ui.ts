/**
 * The highlighter's own corner of the page: one host element (marked `data-hzd-ui`, so the
 * page text model skips it) with a CLOSED shadow root that holds our styles and Preact tree.
 * The page gets no handle on the toolbar, the note editor or the toast, and script-made events
 * do nothing in them (../shadow-guard.ts). The host is zero-sized and absolutely positioned at
 * the document origin: showing or hiding the toolbar never shifts the page's layout.
 */
import { h, render } from 'preact';
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { HighlightUi, type HighlightUiProps } from '@/components/toolbar/HighlightUi';
import { TOOLBAR_CSS } from '@/components/toolbar/styles';
import { guardShadowRoot } from '../shadow-guard';

const HOST_TAG = 'hzd-highlights';

export interface UiHost {
  render(props: HighlightUiProps): void;
  /** The toolbar's size as rendered, if shown. */
  toolbarSize(): { width: number; height: number } | null;
  /** True when an event happened inside our UI. */
  contains(event: Event): boolean;
  /** True when the keyboard focus is inside our UI (inside the part matching `selector`, if given). */
  hasFocus(selector?: string): boolean;
  /** Takes the focus out of our UI (to the page's body). */
  blur(): void;
  destroy(): void;
}

export function mountUi(doc: Document): UiHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(UI_ATTRIBUTE, '');
  host.style.cssText =
    'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  guardShadowRoot(root);
  const style = doc.createElement('style');
  style.textContent = TOOLBAR_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);

  return {
    render(props) {
      // The page may have removed our host (SPA re-render of <html> children): put it back.
      if (!host.isConnected) doc.documentElement.append(host);
      render(h(HighlightUi, props), container);
    },
    toolbarSize() {
      const el = root.querySelector('.hzd-toolbar');
      if (!el) return null;
      const rect = el.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    },
    contains(event) {
      return event.composedPath().includes(host);
    },
    hasFocus: (selector) => doc.activeElement === host && (!selector || !!root.activeElement?.closest(selector)),
    blur: () => (root.activeElement as HTMLElement | null)?.blur(),
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
