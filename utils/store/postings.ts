/**
 * The search index's rows, pure. Records are numbered in the order they reached this library
 * (`ord`); a row holds, for the tokens of one shard (search-tokens.ts `shardOf`) and one
 * block of BLOCK_SIZE ords, each token's sorted ords. Rows are keyed `[shard, block]`.
 *
 * Why this shape: IndexedDB pays per row written (41 s for a million small rows on the
 * 2-core machine, vs. 6.5 s for 100,000 whole records), so one row per token and record would
 * make an import of 100,000 highlights take minutes. Packing a shard's tokens per block keeps
 * the rows to a few thousand per block; a save rewrites only its own block's rows, which stay
 * small; a search reads one row per token per block, newest block first, and can stop early.
 *
 * Each token's ords are stored delta-encoded as variable-length integers (a token in every
 * record of a block costs a byte per record): Chromium moves a stored value over 64 KB out
 * into a separate blob file, and reading those rows made one search take 400 ms instead of 2.
 */
export const BLOCK_BITS = 13;
export const BLOCK_SIZE = 1 << BLOCK_BITS;

export const blockOf = (ord: number) => ord >>> BLOCK_BITS;

/** One stored row: token → its ords in this block, ascending, delta-varint encoded (`encodeOrds`). */
export type PostingRow = Map<string, Uint8Array>;

/** Sorted ords → bytes: each the difference to the previous one, 7 bits a byte, high bit = more. */
export function encodeOrds(ords: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(ords.length * 5);
  let n = 0;
  let previous = 0;
  for (let i = 0; i < ords.length; i++) {
    let d = ords[i]! - previous;
    previous = ords[i]!;
    while (d >= 0x80) {
      out[n++] = (d & 0x7f) | 0x80;
      d = Math.floor(d / 0x80);
    }
    out[n++] = d;
  }
  return out.slice(0, n);
}

export function decodeOrds(bytes: Uint8Array | undefined): Uint32Array {
  if (!bytes) return new Uint32Array(0);
  // At most one ord a byte: written in place, no array to grow and copy (a search decodes lists
  // of thousands of ords for each block it visits).
  const out = new Uint32Array(bytes.length);
  let n = 0;
  let value = 0;
  let d = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    d += (b & 0x7f) * scale;
    if (b & 0x80) scale *= 0x80;
    else {
      value += d;
      out[n++] = value;
      d = 0;
      scale = 1;
    }
  }
  return n === out.length ? out : out.subarray(0, n);
}

export type PostingKey = [shard: string, block: number];

/** Inserts `ord` into a sorted array (no-op when present). Appending, the usual case, is O(1) in spirit. */
export function withOrd(list: Uint32Array | undefined, ord: number): Uint32Array {
  if (!list || list.length === 0) return Uint32Array.of(ord);
  const last = list[list.length - 1]!;
  if (ord > last) {
    const out = new Uint32Array(list.length + 1);
    out.set(list);
    out[list.length] = ord;
    return out;
  }
  const at = lowerBound(list, ord);
  if (list[at] === ord) return list;
  const out = new Uint32Array(list.length + 1);
  out.set(list.subarray(0, at));
  out[at] = ord;
  out.set(list.subarray(at), at + 1);
  return out;
}

/** `list` without `ord`; undefined when nothing is left. */
export function withoutOrd(list: Uint32Array | undefined, ord: number): Uint32Array | undefined {
  if (!list) return undefined;
  const at = lowerBound(list, ord);
  if (list[at] !== ord) return list;
  if (list.length === 1) return undefined;
  const out = new Uint32Array(list.length - 1);
  out.set(list.subarray(0, at));
  out.set(list.subarray(at + 1), at);
  return out;
}

export function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted intersection of sorted lists (the shortest drives). */
export function intersect(lists: readonly ArrayLike<number>[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = Array.from(sorted[0]!);
  for (let i = 1; i < sorted.length && out.length; i++) {
    const other = sorted[i]!;
    const next: number[] = [];
    let j = 0;
    for (const v of out) {
      while (j < other.length && other[j]! < v) j++;
      if (j < other.length && other[j] === v) next.push(v);
    }
    out = next;
  }
  return out;
}

/** One change to the index: `ord`'s tokens went from `before` to `after`. */
export interface TokenChange {
  ord: number;
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
}

/**
 * The edits per row key (`shard\u0000block`) that a batch of changes makes: tokens to add `ord`
 * to, and tokens to remove it from. Grouping first means each row is read and written once.
 */
export function rowEdits(
  changes: readonly TokenChange[],
  shardOf: (token: string) => string,
): Map<string, { key: PostingKey; add: [string, number][]; remove: [string, number][] }> {
  type Edit = { key: PostingKey; add: [string, number][]; remove: [string, number][] };
  // Per block, then per shard (no key string per token); a token's shard is worked out once.
  const byBlock = new Map<number, Map<string, Edit>>();
  const shards = new Map<string, string>();
  const edit = (token: string, ord: number) => {
    let shard = shards.get(token);
    if (shard === undefined) shards.set(token, (shard = shardOf(token)));
    const block = blockOf(ord);
    let rows = byBlock.get(block);
    if (!rows) byBlock.set(block, (rows = new Map<string, Edit>()));
    let e = rows.get(shard);
    if (!e) rows.set(shard, (e = { key: [shard, block], add: [], remove: [] }));
    return e;
  };
  for (const { ord, before, after } of changes) {
    for (const t of after) if (!before.has(t)) edit(t, ord).add.push([t, ord]);
    for (const t of before) if (!after.has(t)) edit(t, ord).remove.push([t, ord]);
  }
  const edits = new Map<string, Edit>();
  for (const [block, rows] of byBlock) for (const [shard, e] of rows) edits.set(`${shard}\u0000${block}`, e);
  return edits;
}

/** Applies a row's edits; returns the new row (empty map: delete the row). */
export function applyRowEdits(
  row: PostingRow | undefined,
  add: readonly [string, number][],
  remove: readonly [string, number][],
): PostingRow {
  // Only the tokens edited are decoded and encoded again.
  const lists = new Map<string, Uint32Array>();
  for (const [token] of [...add, ...remove]) if (!lists.has(token)) lists.set(token, decodeOrds(row?.get(token)));
  const next = editLists(lists, add, remove);
  const out: PostingRow = new Map(row ?? []);
  for (const token of lists.keys()) {
    const list = next.get(token);
    if (list && list.length) out.set(token, encodeOrds(list));
    else out.delete(token);
  }
  return out;
}

function editLists(
  lists: Map<string, Uint32Array>,
  add: readonly [string, number][],
  remove: readonly [string, number][],
): Map<string, Uint32Array> {
  const next = new Map(lists);
  for (const [token, ord] of remove) {
    const list = withoutOrd(next.get(token), ord);
    if (list) next.set(token, list);
    else next.delete(token);
  }
  // Adds grouped per token, sorted, so a bulk import appends instead of inserting one by one.
  const byToken = new Map<string, number[]>();
  for (const [token, ord] of add) {
    const l = byToken.get(token);
    if (l) l.push(ord);
    else byToken.set(token, [ord]);
  }
  for (const [token, ords] of byToken) {
    const existing = next.get(token);
    ords.sort((a, b) => a - b);
    if (!existing || existing.length === 0 || ords[0]! > existing[existing.length - 1]!) {
      const out = new Uint32Array((existing?.length ?? 0) + ords.length);
      if (existing) out.set(existing);
      out.set(ords, existing?.length ?? 0);
      next.set(token, dedupeSorted(out));
    } else {
      let list = existing;
      for (const ord of ords) list = withOrd(list, ord);
      next.set(token, list);
    }
  }
  return next;
}

function dedupeSorted(list: Uint32Array): Uint32Array {
  let w = 0;
  for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r]!;
  return w === list.length ? list : list.slice(0, w);
}
