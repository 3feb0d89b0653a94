/**
 * Roving focus for a toolbar (WAI-ARIA Authoring Practices, "Toolbar"): the toolbar is one
 * stop in the Tab order; ←/→ (and ↑/↓) move between its buttons, wrapping; Home and End go to
 * the first and the last. The stop is the button last focused, at first the pressed one (the
 * saved colour) or the first.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX, RefObject } from 'preact';

const ITEMS = 'button:not([disabled])';

export interface RovingFocus {
  ref: RefObject<HTMLDivElement>;
  onKeyDown: (event: JSX.TargetedKeyboardEvent<HTMLElement>) => void;
  onFocusIn: (event: JSX.TargetedFocusEvent<HTMLElement>) => void;
  /** Moves the focus to the toolbar's stop. */
  focus: () => void;
}

export function useRovingFocus(): RovingFocus {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef<number | null>(null);
  const items = () => Array.from(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);
  const stop = (list: HTMLElement[]) => {
    const pressed = list.findIndex((el) => el.getAttribute('aria-pressed') === 'true');
    return Math.min(list.length - 1, last.current ?? Math.max(0, pressed));
  };
  const setStop = (list: HTMLElement[], index: number) => list.forEach((el, i) => (el.tabIndex = i === index ? 0 : -1));
  const moveTo = (list: HTMLElement[], index: number) => {
    last.current = index;
    setStop(list, index);
    list[index]?.focus();
  };

  // After every render (buttons come and go with the mode): exactly one stop.
  useLayoutEffect(() => {
    const list = items();
    setStop(list, stop(list));
  });

  return {
    ref,
    onKeyDown(event) {
      const list = items();
      const at = list.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      const next: Record<string, number> = {
        ArrowRight: (at + 1) % list.length,
        ArrowDown: (at + 1) % list.length,
        ArrowLeft: (at - 1 + list.length) % list.length,
        ArrowUp: (at - 1 + list.length) % list.length,
        Home: 0,
        End: list.length - 1,
      };
      const to = next[event.key];
      if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      moveTo(list, to);
    },
    onFocusIn(event) {
      const list = items();
      const at = list.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      last.current = at;
      setStop(list, at);
    },
    focus() {
      const list = items();
      if (list.length) moveTo(list, stop(list));
    },
  };
}
