import { describe, expect, test } from 'vitest';
import { followId, type Follow } from '@/utils/follows/record';
import { formatClock } from '@/utils/sync/hlc';
import { testStore, PAGE } from '../store/helpers';
import { followBook, followDraftOf } from './helpers';

describe('follow store', () => {
  test('follow, read, unfollow (a tombstone), follow again', async () => {
    const store = await testStore();
    const book = followBook(store);
    const changes: Follow[][] = [];
    book.onChange = (c) => changes.push(c);
    const f = await book.follow(followDraftOf());
    expect(f).toMatchObject({ id: followId(PAGE), url: PAGE, title: followDraftOf().title });
    expect(await book.get(PAGE)).toEqual(f);
    const gone = await book.unfollow(PAGE);
    expect(gone).toMatchObject({ deleted: true, targets: [] });
    expect(gone!.clock > f.clock).toBe(true);
    expect(await book.get(PAGE)).toBeNull();
    expect((await book.list()).follows).toEqual([]);
    expect((await book.list(true)).follows).toHaveLength(1);
    expect(await book.unfollow(PAGE)).toBeNull(); // nothing to unfollow: no write
    const again = await book.follow(followDraftOf());
    expect(again.clock > gone!.clock).toBe(true);
    expect(changes).toHaveLength(3);
  });

  test('a follow lives beside the highlights without touching them, and survives a worker restart', async () => {
    const store = await testStore();
    const library = await store.open();
    await followBook(store).follow(followDraftOf());
    expect(await library.stats()).toMatchObject({ highlights: 0 });
    const reopened = await store.open();
    expect(reopened.getSettings()).toEqual(library.getSettings());
    expect((await followBook(store, 'device-b').list()).follows).toHaveLength(1);
  });

  test('merge keeps the greater clock per follow and reports what changed here', async () => {
    const store = await testStore();
    const book = followBook(store);
    const mine = await book.follow(followDraftOf());
    const at = (wallMs: number) => formatClock({ wallMs, counter: 0, deviceId: 'device-b' });
    const older = { ...mine, title: 'older', clock: at(store.now() - 60_000) };
    expect(await book.merge([older])).toEqual([]);
    const newer = { ...mine, targets: [], deleted: true, clock: at(store.now() + 60_000) };
    expect(await book.merge([newer])).toEqual([newer]);
    expect(await book.get(PAGE)).toBeNull();
    // The device learnt the newer clock: its next change orders after it.
    const after = await book.follow(followDraftOf());
    expect(after.clock > newer.clock).toBe(true);
  });

  test('an invalid follow is refused whole and nothing is written', async () => {
    const store = await testStore();
    const book = followBook(store);
    const bad = { ...followDraftOf(), url: 'https://www.gov.cn/x', targets: [] };
    const follow = await book.follow(bad);
    await expect(book.merge([{ ...follow, id: followId(PAGE) }])).rejects.toThrow(/invalid follow/);
    expect((await book.list(true)).follows).toEqual([follow]);
  });

  test('a stored value that fails validation is counted, not listed, and left in place', async () => {
    const store = await testStore();
    await store.db.put('kv', { nonsense: true } as never, 'follow:f-0000000000000000');
    const book = followBook(store);
    expect(await book.list()).toEqual({ follows: [], invalid: 1 });
    expect(await store.db.get('kv', 'follow:f-0000000000000000')).toEqual({ nonsense: true });
  });
});
