/**
 * The outline panel: a tab at the right edge that opens a list of the article's directives
 * grouped by section, with per-category switches. Keyboard: every control is a button with
 * an accessible name; opening moves focus into the panel, Esc (or the close button) closes
 * it and gives focus back to the tab; ↑/↓ move between entries.
 */
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES, type DirectiveCategory } from '@/utils/highlights/record';
import type { OutlineSection } from './model';

export interface Swatch {
  background: string;
  ink: string;
  underline: string;
}

export interface OutlineLabels {
  title: string;
  tab: string;
  open: (count: number) => string;
  close: string;
  intro: string;
  empty: string;
  categories: string;
  hint: string;
  category: Record<DirectiveCategory, string>;
}

export interface OutlineProps {
  sections: OutlineSection[];
  counts: Record<DirectiveCategory, number>;
  enabled: Record<DirectiveCategory, boolean>;
  swatches: Record<DirectiveCategory, Swatch>;
  labels: OutlineLabels;
  /** The number on the tab (the same as the toolbar badge). */
  total: number;
  open: boolean;
  dark: boolean;
  onOpenChange(open: boolean): void;
  onToggleCategory(category: DirectiveCategory): void;
  onRevealDirective(index: number): void;
  onRevealBlock(blockIndex: number): void;
}

export function Outline(props: OutlineProps) {
  const { labels, open } = props;
  const panel = useRef<HTMLDivElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open && !wasOpen.current) {
      const first =
        panel.current?.querySelector<HTMLElement>('[data-entry]') ??
        panel.current?.querySelector<HTMLElement>('button');
      first?.focus();
    } else if (!open && wasOpen.current) {
      tab.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onOpenChange(false);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const entries = Array.from(panel.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? []);
    const root = panel.current?.getRootNode() as Document | ShadowRoot | undefined;
    const at = entries.indexOf(root?.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const next = entries[Math.min(entries.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
  };

  const visible = props.sections
    .map((s) => ({ ...s, entries: s.entries.filter((e) => props.enabled[e.category]) }))
    .filter((s) => s.title !== null || s.entries.length > 0);

  return (
    <div class={`hzd-root${props.dark ? ' dark' : ''}`}>
      {!open && (
        <button
          ref={tab}
          type="button"
          class="tab"
          aria-expanded="false"
          aria-controls="hzd-outline-panel"
          // The name is what the tab shows ("划重点 12"); what it does is its description.
          aria-label={`${labels.tab} ${props.total}`}
          title={`${labels.open(props.total)}\n${labels.hint}`}
          onClick={() => props.onOpenChange(true)}
        >
          <span class="tab-text">{labels.tab}</span>
          <span class="tab-count">{props.total}</span>
        </button>
      )}
      {open && (
        <div
          ref={panel}
          id="hzd-outline-panel"
          class="panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby="hzd-outline-title"
          onKeyDown={onKeyDown}
        >
          <div class="head">
            <h2 id="hzd-outline-title">{labels.title}</h2>
            <button
              type="button"
              class="close"
              aria-label={labels.close}
              title={labels.close}
              onClick={() => props.onOpenChange(false)}
            >
              ×
            </button>
          </div>
          <div class="legend" role="group" aria-label={labels.categories}>
            {CATEGORIES.map((c) => (
              <button
                type="button"
                key={c}
                class="switch"
                aria-pressed={props.enabled[c] ? 'true' : 'false'}
                onClick={() => props.onToggleCategory(c)}
              >
                <span
                  class="swatch"
                  aria-hidden="true"
                  style={{
                    background: props.swatches[c].background,
                    textDecorationLine: props.swatches[c].underline === 'none' ? 'none' : 'underline',
                    textDecorationStyle: props.swatches[c].underline,
                    textDecorationColor: props.swatches[c].ink,
                  }}
                >
                  Aa
                </span>
                <span class="name">{labels.category[c]}</span>
                <span class="count">{props.counts[c]}</span>
              </button>
            ))}
          </div>
          <nav class="list" aria-label={labels.title}>
            {visible.length === 0 && <p class="empty">{labels.empty}</p>}
            {visible.map((s, i) => (
              <section key={i}>
                {s.title !== null ? (
                  <h3>
                    <button
                      type="button"
                      data-entry=""
                      class="section"
                      onClick={() =>
                        s.headingIndex !== null
                          ? props.onRevealDirective(s.headingIndex)
                          : props.onRevealBlock(s.blockIndex!)
                      }
                    >
                      {s.title}
                    </button>
                  </h3>
                ) : (
                  <h3 class="intro">{labels.intro}</h3>
                )}
                <ul>
                  {s.entries.map((e) => (
                    <li key={e.index}>
                      <button
                        type="button"
                        data-entry=""
                        data-category={e.category}
                        class="entry"
                        style={{ borderInlineStartColor: props.swatches[e.category].ink }}
                        onClick={() => props.onRevealDirective(e.index)}
                      >
                        <span class="visually-hidden">{labels.category[e.category]}: </span>
                        {e.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
          <p class="hint">{labels.hint}</p>
        </div>
      )}
    </div>
  );
}
