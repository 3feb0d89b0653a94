/**
 * A hostile server's change feed against the scan after our own push (server-own-push.ts): it may
 * delay what another device wrote (a scan cut short leaves PouchDB's checkpoint where it was or at
 * a row seen), never hold the round in a loop.
 */
import { expect, test } from 'vitest';
import { FEED_PAGE, skipKnownChanges } from '@/entrypoints/background/sync/server-own-push';

type Row = { id: string; seq: string | number; changes: { rev: string }[] };

/** A remote whose `_changes` answers from `page(call)`; gives up (throws) past `maxCalls`. */
function remoteAnswering(page: (call: number, since: unknown) => Row[], maxCalls = 200) {
  const seen = { calls: 0 };
  const remote = {
    changes: async ({ since }: { since: unknown }) => {
      if (++seen.calls > maxCalls) throw new Error('the scan is still reading the feed');
      return { results: page(seen.calls, since), last_seq: since };
    },
  } as unknown as PouchDB.Database;
  return { remote, seen };
}

/** A mirror that has every revision (revsDiff finds nothing missing). */
const mirrorWithAll = { revsDiff: async () => ({}) } as unknown as PouchDB.Database;

const ours = (n: number) => new Set(Array.from({ length: n }, (_, i) => `d${i}@1-a`));

test('a feed that repeats a full page of our own rows forever ends the scan', async () => {
  const pushed = ours(FEED_PAGE);
  const { remote, seen } = remoteAnswering(() =>
    Array.from({ length: FEED_PAGE }, (_, i) => ({ id: `d${i}`, seq: 'same-seq', changes: [{ rev: '1-a' }] })),
  );
  const since = await skipKnownChanges(remote, mirrorWithAll, 'start', pushed);
  // Never past a row the feed showed, and only as many rows passed over as we pushed.
  expect(['start', 'same-seq']).toContain(since);
  expect(seen.calls).toBeLessThanOrEqual(2);
});

test('a feed of rows the mirror has (not ours) never ends: the scan stops after as many as we pushed', async () => {
  const pushed = ours(10);
  let n = 0;
  const { remote, seen } = remoteAnswering(() =>
    Array.from({ length: FEED_PAGE }, () => ({ id: `x${++n}`, seq: n, changes: [{ rev: '1-b' }] })),
  );
  const since = await skipKnownChanges(remote, mirrorWithAll, 0, pushed);
  expect(since).toBeLessThanOrEqual(10);
  expect(seen.calls).toBe(1);
});

test('malformed rows end the scan with an error (the round goes on: nothing is passed over)', async () => {
  const { remote } = remoteAnswering(() => [{ id: 'd0', seq: 1 } as unknown as Row]);
  await expect(skipKnownChanges(remote, mirrorWithAll, 0, ours(1))).rejects.toThrow();
});
