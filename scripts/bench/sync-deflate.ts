/**
 * The honest baseline for the browser-sync encoding (issue 15 point 7): what the best standard
 * tool gets under the same rules. Records (newest first, as the encoder takes them) are written
 * as JSON, DEFLATE-compressed with a preset dictionary (fflate's `dictionary` option), and
 * packed into storage.sync items as text — base64, or base91 (13 bits per 2 letters, the same
 * JSON-safe alphabet as the own encoding) — each item ≤ 8 KB, all items plus a manifest of
 * item hashes within the same budget and item count.
 *
 * The dictionary holds only what the own encoding also knows ahead of time: the record's JSON
 * field names and the frozen word list of utils/sync/cjk-table.ts (jieba's most frequent words,
 * most frequent last, where DEFLATE reaches them cheapest). Nothing in it comes from the bench text.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Highlight } from '@/utils/highlights/record';
import { asciiToBits, bitsToAscii } from '@/utils/sync/bit-stream';
import { SYNC_MODEL_WORDS } from '@/utils/sync/cjk-table';
import { itemHash } from '@/utils/sync/browser-sync-items';
import { SYNC_LIMITS } from '@/utils/sync/sync-quota';
import { syncItemBytes } from '@/utils/sync/sync-quota';

const DICTIONARY_BYTES = 32 * 1024;

function buildDictionary(): Uint8Array {
  const skeleton =
    '[{"id":"","url":"https://www.","title":"","site":"www.","article":{"title":"","published":"2024-","source":"",' +
    '"editor":"","author":"","keywords":[],"channel":[],"language":"zh-CN","issuer":null,"docNumber":null},' +
    '"quote":{"exact":"","prefix":"","suffix":""},"position":{"start":,"end":},"color":"yellow","note":"",' +
    '"tags":[],"category":null,"created":17,"updated":17,"clock":"0017","deleted":false}]';
  const encoder = new TextEncoder();
  const words = SYNC_MODEL_WORDS.split(' ').filter(Boolean);
  // Most frequent words last (nearest the data); as many as fit beside the skeleton.
  const chosen: string[] = [];
  let bytes = encoder.encode(skeleton).length;
  for (const w of words) {
    const size = encoder.encode(w).length;
    if (bytes + size > DICTIONARY_BYTES) break;
    chosen.push(w);
    bytes += size;
  }
  return encoder.encode(chosen.reverse().join('') + skeleton);
}

const DICTIONARY = buildDictionary();

export type TextPacking = 'base64' | 'base91';

function pack(bytes: Uint8Array, packing: TextPacking): string {
  if (packing === 'base64') return Buffer.from(bytes).toString('base64');
  const bits: number[] = [];
  for (const b of bytes) for (let i = 7; i >= 0; i--) bits.push((b >> i) & 1);
  return bitsToAscii(bits);
}

function unpack(text: string, packing: TextPacking, length: number): Uint8Array {
  if (packing === 'base64') return new Uint8Array(Buffer.from(text, 'base64'));
  const bits = asciiToBits(text);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    let b = 0;
    for (let j = 0; j < 8; j++) b = b * 2 + (bits[i * 8 + j] ?? 0);
    out[i] = b;
  }
  return out;
}

interface PackedItem {
  /** `[byteLength, packed deflate]`: base91 needs the length to drop its padding bits. */
  value: [number, string];
  records: Highlight[];
}

function packItem(records: Highlight[], packing: TextPacking): PackedItem {
  const json = new TextEncoder().encode(JSON.stringify(records));
  const compressed = deflateSync(json, { level: 9, mem: 8, dictionary: DICTIONARY });
  return { value: [compressed.length, pack(compressed, packing)], records };
}

export interface DeflateFit {
  count: number;
  bytes: number;
  items: number;
  roundTripOk: boolean;
}

/** How many of `newestFirst` fit under the storage.sync rules, deflated and packed as text. */
export function deflateFit(newestFirst: readonly Highlight[], packing: TextPacking): DeflateFit {
  const budget = SYNC_LIMITS.quotaBytes - SYNC_LIMITS.reserveBytes;
  const maxItems = SYNC_LIMITS.maxItems - SYNC_LIMITS.reserveItems;
  const items: PackedItem[] = [];
  const itemBytes = (i: number, item: PackedItem) => syncItemBytes(`h${i}`, item.value);
  const manifest = () => ({ k: items.map((it, i) => [`h${i}`, itemHash(it.value)]), n: count });
  const total = () => items.reduce((s, it, i) => s + itemBytes(i, it), 0) + syncItemBytes('hm', manifest());
  let count = 0;
  for (const record of newestFirst) {
    const last = items.at(-1);
    const grown = last ? packItem([...last.records, record], packing) : null;
    if (grown && itemBytes(items.length - 1, grown) <= SYNC_LIMITS.maxItemBytes) {
      items[items.length - 1] = grown;
      count++;
      if (total() <= budget) continue;
      items[items.length - 1] = last!;
      count--;
      break;
    }
    const fresh = packItem([record], packing);
    if (items.length + 2 > maxItems || itemBytes(items.length, fresh) > SYNC_LIMITS.maxItemBytes) break;
    items.push(fresh);
    count++;
    if (total() > budget) {
      items.pop();
      count--;
      break;
    }
  }
  const back = items.flatMap(
    (it) =>
      JSON.parse(
        new TextDecoder().decode(inflateSync(unpack(it.value[1], packing, it.value[0]), { dictionary: DICTIONARY })),
      ) as Highlight[],
  );
  const roundTripOk =
    back.length === count && back.every((r, i) => JSON.stringify(r) === JSON.stringify(newestFirst[i]));
  return { count, bytes: total(), items: items.length + 1, roundTripOk };
}
