/**
 * Where the popup and the library page read the library: the database itself, read-only
 * (utils/store/reader.ts: no message round trip, no service worker to wake for a keystroke),
 * and the background when the database cannot be read here (a library still migrating, a
 * newer version's layout, the database closed for an upgrade). Every write still goes to the
 * background. Both give the same answers (tests/unit/store/reader.property.test.ts).
 */
import type { Highlight } from '@/utils/highlights/record';
import type { PageRow } from '@/utils/store/rows';
import { countReadsRecords, type LibraryQuery, type QueryPage, type LibraryFacets } from '@/utils/store/queries';
import { openLibraryDb } from '@/utils/store/db';
import { LibraryReader } from '@/utils/store/reader';
import { ask as askBackground } from '@/platform/messaging';
import { watchPendingWrites } from '@/platform/pending-writes';
import { onLibraryChanged, type LibraryChange } from '@/platform/library-changes';

/** A search answered at once (`LibrarySource.now`), and the check that the library was still so. */
export interface AnswerNow {
  page: QueryPage;
  /** Resolves true when the library is still in the state the answer was read in (else: ask `query`). */
  current(): Promise<boolean>;
}

export interface LibrarySource {
  /** Whether the page reads the database itself (once its connection is open; false: the background answers). */
  ready(): Promise<boolean>;
  /** Whole pages, newest first (no search, no filter). */
  pages(
    minRecords: number,
    cursor: string | null,
  ): Promise<{ pages: PageRow[]; records: Highlight[]; cursor: string | null }>;
  query(query: LibraryQuery, limit: number, cursor: string | null, signal?: AbortSignal): Promise<QueryPage>;
  /**
   * A search's first `limit` matches (at least `atLeast`) without waiting: from the newest
   * records the page keeps in memory (read by `warm`), as `query` would answer; null when they
   * cannot tell, before they are read, or while the background answers. The caller shows the
   * answer at once and then asks `current()`: false means the library had changed, ask `query`.
   */
  now(query: LibraryQuery, limit: number, atLeast: number): AnswerNow | null;
  /** How many records match; asked of the background where counting reads records (`countReadsRecords`). */
  count(query: LibraryQuery, signal?: AbortSignal): Promise<number>;
  /** Live highlights and the pages they are on. */
  totals(): Promise<{ highlights: number; pages: number }>;
  facets(): Promise<LibraryFacets>;
  /**
   * Runs one search while the page is idle, so the reader's first keystroke does not pay for
   * the first run of the search code and of the database, after reading the newest records
   * (WARM_RECORDS) into the reader's cache (nothing when there is no reader).
   */
  warm(text: string): Promise<void>;
  /**
   * Reads what the next keystroke of `query` can need (reader.ts `prepare`), so that `now`
   * answers it; for a page idle after a search's list. Nothing when the background answers.
   */
  prepare(query: LibraryQuery, limit: number, atLeast: number, signal: AbortSignal): Promise<void>;
}

type Ask = typeof askBackground;

/** Newest records read while warming (~1 KB each): a frequent term's first screen lies among them. */
export const WARM_RECORDS = 256;

/** The newest records are read again this long after the library changed (an import changes it often). */
const RENEW_AFTER_MS = 500;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * A source over `open`'s reader (null: there is none) that asks the background otherwise, and
 * while `pendingWrites` says writes wait unsaved in the background (its answers include them).
 */
export function createLibrarySource(
  open: () => Promise<LibraryReader | null>,
  ask: Ask = askBackground,
  pendingWrites: () => Promise<boolean> = async () => false,
  changes: (listener: (change: LibraryChange) => void) => () => void = () => () => undefined,
): LibrarySource {
  let reader: Promise<LibraryReader | null> | null = null;
  let opened = false;
  /** The open reader, once known (null: none, or one that failed), for answers that do not wait. */
  let known: LibraryReader | null = null;
  /** Whether writes waited unsaved in the background when last asked (until asked: assume so). */
  let pendingSeen = true;
  const readerOnce = () =>
    (reader ??= open()
      .catch(() => null)
      .then((r) => (known = r))
      .finally(() => (opened = true)));
  const pending = async () => (pendingSeen = await pendingWrites());
  /** Whether the newest records were read (`warm`): after a change they are read again, a while later. */
  let warmed = false;
  let renewal: ReturnType<typeof setTimeout> | undefined;
  const renewSoon = () => {
    clearTimeout(renewal);
    renewal = setTimeout(() => void known?.readNewest(WARM_RECORDS).catch(() => undefined), RENEW_AFTER_MS);
  };
  // Another page, an import or sync changed the library: the newest records kept are stale.
  changes((change) => {
    if (!change.urls.length || !known) return;
    known.forgetNewest();
    if (warmed) renewSoon();
  });
  /**
   * `read` on the reader; its null, or a failure, means: ask the background (a failure: from now
   * on). Until the page's connection is open, the background answers (it may take a while on a
   * loaded machine, and the background that gave the first list is awake).
   */
  const either = async <T>(read: (r: LibraryReader) => Promise<T | null>, orAsk: () => Promise<T>): Promise<T> => {
    const opening = readerOnce();
    if (!opened) return orAsk();
    const r = await opening;
    if (await pending()) return orAsk();
    if (r) {
      try {
        const out = await read(r);
        if (out !== null) return out;
      } catch (e) {
        if (isAbort(e)) throw e;
        reader = Promise.resolve(null);
        known = null;
        try {
          r.close();
        } catch {
          // Closed already.
        }
      }
    }
    return orAsk();
  };
  /**
   * For a page's first list: until the database is open here, the background may answer first
   * (a worker that is awake has it open already), and the first answer wins — they are the same.
   */
  const soonest = <T>(read: (r: LibraryReader) => Promise<T | null>, orAsk: () => Promise<T>): Promise<T> => {
    if (opened) return either(read, orAsk);
    const asked = orAsk();
    return Promise.any([readerOnce().then(() => either(read, orAsk)), asked]).catch(() => asked);
  };
  return {
    ready: async () => (await readerOnce()) !== null,
    pages: (minRecords, cursor) =>
      (cursor === null ? soonest : either)(
        (r) => r.recentPages(minRecords, cursor),
        () => ask({ type: 'highlights/pages', minRecords, cursor }),
      ),
    query: (query, limit, cursor, signal) =>
      either(
        (r) => r.query(query, limit, cursor, signal),
        () => ask({ type: 'highlights/query', query, limit, cursor }),
      ),
    now: (query, limit, atLeast) => {
      const answered = !pendingSeen && known ? known.searchNow(query, limit, atLeast) : null;
      if (!answered) return null;
      const r = known!;
      return {
        page: answered.page,
        current: async () => {
          const still = !(await pending()) && known === r && (await r.stillAt(answered.state).catch(() => false));
          if (!still) renewSoon();
          return still;
        },
      };
    },
    // A count that reads a record per candidate (about 20,000 for `第1` at 100,000) is the
    // background's: on this page's thread it delayed the next keystrokes' lists.
    count: (query, signal) =>
      countReadsRecords(query)
        ? ask({ type: 'highlights/count', query })
        : either(
            (r) => r.count(query, signal),
            () => ask({ type: 'highlights/count', query }),
          ),
    totals: () =>
      soonest(
        async (r) => {
          const { live, pages } = await r.counts();
          return { highlights: live, pages };
        },
        () => ask({ type: 'storage/info' }),
      ),
    facets: () =>
      either(
        (r) => r.facets(),
        () => ask({ type: 'highlights/facets' }),
      ),
    prepare: async (query, limit, atLeast, signal) => {
      if (!known || pendingSeen) return;
      await known.prepare(query, limit, atLeast, signal).catch(() => undefined);
    },
    warm: async (text) => {
      const r = await readerOnce();
      if (!r || !text.trim()) return;
      await pending();
      warmed = true;
      await r.readNewest(WARM_RECORDS).catch(() => undefined);
      await r.query({ text }, 30, null).catch(() => undefined);
    },
  };
}

let shared: LibrarySource | null = null;

/**
 * The page's source; the first call starts opening the database, so a page calls it as it
 * starts (main.tsx) and the first list does not wait for the open.
 */
export function librarySource(): LibrarySource {
  if (!shared) {
    shared = createLibrarySource(
      () => LibraryReader.open(() => openLibraryDb()),
      askBackground,
      watchPendingWrites(),
      onLibraryChanged,
    );
    void shared.totals().catch(() => undefined);
  }
  return shared;
}
