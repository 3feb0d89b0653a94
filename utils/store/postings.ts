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

/**
 * One change to the index: `ord`'s tokens went from `before` to `after`. `after` may name a token
 * more than once (search-tokens.ts `tokenList`: a new record's tokens need no set).
 */
export interface TokenChange {
  ord: number;
  before: ReadonlySet<string>;
  after: ReadonlySet<string> | readonly string[];
  /**
   * More tokens of `after`, in a list other changes share (commit.ts `prepareTokens`: the tokens
   * of a page's title and site, one list for all its records): looked up once per block.
   */
  shared?: readonly string[];
}

/** Ords to add to (or remove from) each token's list, by token. */
export type OrdsByToken = Map<string, number[]>;

/** What a batch of changes does to one row of the index. */
export interface RowEdit {
  key: PostingKey;
  add: OrdsByToken;
  remove: OrdsByToken;
}

function push(into: OrdsByToken, token: string, ord: number): void {
  const list = into.get(token);
  if (list) list.push(ord);
  else into.set(token, [ord]);
}

/**
 * The edits per row key (`shard\u0000block`) that a batch of changes makes: tokens to add `ord`
 * to, and tokens to remove it from. Grouping first means each row is read and written once.
 * Grouped by token as they are collected: an import of 100,000 records edits millions of
 * (token, ord) pairs, and a pair object each was most of the worker's garbage.
 */
export function rowEdits(changes: readonly TokenChange[], shardOf: (token: string) => string): Map<string, RowEdit> {
  // Per block, then per shard (no key string per token); a token's shard is worked out once.
  const byBlock = new Map<number, Map<string, RowEdit>>();
  const shards = new Map<string, string>();
  // The ords a token gets in the current block, found by one lookup: most of an import's tokens
  // recur record after record in the same block (3 lookups a token before).
  let addsBlock = NaN;
  let adds = new Map<string, number[]>();
  let rows = new Map<string, RowEdit>();
  // A shared token list's ord lists in the current block, found once per block and list.
  let sharedLists = new Map<readonly string[], number[][]>();
  const edit = (token: string) => {
    let shard = shards.get(token);
    if (shard === undefined) shards.set(token, (shard = shardOf(token)));
    let e = rows.get(shard);
    if (!e) rows.set(shard, (e = { key: [shard, addsBlock], add: new Map(), remove: new Map() }));
    return e;
  };
  /** The current block's list of ords to add to `t` (made, or found from before the changes turned to another block). */
  const listOf = (t: string) => {
    const add = edit(t).add;
    let list = add.get(t);
    if (!list) add.set(t, (list = []));
    adds.set(t, list);
    return list;
  };
  for (const { ord, before, after, shared } of changes) {
    const block = blockOf(ord);
    if (block !== addsBlock) {
      addsBlock = block;
      adds = new Map();
      sharedLists = new Map();
      let r = byBlock.get(block);
      if (!r) byBlock.set(block, (r = new Map<string, RowEdit>()));
      rows = r;
    }
    if (!before.size) {
      // A new record (nothing before: an import) adds each token it names; a token it names
      // twice (or in both lists) is the list's last ord already.
      for (const t of after) {
        const list = adds.get(t) ?? listOf(t);
        if (list[list.length - 1] !== ord) list.push(ord);
      }
      if (shared) {
        let lists = sharedLists.get(shared);
        if (!lists) sharedLists.set(shared, (lists = shared.map((t) => adds.get(t) ?? listOf(t))));
        for (const list of lists) if (list[list.length - 1] !== ord) list.push(ord);
      }
      continue;
    }
    const added = new Set(after);
    for (const t of shared ?? []) added.add(t);
    for (const t of added) {
      if (before.has(t)) continue;
      const list = adds.get(t) ?? listOf(t);
      if (list[list.length - 1] !== ord) list.push(ord);
    }
    for (const t of before) if (!added.has(t)) push(edit(t).remove, t, ord);
  }
  const edits = new Map<string, RowEdit>();
  for (const [block, rows] of byBlock) for (const [shard, e] of rows) edits.set(`${shard}\u0000${block}`, e);
  return edits;
}

/** Applies a row's edits (removals first); returns the new row (empty map: delete the row). */
export function applyRowEdits(row: PostingRow | undefined, add: OrdsByToken, remove: OrdsByToken): PostingRow {
  // Only the tokens edited are decoded and encoded again.
  if (!row && !remove.size) return newRow(add);
  const out: PostingRow = new Map(row ?? []);
  for (const token of new Set([...remove.keys(), ...add.keys()])) {
    let list: Uint32Array | undefined = decodeOrds(row?.get(token));
    for (const ord of remove.get(token) ?? []) list = withoutOrd(list, ord);
    const ords = add.get(token);
    if (ords) list = withOrds(list, ords);
    if (list && list.length) out.set(token, encodeOrds(list));
    else out.delete(token);
  }
  return out;
}

/** A row no ord was in yet (an import's new block): each token's ords encoded as they come. */
function newRow(add: OrdsByToken): PostingRow {
  const out: PostingRow = new Map();
  for (const [token, ords] of add) {
    if (!isSorted(ords)) ords.sort((a, b) => a - b);
    let kept = 0;
    for (let i = 0; i < ords.length; i++) if (i === 0 || ords[i] !== ords[i - 1]) ords[kept++] = ords[i]!;
    ords.length = kept;
    if (kept) out.set(token, encodeOrds(ords));
  }
  return out;
}

/** `list` with `ords` added: appended in one copy when they all come after it (a bulk import). */
function withOrds(existing: Uint32Array | undefined, ords: number[]): Uint32Array {
  // An import's ords come in order: checked rather than sorted (a comparator call per pair).
  if (!isSorted(ords)) ords.sort((a, b) => a - b);
  if (!existing || existing.length === 0 || ords[0]! > existing[existing.length - 1]!) {
    const out = new Uint32Array((existing?.length ?? 0) + ords.length);
    if (existing) out.set(existing);
    out.set(ords, existing?.length ?? 0);
    return dedupeSorted(out);
  }
  let list = existing;
  for (const ord of ords) list = withOrd(list, ord);
  return list;
}

function isSorted(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) return false;
  return true;
}

function dedupeSorted(list: Uint32Array): Uint32Array {
  let w = 0;
  for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r]!;
  return w === list.length ? list : list.slice(0, w);
}
