/**
 * Mounts the outline panel (components/outline) in a closed shadow root at the end of <body>
 * (../shadow-guard.ts: the page can neither read it nor drive it). The host carries
 * `data-hzd-ui`, so its text is never page text and the page observer ignores it; everything
 * inside is position: fixed, so the page's layout does not move.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UI_ATTRIBUTE } from '@/utils/anchoring/text';
import { Outline, type OutlineProps } from '@/components/outline/Outline';
import { OUTLINE_CSS } from '@/components/outline/style';
import { phase } from '@/utils/perf/timing';
import { guardShadowRoot } from '../shadow-guard';

export interface OutlinePanel {
  update(props: OutlineProps): void;
  remove(): void;
}

export async function mountOutlinePanel(ctx: ContentScriptContext, props: OutlineProps): Promise<OutlinePanel> {
  let container: HTMLElement | null = null;
  let latest = props;
  const ui = await createShadowRootUi(ctx, {
    name: 'hzd-outline',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: OUTLINE_CSS,
    mode: 'closed',
    onMount(uiContainer, shadow, host) {
      host.setAttribute(UI_ATTRIBUTE, '');
      // Keys typed in the panel stay in the panel; script-made events do nothing.
      guardShadowRoot(shadow);
      container = uiContainer;
      phase('panel-render', () => render(<Outline {...latest} />, uiContainer));
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  return {
    update(next) {
      latest = next;
      if (container) render(<Outline {...next} />, container);
    },
    remove() {
      ui.remove();
    },
  };
}
