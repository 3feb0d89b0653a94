/**
 * The library page keeps nothing of a batch once it is sent: two batches of 8,192 records on their
 * way, each kept until its reply, made the page's heap tens of MB larger for the whole import.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it, vi } from 'vitest';
import { toW3CJson } from '@/utils/export/w3c';
import { makeLibrary } from '../../../../scripts/bench/popup';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const sentRecords: WeakRef<object>[] = [];
const replies: (() => void)[] = [];

vi.mock('@/platform/messaging', () => ({
  // Keeps no reference to the request (as the browser's messaging: it copies the message).
  ask: (request: { type: string; records?: object[] }) => {
    if (request.type !== 'highlights/import') return Promise.resolve(null);
    sentRecords.push(new WeakRef(request.records!));
    const added = request.records!.length;
    return new Promise((ok) =>
      replies.push(() => ok({ added, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0 })),
    );
  },
}));

const { importFile } = await import('@/components/library/import-file');

it("a batch's records are not kept while its reply is awaited", async () => {
  const file = new File([toW3CJson(makeLibrary(2500), { now: Date.now() })], 'large.json');
  const outcome = importFile(file, { signal: new AbortController().signal });
  await vi.waitFor(() => expect(replies).toHaveLength(2), { timeout: 20_000 });
  await new Promise((ok) => setTimeout(ok, 0));
  gc();
  expect(sentRecords.map((ref) => ref.deref() === undefined)).toEqual([true, true]);
  for (;;) {
    const reply = replies.shift();
    if (reply) reply();
    else if ((await Promise.race([outcome, new Promise((ok) => setTimeout(() => ok(null), 20))])) !== null) break;
  }
  expect(await outcome).toMatchObject({ kind: 'done', counts: { added: 25_000 } });
});
