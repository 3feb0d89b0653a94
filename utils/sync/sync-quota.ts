/**
 * Size accounting for `storage.sync` (Chrome and Firefox share these limits).
 *
 * Chrome charges an item `key length + JSON length of the value` in UTF-8 bytes, where the JSON
 * is written by Chromium's own JSON writer. That writer differs from `JSON.stringify` in ways
 * that only make values larger: it escapes `<` as `\u003C`, U+2028/U+2029 as `\u2028`, and
 * writes a number that does not fit a 32-bit int as a double with ".0" appended. `syncItemBytes`
 * counts JSON.stringify's UTF-8 bytes plus those differences (and `\u007F`, in case), so it is
 * never below what Chrome will charge; `plainItemBytes` is the documented measure alone.
 */

/** The storage.sync limits and the room kept free for the settings item. One place for all. */
export const SYNC_LIMITS = {
  /** chrome.storage.sync.QUOTA_BYTES */
  quotaBytes: 102_400,
  /** chrome.storage.sync.QUOTA_BYTES_PER_ITEM */
  maxItemBytes: 8_192,
  /** chrome.storage.sync.MAX_ITEMS */
  maxItems: 512,
  /** Kept free for the settings item (and a little slack). */
  reserveBytes: 4_096,
  /** Items kept free for settings and future keys. */
  reserveItems: 8,
  /** Tombstones are whole records (so undelete works everywhere): sync only the newest this many. */
  maxTombstones: 64,
  /** chrome.storage.sync.MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR */
  maxWritesPerMinute: 120,
  maxWritesPerHour: 1_800,
} as const;

const INT32_MAX = 2 ** 31 - 1;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** UTF-8 bytes of the JSON string literal for `s`, as Chromium's writer would emit it (or more). */
function stringBytes(s: string, chromium: boolean): number {
  let n = 2; // quotes
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
    else if (c < 0x20) n += 6;
    else if (chromium && (c === 0x3c || c === 0x7f || c === 0x2028 || c === 0x2029)) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff)
      n += 6; // lone surrogate: JSON.stringify writes \udxxx
    else n += 3;
  }
  return n;
}

function valueBytes(value: unknown, chromium: boolean): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value, chromium);
    case 'number': {
      if (!Number.isFinite(value)) return 4; // null
      const base = JSON.stringify(value).length;
      return chromium && !(Number.isInteger(value) && Math.abs(value) <= INT32_MAX) ? base + 2 : base;
    }
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 2 + Math.max(value.length - 1, 0);
        for (const x of value) n += x === undefined || typeof x === 'function' ? 4 : valueBytes(x, chromium);
        return n;
      }
      let n = 2;
      let members = 0;
      for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
        if (x === undefined || typeof x === 'function') continue;
        n += stringBytes(k, chromium) + 1 + valueBytes(x, chromium);
        members++;
      }
      return n + Math.max(members - 1, 0);
    }
    default:
      return 0;
  }
}

/** What Chrome charges for one item, never under-counted (see the file comment). */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Length(key) + valueBytes(value, true);
}

/** The documented measure: UTF-8 bytes of key + JSON.stringify(value). */
export function plainItemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

/** Size of a JSON value alone (no key), Chromium-conservative. For incremental packing. */
export function jsonValueBytes(value: unknown): number {
  return valueBytes(value, true);
}
