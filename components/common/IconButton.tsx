import type { ComponentChildren } from 'preact';

/** A button that shows only an icon: its label is its accessible name and its tooltip. */
export function IconButton(p: {
  label: string;
  /** Tooltip when it should differ from the accessible name (defaults to the label). */
  title?: string;
  onClick: () => void;
  tabIndex?: number;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="icon-btn"
      aria-label={p.label}
      title={p.title ?? p.label}
      tabIndex={p.tabIndex}
      onClick={p.onClick}
    >
      {p.children}
    </button>
  );
}
