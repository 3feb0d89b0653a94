/**
 * Followed articles (utils/follows/record.ts) in both syncs, beside the highlights and in the same
 * way: whole versions, the greater clock wins (utils/sync/merge.ts), outside versions pass the gate
 * (admit.ts) first, unfollows travel as tombstones. Kept in its own keys and documents, so older
 * versions of the extension, which read only their own, pass them by.
 *
 * - **storage.sync**: one item per follow, `f:<follow id>`, the follow as JSON; the newest follows
 *   by `updated` while they fit a fixed share of the quota (`FOLLOW_SYNC_SHARE`, which the
 *   highlights' encoding keeps free). A follow too big for an item is not browser-synced (it is in
 *   server sync and backups).
 * - **CouchDB**: one document per follow, `_id` = `follow:<follow id>`, plain or encrypted exactly
 *   as a highlight's (couch.ts: the ciphertext bound to the `_id`; a plaintext document refused in
 *   encrypted sync). Conflicts are resolved by the merge.
 */
import { parseFollow, type Follow } from '@/utils/follows/record';
import type { ParseResult } from '@/utils/highlights/record';
import { admitRecords } from './admit';
import { canonicalJson, compareVersions, mergeRecord } from './merge';
import { syncItemBytes, SYNC_LIMITS } from './sync-quota';
import type { Decrypt, Encrypt } from './couch';

/** What of the library's follows sync needs (utils/store/follows.ts `FollowBook`). */
export interface SyncedFollows {
  list(all: true): Promise<{ follows: Follow[] }>;
  merge(follows: readonly Follow[]): Promise<Follow[]>;
}

// ---- storage.sync ------------------------------------------------------------------------------

export const FOLLOW_ITEM_PREFIX = 'f:';
export const isFollowItemKey = (key: string) => /^f:f-[0-9a-f]{16}$/.test(key);
/** The part of storage.sync follows may take; the highlights' encoding reserves it. */
export const FOLLOW_SYNC_SHARE = { bytes: 16_384, items: 16 } as const;

/** The highlights' encoding options that keep the follows' share free. */
export const followShareReserved = () => ({
  reserveBytes: SYNC_LIMITS.reserveBytes + FOLLOW_SYNC_SHARE.bytes,
  reserveItems: SYNC_LIMITS.reserveItems + FOLLOW_SYNC_SHARE.items,
});

/** Two item values hold the same thing (the highlights' diff compares them the same way). */
export const sameItem = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Adds the follows' item changes to the round's own. */
export function mergeInto(
  set: Record<string, unknown>,
  remove: string[],
  follows: { set: Record<string, unknown>; remove: string[] },
): void {
  Object.assign(set, follows.set);
  remove.push(...follows.remove);
}

/** Reads follow items: the valid ones, and the errors of the rest (never throws). */
export function decodeFollowItems(items: Readonly<Record<string, unknown>>): { follows: Follow[]; errors: string[] } {
  const follows: Follow[] = [];
  const errors: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!isFollowItemKey(key)) continue;
    const parsed = parseFollow(value);
    if (!parsed.ok) errors.push(`${key}: ${parsed.error}`);
    else if (`${FOLLOW_ITEM_PREFIX}${parsed.value.id}` !== key) errors.push(`${key}: filed under another follow's key`);
    else follows.push(parsed.value);
  }
  return { follows, errors };
}

/** The follow items to hold: newest first while they fit the share; each under the per-item limit. */
export function encodeFollowItems(
  follows: readonly Follow[],
  share = FOLLOW_SYNC_SHARE,
  /** The bytes an item takes as stored, from its plain count (sealed: browser-sync-sealed.ts). */
  storedBytes = (_key: string, plain: number) => plain,
): Record<string, Follow> {
  const items: Record<string, Follow> = {};
  let bytes = 0;
  let count = 0;
  for (const f of [...follows].sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1))) {
    const key = `${FOLLOW_ITEM_PREFIX}${f.id}`;
    const size = storedBytes(key, syncItemBytes(key, f));
    if (size > SYNC_LIMITS.maxItemBytes || bytes + size > share.bytes || count >= share.items) continue;
    items[key] = f;
    bytes += size;
    count++;
  }
  return items;
}

/**
 * One browser-sync exchange of follows, inside the highlights' round: merges what the items hold
 * (admitted only) into the library, then says which follow items to set and which to remove so
 * storage.sync holds the merged follows. `same` compares two item values (the round's own diff).
 */
export async function exchangeFollowItems(
  items: Readonly<Record<string, unknown>>,
  follows: SyncedFollows,
  now: number,
  same: (a: unknown, b: unknown) => boolean,
  storedBytes?: (key: string, plain: number) => number,
): Promise<{ set: Record<string, unknown>; remove: string[]; errors: string[]; refused: number }> {
  const decoded = decodeFollowItems(items);
  const { admitted, refused } = admitRecords(decoded.follows, { now });
  if (admitted.length) await follows.merge(admitted);
  // Versions refused now stay in storage.sync untouched (like held-back highlights).
  const heldBack = new Set(refused.map((r) => `${FOLLOW_ITEM_PREFIX}${r.id}`));
  const target = encodeFollowItems((await follows.list(true)).follows, FOLLOW_SYNC_SHARE, storedBytes);
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target))
    if (!heldBack.has(key) && !(key in items && same(items[key], value))) set[key] = value;
  const remove = Object.keys(items).filter((k) => isFollowItemKey(k) && !(k in target) && !heldBack.has(k));
  return { set, remove, errors: decoded.errors, refused: refused.length };
}

// ---- CouchDB -----------------------------------------------------------------------------------

export const FOLLOW_DOC_PREFIX = 'follow:';
export const followDocId = (id: string) => `${FOLLOW_DOC_PREFIX}${id}`;

export async function followToDoc(
  f: Follow,
  encrypt?: Encrypt,
  rev?: string,
): Promise<Record<string, unknown> & { _id: string }> {
  const _id = followDocId(f.id);
  const revision = rev === undefined ? {} : { _rev: rev };
  if (!encrypt) return { _id, ...revision, ...f };
  const { enc, iv } = await encrypt(f, _id);
  return { _id, ...revision, enc, iv };
}

/** A document back into a validated follow; never throws. Encrypted sync refuses plaintext documents. */
export async function docToFollow(doc: unknown, decrypt?: Decrypt): Promise<ParseResult<Follow>> {
  if (typeof doc !== 'object' || doc === null) return { ok: false, error: 'not a document' };
  const { _id: id, _rev: _ignored, _conflicts: _c, ...rest } = doc as Record<string, unknown>;
  if (typeof id !== 'string' || !id.startsWith(FOLLOW_DOC_PREFIX)) return { ok: false, error: 'not a follow document' };
  const encrypted = typeof rest.enc === 'string' && typeof rest.iv === 'string';
  if (decrypt && !encrypted) return { ok: false, error: `${id} is not encrypted: refused in encrypted sync` };
  let body: unknown = rest;
  if (encrypted) {
    if (!decrypt) return { ok: false, error: `${id} is encrypted: enter the sync passphrase to read it` };
    try {
      body = await decrypt({ enc: rest.enc as string, iv: rest.iv as string }, id);
    } catch (e) {
      return { ok: false, error: `${id}: ${(e as Error).message}` };
    }
  }
  const parsed = parseFollow(body);
  if (!parsed.ok) return { ok: false, error: `${id}: ${parsed.error}` };
  if (followDocId(parsed.value.id) !== id)
    return { ok: false, error: `${id}: follow id ${parsed.value.id} does not match` };
  return parsed;
}

/** The part of a PouchDB database used here. */
export interface FollowMirror {
  allDocs(options: object): Promise<{ rows: { id: string; doc?: unknown; value?: { rev: string } }[] }>;
  get(id: string, options: { rev: string }): Promise<unknown>;
  bulkDocs(docs: object[]): Promise<({ ok?: boolean; rev?: string } | object)[]>;
}

/**
 * One server-sync exchange of follows with the local mirror (before the push): reads every follow
 * document (conflicts resolved by clock, losing revisions removed), merges the admitted ones into
 * the library, then writes each follow whose document is missing, older or unreadable. Stateless:
 * follows are few. Returns documents written and skipped.
 */
export async function exchangeFollowDocs(
  mirror: FollowMirror,
  follows: SyncedFollows,
  options: { now: number; encrypt?: Encrypt; decrypt?: Decrypt },
): Promise<{ written: number; skipped: number }> {
  const rows = (
    await mirror.allDocs({
      startkey: FOLLOW_DOC_PREFIX,
      endkey: `${FOLLOW_DOC_PREFIX}\ufff0`,
      include_docs: true,
      conflicts: true,
    })
  ).rows;
  const remote = new Map<string, { follow: Follow | null; rev: string }>();
  const losers: object[] = [];
  let skipped = 0;
  for (const row of rows) {
    const doc = row.doc as { _id: string; _rev: string; _conflicts?: string[] } | undefined;
    if (!doc) continue;
    let winner: Follow | null = null;
    for (const revision of [
      doc,
      ...(await Promise.all((doc._conflicts ?? []).map((rev) => mirror.get(doc._id, { rev })))),
    ]) {
      const parsed = await docToFollow(revision, options.decrypt);
      if (parsed.ok) winner = winner ? mergeRecord(winner, parsed.value) : parsed.value;
      else skipped++;
    }
    losers.push(...(doc._conflicts ?? []).map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })));
    remote.set(doc._id, { follow: winner, rev: doc._rev });
  }
  if (losers.length) await mirror.bulkDocs(losers);
  const outside = [...remote.values()].flatMap((r) => (r.follow ? [r.follow] : []));
  const { admitted, refused } = admitRecords(outside, { now: options.now });
  skipped += refused.length;
  if (admitted.length) await follows.merge(admitted);
  const refusedIds = new Set(refused.map((r) => r.id));
  const stale = (await follows.list(true)).follows.filter((f) => {
    const there = remote.get(followDocId(f.id));
    return !refusedIds.has(f.id) && (!there?.follow || compareVersions(there.follow, f) !== 0);
  });
  if (!stale.length) return { written: 0, skipped };
  const docs = await Promise.all(stale.map((f) => followToDoc(f, options.encrypt, remote.get(followDocId(f.id))?.rev)));
  const results = await mirror.bulkDocs(docs);
  return { written: results.filter((r) => 'ok' in r && r.ok).length, skipped };
}
