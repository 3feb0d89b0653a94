/**
 * An import's batches must each fit in one runtime message (Chromium refuses one over 64 MiB).
 * They were cut by the text the writer indexes (quote, note, title) only: records whose size is
 * elsewhere (an article's keywords and channel, up to 100,000 characters; ~320 KB of JSON in
 * Chinese) went 1,024 and then 8,192 to a batch, a message of hundreds of MB that the browser
 * refused, and the import failed whole: such records, which a sync peer can bring, made the
 * library's own backup impossible to import. Batches are now cut by the whole record's text
 * (utils/store/reply-size.ts `recordChars`).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { makeHighlight } from '../../export/fixtures';
import { IMPORT_BATCH_MAX } from '@/utils/messages';
import { recordChars } from '@/utils/store/reply-size';
import { makeLibrary } from '../../../../scripts/bench/popup';

vi.mock('@/platform/messaging', () => ({ ask: async () => null }));
const { bySize } = await import('@/components/library/import-file');

const MESSAGE_MAX = 64 * 1024 * 1024;
const list = (i: number) =>
  Array.from({ length: 50 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 50 + k) % 20000)).repeat(1000));

describe('import batches', () => {
  it('each fits in one message, whatever field a record is big in', () => {
    const records: Highlight[] = Array.from({ length: 240 }, (_, i) =>
      makeHighlight({ id: `k${i}`, article: { title: 't', keywords: list(i), channel: list(i + 1) } }),
    );
    const parts = bySize(records);
    expect(parts.flat()).toEqual(records);
    for (const part of parts) expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThan(MESSAGE_MAX);
  });

  it('ordinary records stay one part of a whole batch (the search index writes each block once)', () => {
    const records = makeLibrary(1000).slice(0, IMPORT_BATCH_MAX);
    expect(records).toHaveLength(IMPORT_BATCH_MAX);
    expect(Math.max(...records.map(recordChars))).toBeLessThan(1000);
    expect(bySize(records)).toHaveLength(1);
  });
});
