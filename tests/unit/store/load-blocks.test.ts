/**
 * Reads of the same block that overlap in one read-write transaction (blocks.ts `loadBlocks`),
 * with the job's writes of that block landing between them. A second answer for a block is the
 * block as stored when its request ran, possibly before the job's write: it must never replace
 * the block the job keeps (`txBlocks`), and a write that follows must build on the job's version.
 * Session 28 asked whether loadBlocks' in-flight map was what kept this so (the Firefox smoke
 * test's "following an article" timed out without it): these pass with and without the map —
 * the `blocks.has` guard keeps the job's version — and the timeouts were the test opening the
 * popup before the page's report was in (firefox-smoke.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import type { RecordRow } from '@/utils/store/rows';
import type { LibraryDb } from '@/utils/store/db';
import { RECORD_STORES } from '@/utils/store/db';
import { loadBlocks, rawTx, txBlocks, writeBlocks, type BlockRow } from '@/utils/store/blocks';
import { draft, freshDb } from './helpers';

const record = (id: string, start: number, note = ''): Highlight => ({
  ...draft(id, { position: { start, end: start + 5 }, note }),
  created: 1,
  updated: 1,
  clock: '000000000000001:000000:test',
});

const row = (h: Highlight, ord: number): RecordRow => ({ id: h.id, ord, seq: ord + 1, h });

/** A library whose block 0 holds a0…a3 (ords 0–3) and block 1 holds b0 (ord 32). */
async function seeded(): Promise<LibraryDb> {
  const db = await freshDb();
  const t = db.transaction(RECORD_STORES, 'readwrite');
  const rows = [0, 1, 2, 3].map((i) => row(record(`a${i}`, i * 10), i));
  await writeBlocks(rawTx(t), [...rows, row(record('b0', 500), 32)], [], 0);
  await t.done;
  return db;
}

const notes = (block: BlockRow | undefined) => Object.fromEntries((block?.recs ?? []).map((r) => [r.id, r.h.note]));

describe('block reads overlapping in one transaction', () => {
  it('an answer that arrives after the job wrote the block does not replace what the job wrote', async () => {
    const db = await seeded();
    const t = db.transaction(RECORD_STORES, 'readwrite');
    const tx = rawTx(t);
    const first = loadBlocks(tx, [0, 1]);
    let secondAnswered = false;
    // Block 2 (none stored) keeps the second read unanswered past the first, map or no map.
    const second = loadBlocks(tx, [0, 2]).then((blocks) => ((secondAnswered = true), blocks));
    await first;
    // The job writes block 0 while the second read of it is still unanswered.
    expect(secondAnswered).toBe(false);
    const edit = writeBlocks(tx, [row(record('a1', 10, 'edited'), 1)], []);
    const seen = await second;
    await edit;
    expect(notes(seen.get(0)).a1).toBe('edited');
    expect(notes(txBlocks(tx).get(0)).a1).toBe('edited');
    // A later write of the block builds on the job's version, not on the stale answer.
    await writeBlocks(tx, [row(record('a2', 20, 'also'), 2)], []);
    await t.done;
    expect(notes(await db.get('blocks', 0))).toEqual({ a0: '', a1: 'edited', a2: 'also', a3: '' });
    expect(notes(await db.get('blocks', 1))).toEqual({ b0: '' });
    db.close();
  });

  it('two writes of one block whose reads overlap both land', async () => {
    const db = await seeded();
    const t = db.transaction(RECORD_STORES, 'readwrite');
    const tx = rawTx(t);
    await Promise.all([
      writeBlocks(tx, [row(record('a0', 0, 'one'), 0)], []),
      writeBlocks(tx, [row(record('a3', 30, 'two'), 3)], [1]),
    ]);
    await t.done;
    expect(notes(await db.get('blocks', 0))).toEqual({ a0: 'one', a2: '', a3: 'two' });
    db.close();
  });

  it('a block read after the job removed it stays removed', async () => {
    const db = await seeded();
    const t = db.transaction(RECORD_STORES, 'readwrite');
    const tx = rawTx(t);
    const first = loadBlocks(tx, [1]);
    const second = loadBlocks(tx, [1, 0]);
    await first;
    const removal = writeBlocks(tx, [], [32]);
    const seen = await second;
    await removal;
    expect(seen.has(1)).toBe(true);
    expect(seen.get(1)).toBeUndefined();
    await t.done;
    expect(await db.get('blocks', 1)).toBeUndefined();
    db.close();
  });
});
