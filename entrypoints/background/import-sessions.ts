/**
 * Imports of one file in several batches (`highlights/import` with a `session`), each batch
 * stored as it comes, so a 100,000-record file never sits whole in the worker; and taken back
 * whole when the reader cancels (`highlights/import-end` with `keep: false`): the library is
 * then as it was before the file (Library.undoImport).
 *
 * While a session is open, sync waits (`holdSync`): nothing of an import that may still be taken
 * back leaves the device; and the pages are told of its records once, when it is kept
 * (`Library.tellImported`), not after every batch. A session nobody ends (the page was closed)
 * is kept after IDLE_MS.
 * Free of browser APIs, like the router that uses it.
 */
import type { PlannedCounts } from '@/utils/export/plan-import';
import { newImportJournal, type ImportJournal, type Library } from '@/utils/store/library';

/** A session without a batch for this long is ended and kept. */
export const IMPORT_IDLE_MS = 120_000;

interface Session {
  journal: ImportJournal;
  release: () => void;
  timer: ReturnType<typeof setTimeout>;
  /** The batches asked for so far; ending waits for them. */
  work: Promise<unknown>;
}

export function createImportSessions(
  library: Pick<Library, 'importRecords' | 'undoImport' | 'tellImported'>,
  holdSync: () => () => void,
) {
  const sessions = new Map<string, Session>();
  /** Sessions ended: a batch still on its way for one is refused, not stored outside it. */
  const ended = new Set<string>();

  const close = (id: string) => {
    const s = sessions.get(id);
    if (!s) return null;
    sessions.delete(id);
    ended.add(id);
    clearTimeout(s.timer);
    return s;
  };
  const idle = (id: string) =>
    setTimeout(() => {
      // Abandoned: what was stored stays, sync goes on.
      const s = close(id);
      if (!s) return;
      void s.work.then(() => library.tellImported(s.journal)).catch(() => undefined);
      s.release();
    }, IMPORT_IDLE_MS);

  return {
    /** Stores one batch of a session (opening it with its first batch). */
    async importBatch(id: string, records: Parameters<Library['importRecords']>[0]): Promise<PlannedCounts> {
      if (ended.has(id)) throw new Error('this import was already ended');
      let s = sessions.get(id);
      // An empty batch says the page is still reading its file (import-file.ts KEEP_ALIVE_MS): it
      // keeps an open session from its idle end, and opens none (this worker may be a new one).
      if (!records.length) {
        if (s) {
          clearTimeout(s.timer);
          s.timer = idle(id);
        }
        return { added: 0, updated: 0, unchanged: 0, olderIgnored: 0 };
      }
      if (!s) {
        s = { journal: newImportJournal(), release: holdSync(), timer: idle(id), work: Promise.resolve() };
        sessions.set(id, s);
      } else {
        clearTimeout(s.timer);
        s.timer = idle(id);
      }
      const run = library.importRecords(records, s.journal);
      s.work = Promise.all([s.work, run.catch(() => undefined)]);
      return run;
    },

    /** Ends a session: keeps what it stored, or takes it all back. Null for a session not open. */
    async end(id: string, keep: boolean) {
      const s = close(id);
      if (!s) return null;
      try {
        await s.work;
        if (!keep) return await library.undoImport(s.journal);
        // Its clocks are learnt now (one taken back moves no clock); a failure to keep them leaves
        // the records kept, each edit of one still going past its clock (Library.tickPast).
        await library.tellImported(s.journal).catch(() => undefined);
        return { restored: 0, removed: 0, kept: s.journal.before.size };
      } finally {
        s.release();
      }
    },
  };
}
