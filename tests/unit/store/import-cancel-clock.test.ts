/**
 * An import session taken back moves no clock: neither the library's clock in this worker nor
 * the clock a reopened library starts from (`meta.clockHigh`). Before, every clock the file
 * brought (at most a day ahead) was learnt as its batches came, and a cancel left this device's
 * edits stamped up to a day ahead, beating later edits made elsewhere. A kept import, and an
 * edit of a record it wrote, still go past its clocks.
 */
import { describe, expect, test } from 'vitest';
import { newImportJournal } from '@/utils/store/library';
import { compareClocks, formatClock, parseClock } from '@/utils/sync/hlc';
import type { Highlight } from '@/utils/highlights/record';
import { draft, testStore } from './helpers';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HOURS_20 = 20 * 3600_000;
const wall = (h: Highlight) => parseClock(h.clock).wallMs;

/** A record of the file, at another passage than the reader's, stamped 20 hours ahead. */
function fromFile(store: { now(): number }, mine: Highlight, n: number): Highlight {
  return {
    ...mine,
    id: ID(n),
    position: { start: 200 + n, end: 205 + n },
    quote: { exact: `文件里的第${n}句`, prefix: '', suffix: '' },
    clock: formatClock({ wallMs: store.now() + HOURS_20, counter: 0, deviceId: 'device-file' }),
  };
}

describe('an import session and this device’s clock', () => {
  test('taken back: the next edits here, and after a reopen, are stamped with the present', async () => {
    const store = await testStore();
    const lib = await store.open();
    const mine = await lib.save(draft(ID(1)));
    const journal = newImportJournal();
    await lib.importRecords([fromFile(store, mine, 2), fromFile(store, mine, 3)], journal);
    await lib.undoImport(journal);
    expect(await lib.get(ID(2))).toBeUndefined();

    const edited = await lib.update(ID(1), { note: '之后的批注' });
    expect(wall(edited)).toBeLessThan(store.now() + 1000);
    const reopened = await store.open();
    const later = await reopened.update(ID(1), { note: '重开之后' });
    expect(wall(later)).toBeLessThan(store.now() + 1000);
  });

  test('kept: a later edit beats the file, imported again or not', async () => {
    const store = await testStore();
    const lib = await store.open();
    const mine = await lib.save(draft(ID(1)));
    const file = [fromFile(store, mine, 2), { ...mine, clock: fromFile(store, mine, 4).clock, note: '文件的批注' }];
    const journal = newImportJournal();
    await lib.importRecords(file, journal);
    await lib.tellImported(journal);
    // Reopened (a new worker), before any other write: the clock starts past the file's.
    const first = await (await store.open()).save(draft(ID(6), { position: { start: 400, end: 405 } }));
    expect(compareClocks(first.clock, file[1]!.clock)).toBe(1);
    const edited = await lib.update(ID(1), { note: '我的批注' });
    expect(compareClocks(edited.clock, file[1]!.clock)).toBe(1);
    // A record of the file that was not written (older here) is learnt too.
    const created = await lib.save(draft(ID(5), { position: { start: 300, end: 305 } }));
    expect(compareClocks(created.clock, file[0]!.clock)).toBe(1);
    await lib.importRecords(file);
    expect((await lib.get(ID(1)))!.note).toBe('我的批注');
  });

  test('an edit during the session of a record it wrote beats that record, and stays when it is taken back', async () => {
    const store = await testStore();
    const lib = await store.open();
    const mine = await lib.save(draft(ID(1)));
    const journal = newImportJournal();
    const file = [fromFile(store, mine, 2)];
    await lib.importRecords(file, journal);
    const edited = await lib.update(ID(2), { note: '导入中改的' });
    expect(compareClocks(edited.clock, file[0]!.clock)).toBe(1);
    expect(await lib.undoImport(journal)).toMatchObject({ kept: 1 });
    expect((await lib.get(ID(2)))!.note).toBe('导入中改的');
  });
});
