/** A newer request wins: an older one is aborted and its answer or error never delivered. */
import { expect, test } from 'vitest';
import { LatestOnly } from '@/utils/library/latest';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

test('a slow older answer never replaces a newer one, and the older request is aborted', async () => {
  const latest = new LatestOnly();
  const shown: string[] = [];
  const failed: unknown[] = [];
  const slow = deferred<string>();
  const fast = deferred<string>();
  let slowSignal!: AbortSignal;
  latest.run(
    (signal) => ((slowSignal = signal), slow.promise),
    (v) => shown.push(v),
    (e) => failed.push(e),
  );
  latest.run(
    () => fast.promise,
    (v) => shown.push(v),
    (e) => failed.push(e),
  );
  expect(slowSignal.aborted).toBe(true);
  fast.resolve('城市');
  await settle();
  slow.resolve('城');
  await settle();
  expect(shown).toEqual(['城市']);
  expect(failed).toEqual([]);
});

test('an older failure is not reported; the latest one is', async () => {
  const latest = new LatestOnly();
  const failed: unknown[] = [];
  const old = deferred<string>();
  latest.run(
    () => old.promise,
    () => undefined,
    (e) => failed.push(e),
  );
  latest.run(
    () => Promise.reject(new Error('new')),
    () => undefined,
    (e) => failed.push(e),
  );
  old.reject(new Error('old'));
  await settle();
  expect(failed).toEqual([new Error('new')]);
});

test('cancel drops the request under way', async () => {
  const latest = new LatestOnly();
  const shown: string[] = [];
  const d = deferred<string>();
  latest.run(
    () => d.promise,
    (v) => shown.push(v),
    () => undefined,
  );
  latest.cancel();
  d.resolve('late');
  await settle();
  expect(shown).toEqual([]);
});
