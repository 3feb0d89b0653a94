/**
 * Followed articles (utils/follows/record.ts) in the library database: one `kv` entry per follow,
 * keyed `follow:<id>` (a few hundred small records at most; no new object store, no version bump).
 *
 * The same writer's rules as the highlights' (writer.ts), with a queue of its own: jobs run one at
 * a time; each reads the follows it decides on in the read-write transaction it writes in; every
 * follow written is validated; a merge keeps, per follow, the version with the greater clock
 * (utils/sync/merge.ts, the highlights' order). An unfollow is a tombstone, so it syncs.
 */
import { followId, parseFollow, type Follow, type FollowDraft } from '@/utils/follows/record';
import { compareVersions, mergeRecord } from '@/utils/sync/merge';
import type { Clock } from './library';
import type { LibraryDb } from './db';
import { abortQuietly } from './commit';
import { REPLY_CHARS } from './reply-size';

const PREFIX = 'follow:';
const keyOf = (id: string) => `${PREFIX}${id}`;
const followKeys = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

export interface FollowBookOptions {
  db: () => LibraryDb;
  /** The device's clock for follows (the background makes one with the library's device id). */
  clock: () => Clock;
  now?: () => number;
}

export class FollowBook {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  /** Called after every write that changed something, with the follows written. */
  onChange: ((changed: Follow[]) => void) | null = null;

  constructor(private readonly options: FollowBookOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Every stored follow, tombstones too with `all`; values that fail validation are left where they are and counted. */
  async list(all = false): Promise<{ follows: Follow[]; invalid: number }> {
    const values = await this.options.db().getAll('kv', followKeys());
    const follows: Follow[] = [];
    let invalid = 0;
    for (const value of values) {
      const parsed = parseFollow(value);
      if (!parsed.ok) invalid++;
      else if (all || !parsed.value.deleted) follows.push(parsed.value);
    }
    return { follows, invalid };
  }

  /**
   * `list` a page at a time, for a reply: the follows after `cursor` (from the start when null).
   * A page ends once its
   * follows' JSON reaches `maxChars` (one message must carry it, ./reply-size.ts: a follow is up
   * to ~470,000 characters, a follows file 10 MB); `cursor` then goes on from there, else null.
   */
  async page(
    all = false,
    cursor: string | null = null,
    maxChars = REPLY_CHARS,
  ): Promise<{ follows: Follow[]; invalid: number; cursor: string | null }> {
    const range = IDBKeyRange.bound(cursor === null ? PREFIX : keyOf(cursor), `${PREFIX}\uffff`, cursor !== null);
    let at = await this.options.db().transaction('kv', 'readonly').store.openCursor(range);
    const follows: Follow[] = [];
    let invalid = 0;
    let chars = 0;
    while (at) {
      const parsed = parseFollow(at.value);
      if (!parsed.ok) invalid++;
      else if (all || !parsed.value.deleted) {
        follows.push(parsed.value);
        chars += JSON.stringify(parsed.value).length;
      }
      if (chars >= maxChars) return { follows, invalid, cursor: String(at.key).slice(PREFIX.length) };
      at = await at.continue();
    }
    return { follows, invalid, cursor: null };
  }

  /** The live follow of one page, or null. */
  async get(url: string): Promise<Follow | null> {
    const parsed = parseFollow(await this.options.db().get('kv', keyOf(followId(url))));
    return parsed.ok && !parsed.value.deleted ? parsed.value : null;
  }

  /** Follows a page (or refreshes its targets when followed already). */
  follow(draft: FollowDraft): Promise<Follow> {
    const id = followId(draft.url);
    return this.run([id], (stored) => {
      const before = stored.get(id);
      const now = this.now();
      const created = before && !before.deleted ? before.created : now;
      return [{ ...draft, id, created, updated: now, clock: this.options.clock().tick() }];
    }).then(([f]) => f!);
  }

  /** Unfollows a page: a tombstone, so the unfollow reaches the other devices. Null when it was not followed. */
  unfollow(url: string): Promise<Follow | null> {
    const id = followId(url);
    return this.run([id], (stored) => {
      const before = stored.get(id);
      if (!before || before.deleted) return [];
      return [{ ...before, targets: [], deleted: true, updated: this.now(), clock: this.options.clock().tick() }];
    }).then(([f]) => f ?? null);
  }

  /** Sync and import: per follow, the version with the greater clock wins. Returns the follows that changed here. */
  merge(incoming: readonly Follow[]): Promise<Follow[]> {
    const ids = [...new Set(incoming.map((f) => f.id))];
    return this.run(ids, (stored) => {
      const changed = new Map<string, Follow>();
      for (const f of incoming) {
        const current = changed.get(f.id) ?? stored.get(f.id);
        const winner = current ? mergeRecord(current, f) : f;
        if (!current || compareVersions(winner, current) !== 0) changed.set(f.id, winner);
      }
      for (const f of changed.values()) this.options.clock().receive(f.clock);
      return [...changed.values()];
    });
  }

  /** One job: read `ids` in a read-write transaction, decide, validate, write — all or nothing. */
  private run(ids: string[], decide: (stored: Map<string, Follow>) => Follow[]): Promise<Follow[]> {
    const job = async () => {
      const tx = this.options.db().transaction('kv', 'readwrite');
      const stored = new Map<string, Follow>();
      let write: Follow[];
      try {
        const values = await Promise.all(ids.map((id) => tx.store.get(keyOf(id))));
        values.forEach((value) => {
          const parsed = parseFollow(value);
          if (!parsed.ok) return;
          stored.set(parsed.value.id, parsed.value);
          // A new version of a follow always orders after the stored one, whatever the clock's start.
          this.options.clock().receive(parsed.value.clock);
        });
        write = decide(stored).map((f) => {
          const checked = parseFollow(f);
          if (!checked.ok) throw new Error(`refusing to store an invalid follow: ${checked.error}`);
          return checked.value;
        });
        // The kv store's value type is the library's own (db.ts); a follow is stored beside them.
        await Promise.all(write.map((f) => tx.store.put(f as never, keyOf(f.id))));
        await tx.done;
      } catch (e) {
        abortQuietly(tx);
        throw e;
      }
      if (write.length) this.onChange?.(write);
      return write;
    };
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
