import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { flattenPages, groupPages, nextHighlightRow } from '@/utils/library/group';
import { makeHighlight } from '../export/fixtures';

const A = 'https://www.gov.cn/a.htm';
const B = 'https://www.people.com.cn/b.html';

/** Random highlights over five pages, each with a flag the property gives a meaning to. */
const flaggedSpecs = fc.array(
  fc.record({
    page: fc.integer({ min: 0, max: 4 }),
    start: fc.nat(1000),
    created: fc.nat(10_000),
    flag: fc.boolean(),
  }),
  { maxLength: 40 },
);

/** The highlights of the specs; with 'deleted', a flagged one is a tombstone. */
function recordsOf(specs: { page: number; start: number; created: number; flag: boolean }[], flag: 'deleted' | 'kept') {
  return specs.map((s) =>
    makeHighlight({
      url: `https://e.org/${s.page}`,
      position: { start: s.start, end: s.start + 1 },
      created: s.created,
      deleted: flag === 'deleted' && s.flag,
    }),
  );
}

describe('groupPages', () => {
  test('newest page first, highlights in reading order, tombstones dropped', () => {
    const a2 = makeHighlight({ url: A, position: { start: 50, end: 60 }, created: 100 });
    const a1 = makeHighlight({ url: A, position: { start: 5, end: 9 }, created: 300 });
    const b1 = makeHighlight({
      url: B,
      position: { start: 1, end: 2 },
      created: 200,
      title: 'B page',
      site: 'people.com.cn',
      article: null,
    });
    const dead = makeHighlight({ url: B, created: 999, deleted: true });
    const pages = groupPages([a2, b1, a1, dead]);
    expect(pages.map((p) => p.url)).toEqual([A, B]);
    expect(pages[0]!.highlights.map((h) => h.id)).toEqual([a1.id, a2.id]);
    expect(pages[1]).toMatchObject({ title: 'B page', site: 'people.com.cn', latest: 200, published: null });
  });

  test('editing a note (updated) does not reorder pages; the newest edit describes the page', () => {
    const old = makeHighlight({ url: A, created: 100, updated: 5000, title: 'new title', article: null });
    const older = makeHighlight({ url: A, created: 90, updated: 90, title: 'old title', article: null });
    const recent = makeHighlight({ url: B, created: 200, updated: 200 });
    const pages = groupPages([old, older, recent]);
    expect(pages.map((p) => p.url)).toEqual([B, A]);
    expect(pages[1]!.title).toBe('new title');
  });

  test('property: flattening keeps every live record exactly once, each under its page header', () => {
    fc.assert(
      fc.property(flaggedSpecs, (specs) => {
        const records = recordsOf(specs, 'deleted');
        const rows = flattenPages(groupPages(records));
        const live = records.filter((r) => !r.deleted);
        const shown = rows.flatMap((r) => (r.kind === 'highlight' ? [r.record.id] : []));
        expect(shown.sort()).toEqual(live.map((r) => r.id).sort());
        let currentUrl = '';
        for (const row of rows) {
          if (row.kind === 'page') currentUrl = row.page.url;
          else expect(row.record.url).toBe(currentUrl);
        }
        expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
      }),
    );
  });

  test('keyboard movement skips page headers and stops at the ends', () => {
    const rows = flattenPages(
      groupPages([makeHighlight({ url: A, created: 2 }), makeHighlight({ url: B, created: 1 })]),
    );
    expect(rows.map((r) => r.kind)).toEqual(['page', 'highlight', 'page', 'highlight']);
    expect(nextHighlightRow(rows, -1, 1)).toBe(1);
    expect(nextHighlightRow(rows, 1, 1)).toBe(3);
    expect(nextHighlightRow(rows, 3, 1)).toBe(3);
    expect(nextHighlightRow(rows, 3, -1)).toBe(1);
    expect(nextHighlightRow(rows, 1, -1)).toBe(1);
  });
});

describe('applyChanged', () => {
  test('replaces in place, appends new records, drops tombstones', async () => {
    const { applyChanged } = await import('@/utils/library/group');
    const a = makeHighlight();
    const b = makeHighlight();
    const c = makeHighlight();
    const next = applyChanged([a, b], [{ ...a, note: 'x' }, { ...b, deleted: true }, c]);
    expect(next.map((r) => [r.id, r.note])).toEqual([
      [a.id, 'x'],
      [c.id, c.note],
    ]);
    expect(applyChanged([a], [])).toEqual([a]);
  });
});
