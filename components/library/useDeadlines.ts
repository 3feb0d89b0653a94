/**
 * The reader's deadlines for the Deadlines view: every live follow (`follows/list`, a page at a time) and every live
 * highlight of a target (`highlights/query` with the target category, page after page), merged by
 * utils/follows/deadlines.ts; read again when the library or the follows change.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { Follow } from '@/utils/follows/record';
import { deadlineItems, type DeadlineItem } from '@/utils/follows/deadlines';
import { PAGE_MAX } from '@/utils/messages';
import type { QueryPage } from '@/utils/store/queries';
import { ask } from '@/platform/messaging';
import { listFollows } from './follows-list';
import { onLibraryChanged } from '@/platform/library-changes';

const TARGETS = {
  colors: [],
  categories: ['target' as const],
  tags: [],
  sites: [],
  date: { kind: 'any' as const },
};

async function targetHighlights(): Promise<Highlight[]> {
  const out: Highlight[] = [];
  let cursor: string | null = null;
  do {
    const page: QueryPage = await ask({
      type: 'highlights/query',
      query: { filters: TARGETS },
      limit: PAGE_MAX,
      cursor,
    });
    out.push(...page.records);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

export function useDeadlines(): {
  items: DeadlineItem[] | null;
  follows: Follow[];
  error: string | null;
  reload(): void;
} {
  const [state, setState] = useState<{ items: DeadlineItem[] | null; follows: Follow[]; error: string | null }>({
    items: null,
    follows: [],
    error: null,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([listFollows(false), targetHighlights()]).then(
      ([follows, highlights]) => live && setState({ items: deadlineItems(follows, highlights), follows, error: null }),
      (e: unknown) =>
        live && setState((s) => ({ ...s, items: s.items ?? [], error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
  }, [round]);
  useEffect(() => onLibraryChanged(() => setRound((r) => r + 1)), []);
  return { ...state, reload: () => setRound((r) => r + 1) };
}
