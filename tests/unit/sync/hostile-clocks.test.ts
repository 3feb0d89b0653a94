/**
 * Issue 12 point 2: clocks from outside (an import file, a browser-sync peer) cannot jam the
 * library or make a later local edit lose. Each test is an attack that worked on 7437051.
 */
import { describe, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightDraft } from '@/utils/messages';
import { createRouter } from '@/entrypoints/background/router';
import { MemoryArea } from '@/utils/store/area';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { createClock, MAX_CLOCK_SKEW_MS, parseClock } from '@/utils/sync/hlc';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { ManualTimers } from '../background/sync/fake-timers';
import { EXTENSION } from '../background/setup';
import { testStore, type TestStore } from '../store/helpers';
import { makeHighlight } from './fixtures';

const NOW = 1_767_225_600_000; // 2026-01-01
const JAM = '999999999999999:999998:x';
const YEAR_9999 = `${String(Date.UTC(9999, 0, 1)).padStart(15, '0')}:000000:far-future`;

const draftOf = ({ clock: _c, created: _cr, updated: _u, deleted: _d, ...draft }: Highlight): HighlightDraft => draft;

/** A library (IndexedDB; storage.local as `store.legacy`) and its router; again over the same store: a restart. */
async function device(store?: TestStore, now = () => NOW) {
  const s = store ?? (await testStore(NOW));
  const library = await s.open({ now, newDeviceId: () => 'here', makeClock: (d) => createClock(d, now) });
  const ready = Promise.resolve();
  const handle = createRouter({
    library,
    ready,
    now,
    tabs: { get: async () => null, set: async () => undefined, forget: async () => undefined },
  });
  return { store: s, library, handle };
}

/** A local edit through the router, as a tab or the popup sends it. */
async function edit(handle: Awaited<ReturnType<typeof device>>['handle'], record: Highlight, note: string) {
  return handle({ type: 'highlights/save', draft: { ...draftOf(record), note } }, EXTENSION);
}

describe('a hostile clock in an import', () => {
  test(`${JAM} does not jam later saves and deletes, before and after a restart`, async () => {
    const { store, handle } = await device();
    const hostile = makeHighlight({ id: 'jam', clock: JAM });
    await handle({ type: 'highlights/import', records: [hostile] }, EXTENSION);
    const own = makeHighlight({ id: 'own' });
    expect(await edit(handle, own, 'saved')).toMatchObject({ ok: true });
    expect(await handle({ type: 'highlights/delete', id: 'own' }, EXTENSION)).toMatchObject({ ok: true });

    const restarted = await device(store);
    expect(await edit(restarted.handle, own, 'after restart')).toMatchObject({ ok: true });
  });

  test('a jam clock already stored (by an older version) is not adopted by the device clock', async () => {
    // Schema 1 in storage.local, as an older version left it; migrated on the first start.
    const store = await testStore(NOW);
    await store.legacy.set({ 'h:jam': makeHighlight({ id: 'jam', clock: JAM }) });
    const { handle, library } = await device(store);
    expect(await edit(handle, makeHighlight({ id: 'own' }), 'saved')).toMatchObject({ ok: true });
    expect(parseClock((await library.get('own'))!.clock).wallMs).toBeLessThanOrEqual(NOW + MAX_CLOCK_SKEW_MS);
  });

  test('a year-9999 clock is refused: later local edits are stamped near the wall clock', async () => {
    const { handle, library } = await device();
    const reply = await handle(
      { type: 'highlights/import', records: [makeHighlight({ id: 'far', clock: YEAR_9999 })] },
      EXTENSION,
    );
    expect(reply).toMatchObject({ ok: true, data: { added: 0, refused: 1 } });
    expect(await library.get('far')).toBeUndefined();
    await edit(handle, makeHighlight({ id: 'own' }), 'mine');
    expect(parseClock((await library.get('own'))!.clock).wallMs).toBeLessThanOrEqual(NOW + MAX_CLOCK_SKEW_MS);
  });

  test('created/updated far in the future are refused too', async () => {
    const { handle, library } = await device();
    const later = NOW + 2 * MAX_CLOCK_SKEW_MS;
    const records = [makeHighlight({ id: 'c', created: later }), makeHighlight({ id: 'u', updated: later })];
    const reply = await handle({ type: 'highlights/import', records }, EXTENSION);
    expect(reply).toMatchObject({ ok: true, data: { refused: 2 } });
    expect(await library.all()).toEqual([]);
  });

  test('a malformed clock "zzz" does not replace a newer local edit', async () => {
    const { handle, library } = await device();
    const own = makeHighlight({ id: 'own' });
    await edit(handle, own, 'my newer edit');
    await handle(
      { type: 'highlights/import', records: [{ ...(await library.get('own'))!, note: 'hostile', clock: 'zzz' }] },
      EXTENSION,
    );
    expect((await library.get('own'))!.note).toBe('my newer edit');
  });
});

describe('a hostile clock from a browser-sync peer', () => {
  test(`${JAM} is not merged, does not jam saving, and does not spread`, async () => {
    const timers = new ManualTimers();
    const shared = new MemoryArea();
    // The peer (an older version, or a hostile one) wrote the record into storage.sync.
    await shared.set(encodeForSync([makeHighlight({ id: 'jam', clock: JAM })]).items);
    const { library, handle } = await device(await testStore(timers.now()), timers.now);
    const sync = new BrowserSync({ sync: shared, local: new MemoryArea(), library, ready: Promise.resolve(), timers });
    await sync.round();

    expect(await library.get('jam')).toBeUndefined();
    expect(await edit(handle, makeHighlight({ id: 'own' }), 'saved')).toMatchObject({ ok: true });
    expect((await sync.status()).refused).toBe(1);
  });

  test(`${JAM} on one of this library's records does not freeze its synced copy: later edits still go out`, async () => {
    const timers = new ManualTimers();
    const shared = new MemoryArea();
    const { library, handle } = await device(await testStore(timers.now()), timers.now);
    const sync = new BrowserSync({ sync: shared, local: new MemoryArea(), library, ready: Promise.resolve(), timers });
    const own = makeHighlight({ id: 'own' });
    await edit(handle, own, 'first');
    await sync.round();
    // A peer (in Firefox, a compromised content script can write storage.sync) files the
    // reader's record again under a clock no device will ever reach.
    const hostile = { ...(await library.get('own'))!, note: 'hostile', clock: JAM };
    await shared.set(encodeForSync([hostile]).items);
    await sync.round();
    expect(await edit(handle, own, 'mine')).toMatchObject({ ok: true });
    await sync.round();

    const synced = decodeFromSync(await shared.get(null)).records.find((r) => r.id === 'own');
    expect(synced?.note).toBe('mine');
    expect((await library.get('own'))?.note).toBe('mine');
  });
});
