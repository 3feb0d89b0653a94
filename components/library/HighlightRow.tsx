import { Component } from 'preact';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import type { LibraryPage } from '@/utils/library/group';
import { matchRanges } from '@/utils/store/search-tokens';
import { t } from '@/platform/i18n';
import { categoryName, colorName } from './labels';
import { dayLabel } from './lang';
import { Icon } from './icons';
import { IconButton } from '@/components/common/IconButton';
import { Dotted } from '@/components/common/Dotted';

/** Row heights (px) of the virtualized list; the CSS clamps text so rows keep them. */
export const PAGE_ROW_HEIGHT = 54;
export const HIGHLIGHT_ROW_HEIGHT = 84;
export const HIGHLIGHT_WITH_NOTE_ROW_HEIGHT = 104;

export const highlightRowHeight = (h: Highlight) =>
  h.note.trim() ? HIGHLIGHT_WITH_NOTE_ROW_HEIGHT : HIGHLIGHT_ROW_HEIGHT;

function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  // Long quotes are clamped to two lines anyway: marking past that is wasted work.
  const shown = text.length > 400 ? text.slice(0, 400) : text;
  const ranges = matchRanges(shown, terms);
  if (!ranges.length) return <>{shown}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(shown.slice(at, start));
    parts.push(<mark key={start}>{shown.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(shown.slice(at));
  return <>{parts}</>;
}

export interface HighlightRowProps {
  record: Highlight;
  settings: Settings | null;
  terms: readonly string[];
  active: boolean;
  orphan: boolean;
  /** Shown in the library page: a checkbox for bulk actions. */
  selected?: boolean;
  onToggleSelect?: (record: Highlight, extend: boolean) => void;
  onOpen: (record: Highlight) => void;
  onEdit: (record: Highlight) => void;
  onDelete: (record: Highlight) => void;
  onFocusRow?: () => void;
  rowId: string;
  /** In the windowed list only the active row is in the tab order (arrow keys move between rows). */
  roving?: boolean;
  /** The row that takes focus from Tab when no row is active yet. */
  tabbable?: boolean;
}

/**
 * Memoized: a row whose props are the same as in the last render (its record, its terms, its
 * place; the handlers are stable) is not diffed again — the rest of a first screen arriving, the
 * active row moving, a keystroke that keeps some of the rows redraw the rows that changed only.
 */
export class HighlightRow extends Component<HighlightRowProps> {
  override shouldComponentUpdate(next: HighlightRowProps): boolean {
    return changedProps(this.props, next);
  }

  override render(p: HighlightRowProps) {
    const h = p.record;
    const colour = colorName(h.color, p.settings);
    const tab = p.roving ? (p.active || p.tabbable ? 0 : -1) : undefined;
    return (
      <div
        class={`hl-row hl-${h.color}${p.active ? ' active' : ''}${p.orphan ? ' orphan' : ''}`}
        data-testid="highlight"
        data-id={h.id}
      >
        {p.onToggleSelect && (
          <label class="hl-check">
            <input
              type="checkbox"
              checked={p.selected}
              aria-label={t('selectHighlight')}
              onClick={(e) => p.onToggleSelect!(h, e.shiftKey)}
            />
          </label>
        )}
        <div class="hl-card">
          <span class="hl-stripe" aria-hidden="true" />
          <button
            type="button"
            id={p.rowId}
            class="hl-open"
            title={t('highlightOpen')}
            aria-describedby={`${p.rowId}-meta`}
            tabIndex={tab}
            onFocus={p.onFocusRow}
            onClick={() => p.onOpen(h)}
          >
            <span class="hl-quote" data-testid="highlight-quote">
              <Marked text={h.quote.exact} terms={p.terms} />
            </span>
            {h.note.trim() && (
              <span class="hl-note" data-testid="highlight-note">
                <Marked text={h.note} terms={p.terms} />
              </span>
            )}
            <span class="hl-meta" id={`${p.rowId}-meta`}>
              <span class="visually-hidden">{colour}</span>
              {p.orphan && <span class="chip chip-orphan">{t('orphanBadge')}</span>}
              {h.category && <span class={`chip chip-cat cat-${h.category}`}>{categoryName(h.category)}</span>}
              {h.tags.slice(0, 4).map((tag) => (
                <span key={tag} class="chip chip-tag">
                  {tag}
                </span>
              ))}
              <span class="hl-date">{dayLabel(h.created)}</span>
            </span>
          </button>
          <span class="hl-actions">
            <IconButton label={t('actionEdit')} tabIndex={tab} onClick={() => p.onEdit(h)}>
              <Icon name="edit" />
            </IconButton>
            <IconButton label={t('actionDelete')} tabIndex={tab} onClick={() => p.onDelete(h)}>
              <Icon name="trash" />
            </IconButton>
          </span>
        </div>
      </div>
    );
  }
}

function changedProps<P extends object>(a: P, b: P): boolean {
  for (const k in a) if (a[k] !== b[k]) return true;
  for (const k in b) if (!(k in a)) return true;
  return false;
}

export function PageHeaderRow(p: {
  page: LibraryPage;
  count: number;
  onCopy?: (page: LibraryPage) => void;
  selectedCount?: number;
  onTogglePage?: (page: LibraryPage) => void;
}) {
  const { page } = p;
  const all = p.selectedCount !== undefined && p.selectedCount === page.highlights.length;
  return (
    <div class="page-row" data-testid="page-group" data-url={page.url}>
      {p.onTogglePage && (
        <label class="hl-check">
          <input
            type="checkbox"
            checked={all}
            ref={(el) => {
              if (el) el.indeterminate = !all && (p.selectedCount ?? 0) > 0;
            }}
            aria-label={`${t('selectPage')}: ${page.title}`}
            onClick={() => p.onTogglePage!(page)}
          />
        </label>
      )}
      <div class="page-row-text">
        <a class="page-title" href={page.url} target="_blank" rel="noopener noreferrer" title={page.title}>
          {page.title}
        </a>
        <div class="page-meta">
          <Dotted parts={[page.site, dayLabel(page.latest), `${p.count}`]} />
        </div>
      </div>
      {p.onCopy && (
        <IconButton
          label={`${t('popupCopyMarkdown')}: ${page.title}`}
          title={t('popupCopyMarkdown')}
          onClick={() => p.onCopy!(page)}
        >
          <Icon name="copy" />
        </IconButton>
      )}
    </div>
  );
}
