import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { followId, parseFollow, type Follow } from '@/utils/follows/record';
import { mergeLibraries, mergeRecord } from '@/utils/sync/merge';
import { formatClock } from '@/utils/sync/hlc';
import { followDraftOf } from './helpers';

const at = (wall: number, counter = 0, deviceId = 'device-a') =>
  formatClock({ wallMs: 1_700_000_000_000 + wall, counter, deviceId });

const follow = (over: Partial<Follow> = {}): Follow => {
  const d = followDraftOf();
  return { ...d, id: followId(d.url), created: 1, updated: 2, clock: at(0), ...over };
};

describe('follow record', () => {
  test('a well-formed follow passes', () => {
    expect(parseFollow(follow())).toMatchObject({ ok: true });
  });

  test.each<[string, Partial<Follow> | Record<string, unknown>]>([
    ['an id that is not its url’s', { id: followId('https://www.gov.cn/other') }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
    ['too many targets', { targets: Array.from({ length: 201 }, () => followDraftOf().targets[0]!) }],
    [
      'a due date without its last day',
      {
        targets: [
          { ...followDraftOf().targets[0]!, deadline: { ...followDraftOf().targets[0]!.deadline, lastDay: null } },
        ],
      },
    ],
    [
      'a last day outside its due month',
      {
        targets: [
          {
            ...followDraftOf().targets[0]!,
            deadline: { ...followDraftOf().targets[0]!.deadline, lastDay: '2027-01-31' },
          },
        ],
      },
    ],
    [
      // A day that does not exist: an ICS export of it would throw where the engine refuses the date (SpiderMonkey).
      'a last day that is not a day of the calendar',
      {
        targets: [
          {
            ...followDraftOf().targets[0]!,
            deadline: {
              ...followDraftOf().targets[0]!.deadline,
              due: '2026-02',
              precision: 'month',
              lastDay: '2026-02-31',
            },
          },
        ],
      },
    ],
    [
      'a malformed due',
      {
        targets: [
          { ...followDraftOf().targets[0]!, deadline: { ...followDraftOf().targets[0]!.deadline, due: '2026-13' } },
        ],
      },
    ],
    [
      'a huge passage',
      { targets: [{ ...followDraftOf().targets[0]!, quote: { exact: 'x'.repeat(2001), prefix: '', suffix: '' } }] },
    ],
  ])('refused: %s', (_name, over) => {
    const r = parseFollow({ ...follow(), ...over });
    expect(r.ok).toBe(false);
  });

  test('the id is stable and differs between pages', () => {
    expect(followId('https://www.gov.cn/a')).toBe(followId('https://www.gov.cn/a'));
    expect(followId('https://www.gov.cn/a')).not.toBe(followId('https://www.gov.cn/b'));
    expect(followId('https://www.gov.cn/a')).toMatch(/^f-[0-9a-f]{16}$/);
  });

  test('merge: the greater clock wins whole, an unfollow after a follow wins, a follow after it wins back', () => {
    const followed = follow({ clock: at(1) });
    const unfollowed = follow({ targets: [], deleted: true, clock: at(2, 0, 'device-b') });
    const again = follow({ title: 'again', clock: at(3) });
    expect(mergeRecord(followed, unfollowed)).toBe(unfollowed);
    expect(mergeRecord(unfollowed, followed)).toBe(unfollowed);
    expect(mergeRecord(again, unfollowed)).toBe(again);
  });

  test('property: merging follows is commutative, associative and idempotent', () => {
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('device-a', 'device-b'))
      .map(([w, c, d]) => at(w, c, d));
    const version = fc.record({
      url: fc.constantFrom('https://www.gov.cn/a', 'https://www.gov.cn/b'),
      title: fc.string({ maxLength: 4 }),
      deleted: fc.boolean(),
      clock,
    });
    const side = fc.array(version, { maxLength: 6 }).map((vs) => vs.map((v) => follow({ ...v, id: followId(v.url) })));
    fc.assert(
      fc.property(side, side, side, (a, b, c) => {
        const ab = [...mergeLibraries(a, b).merged.values()];
        const ba = [...mergeLibraries(b, a).merged.values()];
        expect(ab).toEqual(ba);
        const abc1 = [...mergeLibraries(ab, c).merged.values()];
        const abc2 = [...mergeLibraries(a, [...mergeLibraries(b, c).merged.values()]).merged.values()];
        expect(abc1).toEqual(abc2);
        expect(mergeLibraries(ab, ab).changedIds).toEqual([]);
      }),
    );
  });
});
