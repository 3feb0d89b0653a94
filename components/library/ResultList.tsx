import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Settings } from '@/utils/store/settings';
import type { LibraryRow } from '@/utils/library/group';
import { t } from '@/platform/i18n';
import { VirtualList } from './VirtualList';

/** What the list calls back, read from LibraryBrowser's latest render. */
export interface ListCallbacks {
  renderRow: (index: number) => ComponentChildren;
  loadMore: () => void;
}

export interface ResultListProps {
  rows: LibraryRow[];
  heights: Float64Array;
  terms: readonly string[];
  active: number;
  settings: Settings | null;
  orphanIds?: ReadonlySet<string>;
  selection?: ReadonlySet<string>;
  more: boolean;
  latest: { current: ListCallbacks | null };
}

/**
 * The windowed list. Its props are the data the rows are drawn from, and LibraryBrowser keeps
 * its element while they stay: a keystroke's own render, before its records arrive, leaves it alone.
 */
export function ResultList(l: ResultListProps) {
  // A new function for new rows: the list asks for more again when they are near their end too.
  const loadMore = useMemo(() => () => l.latest.current!.loadMore(), [l.rows]);
  return (
    <div id="library-list" class="browser-list">
      <VirtualList
        heights={l.heights}
        renderRow={(i) => l.latest.current!.renderRow(i)}
        rowKey={(i) => l.rows[i]!.key}
        revealIndex={l.active}
        label={t('listLabel')}
        testId="library-list"
        onNearEnd={l.more ? loadMore : undefined}
      />
    </div>
  );
}
