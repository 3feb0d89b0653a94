/**
 * The bench library as a real export would hold it: `makeLibrary` numbers its ids and addresses in
 * key order, so each import batch's ids and pages make one narrow key range after those stored
 * (the writer's probe, utils/store/read-rows.ts, counts that range and reads nothing more). A
 * reader's library has random v4 UUIDs and pages in the order they were read, which is no key
 * order: every batch's ids and pages then fall among those stored before.
 *
 * Same records otherwise (pages, quotes, notes, tags, colours); the pages are shuffled, each
 * page's highlights kept together in page order, and the times follow the new order (a reader
 * highlights page after page). Deterministic: a seeded generator, so runs import the same file.
 */
import type { Highlight } from '@/utils/highlights/record';
import { seededRandom } from './seeded-random';

/** A version 4 UUID from the generator (the version and variant bits set as RFC 9562 says). */
function uuid4(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The same highlights with random v4 ids, pages shuffled, times renumbered in the new order. */
export function inReaderOrder(records: readonly Highlight[], seed = 26): Highlight[] {
  const random = seededRandom(seed);
  const pages = new Map<string, Highlight[]>();
  for (const r of records) {
    const list = pages.get(r.url);
    if (list) list.push(r);
    else pages.set(r.url, [r]);
  }
  const order = [...pages.values()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const t0 = records[0]?.created ?? 0;
  return order.flat().map((r, n) => {
    const created = t0 + n * 60_000;
    return {
      ...r,
      id: uuid4(random),
      created,
      updated: created,
      clock: `${String(created).padStart(15, '0')}:000000:bench`,
    };
  });
}
