/**
 * An import file to the background, batch by batch, in one import session: a small file is read
 * whole (every shape `parseImport` knows), a large one streamed (`importStream`). While the
 * background stores one batch, the next is on its way and the one after parsed here. Cancelled,
 * or failing midway (a file broken at 80 %), the session is ended with `keep: false` and the
 * background takes back what the batches stored: the library is as it was before the file.
 */
import { IMPORT_BATCH_MAX } from '@/utils/messages';
import { type ImportCounts } from '@/utils/message-replies';
import { parseImport, type SkippedItem } from '@/utils/export';
import { importStream, ImportFileError, WHOLE_FILE_MAX, type StreamBatch } from '@/utils/export/import-stream';
import { createClock } from '@/utils/sync/hlc';
import type { Highlight } from '@/utils/highlights/record';
import { ask } from '@/platform/messaging';
import { recordChars } from '@/utils/store/reply-size';

/** Refusals kept to list (all are counted). */
const SKIPPED_LISTED = 50;
/**
 * Batches on their way to the background at once: while it stores one, it already receives and
 * checks the next (an 8,192-record message is about 8 MB to copy and validate), so its writer never
 * waits for the page between batches. It stores them one after the other, in order.
 */
const IN_FLIGHT = 2;
/**
 * Records of a streamed file's first batch: the background starts storing after ~1/8 of a
 * batch's parsing instead of a whole one (the second batch makes up the rest).
 */
const FIRST_BATCH = 1024;
/**
 * Text (quote, note, title) one batch may carry. A batch is one job of the background's single
 * writer, which indexes every character pair of it: a file of records at the size limits (40,000
 * characters each) made one batch of 5,000 hold the writer for minutes, every save and sync round
 * waiting behind it. Ordinary batches (a few hundred characters a record) stay whole.
 */
export const BATCH_TEXT_MAX = 2_000_000;

const textSize = (r: Highlight) => r.quote.exact.length + r.note.length + r.title.length;

/**
 * Characters of whole records one batch may carry: a batch is one message, which Chromium refuses
 * over 64 MiB (its JSON; at most 6 bytes a character). An article's keywords and channel (up to
 * 100,000 characters, not indexed) went uncounted: 8,192 such records, which a sync peer can
 * bring, made a message of GBs, and the library's own backup failed to import whole. Ordinary
 * records (the benchmark library's: 473 characters on average) stay 8,192 to a batch.
 */
export const BATCH_CHARS_MAX = 10_000_000;

/**
 * A batch in parts of at most `max` characters of indexed text and `maxChars` of whole records
 * (`recordChars`); a record alone is never split.
 */
export function bySize(records: readonly Highlight[], max = BATCH_TEXT_MAX, maxChars = BATCH_CHARS_MAX): Highlight[][] {
  const parts: Highlight[][] = [];
  let part: Highlight[] = [];
  let size = 0;
  let chars = 0;
  for (const r of records) {
    const whole = recordChars(r);
    if (part.length && (size + textSize(r) > max || chars + whole > maxChars)) {
      parts.push(part);
      part = [];
      size = 0;
      chars = 0;
    }
    part.push(r);
    size += textSize(r);
    chars += whole;
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * How often an open session is told it is alive (an empty batch) while the file gives no batch:
 * the background keeps the session's journal, what a cancel or a failure takes back, in memory. A
 * Chromium worker with no message for 30 s is stopped, and a session without a batch for
 * IMPORT_IDLE_MS is ended as kept; either way what was stored before stayed. A crafted file (a
 * batch, then hundreds of MB of refused annotations) or a slow disk can make such a pause.
 */
export const KEEP_ALIVE_MS = 10_000;

export interface ImportProgress {
  /** Characters of the file read. */
  read: number;
  size: number;
  records: number;
}

export type ImportOutcome =
  | { kind: 'done'; counts: ImportCounts; skipped: SkippedItem[]; skippedCount: number }
  | { kind: 'failed'; reason: string; skipped: SkippedItem[]; skippedCount: number }
  | { kind: 'cancelled' };

async function* textOf(file: File): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function* batchesOf(file: File, clock: string): AsyncGenerator<StreamBatch> {
  if (file.size > WHOLE_FILE_MAX) {
    yield* importStream(textOf(file), { clock, firstBatchSize: FIRST_BATCH });
    return;
  }
  const parsed = parseImport(await file.text(), { clock });
  if (parsed.error) throw Object.assign(new ImportFileError(parsed.error), { skipped: parsed.skipped });
  if (!parsed.records.length) yield { records: [], skipped: parsed.skipped, read: file.size };
  for (let i = 0; i < parsed.records.length; i += IMPORT_BATCH_MAX)
    yield { records: parsed.records.slice(i, i + IMPORT_BATCH_MAX), skipped: i ? [] : parsed.skipped, read: file.size };
}

export async function importFile(
  file: File,
  o: { signal: AbortSignal; onProgress?: (p: ImportProgress) => void },
): Promise<ImportOutcome> {
  const session = crypto.randomUUID();
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0, corrected: 0 };
  const skipped: SkippedItem[] = [];
  let skippedCount = 0;
  let records = 0;
  let sent = false;
  const inflight: Promise<void>[] = [];
  const settled = () => Promise.allSettled(inflight);
  /** When the background last heard of this import. */
  let heard = Date.now();
  const send = async (batch: StreamBatch['records']) => {
    heard = Date.now();
    const r = await ask({ type: 'highlights/import', session, records: batch });
    counts.added += r.added;
    counts.updated += r.updated;
    counts.unchanged += r.unchanged;
    counts.olderIgnored += r.olderIgnored;
    counts.refused += r.refused;
    counts.corrected += r.corrected;
  };
  const takeBack = () => (sent ? ask({ type: 'highlights/import-end', session, keep: false }) : null);
  // At most 1.5 × KEEP_ALIVE_MS without a message; none while batches go.
  const keepAlive = setInterval(() => {
    if (!sent || Date.now() - heard < KEEP_ALIVE_MS / 2) return;
    heard = Date.now();
    ask({ type: 'highlights/import', session, records: [] }).catch(() => undefined);
  }, KEEP_ALIVE_MS);
  try {
    return await run();
  } finally {
    clearInterval(keepAlive);
  }

  async function run(): Promise<ImportOutcome> {
    try {
      for await (const batch of batchesOf(file, createClock('import').tick())) {
        skippedCount += batch.skipped.length;
        skipped.push(...batch.skipped.slice(0, SKIPPED_LISTED - skipped.length));
        if (o.signal.aborted) break;
        for (const part of bySize(batch.records)) {
          // Batches stored while the next is parsed.
          if (inflight.length >= IN_FLIGHT) await inflight.shift();
          if (o.signal.aborted) break;
          sent = true;
          const sending = send(part);
          // Awaited in turn; a failure meanwhile is not an unhandled rejection.
          sending.catch(() => undefined);
          inflight.push(sending);
          records += part.length;
        }
        if (o.signal.aborted) break;
        o.onProgress?.({ read: batch.read, size: file.size, records });
      }
      await Promise.all(inflight);
    } catch (e) {
      // Never leave half a file: what was stored goes back.
      await settled();
      await takeBack();
      const listed = (e as { skipped?: SkippedItem[] }).skipped ?? skipped;
      return { kind: 'failed', reason: e instanceof Error ? e.message : String(e), skipped: listed, skippedCount };
    }
    if (o.signal.aborted) {
      await settled();
      await takeBack();
      return { kind: 'cancelled' };
    }
    if (!sent)
      return { kind: 'failed', reason: skipped[0]?.reason ?? 'no annotations in the file', skipped, skippedCount };
    await ask({ type: 'highlights/import-end', session, keep: true });
    return { kind: 'done', counts, skipped, skippedCount };
  }
}
