/**
 * Metadata read later: with `deferMeta`, detection defines the fields other than title and
 * language as getters, read all at once on first use or a part at a time by readDeferredMeta.
 */
import type { ArticleMeta } from '@/utils/highlights/record';
import { domCacheRun } from './dom';
import type { Steps } from './steps';

/** The metadata fields `deferMeta` reads on first use. */
export const DEFERRED_META_FIELDS = [
  'published',
  'source',
  'editor',
  'author',
  'keywords',
  'channel',
  'issuer',
  'docNumber',
] as const;
type DeferredField = (typeof DEFERRED_META_FIELDS)[number];
export type DeferredMeta = Pick<ArticleMeta, DeferredField>;

/** The deferred metadata reads not yet finished, by the meta object they will fill. */
const pendingMeta = new WeakMap<object, (shouldStop: () => boolean) => void>();

/**
 * Reads the deferred metadata fields of `meta` (an article detected with `deferMeta`) until
 * done or until `shouldStop()` (asked between parts of the read) says so: true once the fields
 * are plain data (also when they never were deferred or were read already). A later call goes
 * on where this one stopped; reading a field meanwhile finishes the read at once. Same values
 * as a read in one go, as long as the page does not change between the calls.
 */
export function readDeferredMeta(meta: ArticleMeta, shouldStop: () => boolean): boolean {
  pendingMeta.get(meta)?.(shouldStop);
  return !pendingMeta.has(meta);
}

/**
 * Defines the deferred fields on `meta` as getters; the read (`steps`, run a part at a time
 * by readDeferredMeta, or at once on the first get) computes them all once and turns them into
 * plain data properties (an absent issuer or document number is removed, as in an eagerly
 * read meta), so copies and comparisons afterwards see an ordinary object.
 */
export function deferFields(meta: ArticleMeta, steps: () => Steps<DeferredMeta>): void {
  // Its own memo run: what a stopped read has seen stays remembered for the next part.
  const run = domCacheRun();
  let reading: Steps<DeferredMeta> | null = null;
  const materialize = (values: DeferredMeta) => {
    pendingMeta.delete(meta);
    for (const field of DEFERRED_META_FIELDS) {
      const value = values[field];
      if (value === undefined) delete meta[field];
      else Object.defineProperty(meta, field, { value, writable: true, enumerable: true, configurable: true });
    }
  };
  const step = (shouldStop: () => boolean) => {
    let values: DeferredMeta | null = {};
    try {
      values = run(() => {
        reading ??= steps();
        for (;;) {
          const r = reading.next();
          if (r.done) return r.value;
          if (shouldStop()) return null;
        }
      });
    } catch {
      // A page that cannot be read leaves the fields unknown (absent), never an error later on.
      values = {};
    }
    if (values) materialize(values);
  };
  pendingMeta.set(meta, step);
  for (const field of DEFERRED_META_FIELDS) {
    Object.defineProperty(meta, field, {
      enumerable: true,
      configurable: true,
      get() {
        step(() => false);
        return meta[field];
      },
      set(value: unknown) {
        step(() => false);
        Object.defineProperty(meta, field, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}
