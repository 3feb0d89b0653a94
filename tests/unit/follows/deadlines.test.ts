import { describe, expect, test } from 'vitest';
import { deadlineItems, followDraft, groupDeadlines, highlightDeadline, nextDueDay } from '@/utils/follows/deadlines';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { followId, parseFollow } from '@/utils/follows/record';
import type { Highlight } from '@/utils/highlights/record';
import { PAGE } from '../store/helpers';
import { followDraftOf } from './helpers';

const highlight = (exact: string, over: Partial<Highlight> = {}): Highlight => ({
  id: `h-${exact.length}`,
  url: PAGE,
  title: '通知',
  site: 'dangpai.people.com.cn',
  article: { title: '通知', published: '2025-03-10T10:00:00+08:00' },
  quote: { exact, prefix: '', suffix: '' },
  position: { start: 0, end: exact.length },
  color: 'yellow',
  note: '',
  tags: [],
  category: 'target',
  created: 1,
  updated: 1,
  clock: '1',
  ...over,
});

describe('a saved highlight of a dated target is a deadline', () => {
  test('absolute and relative to the page’s published date', () => {
    expect(highlightDeadline(highlight('到2026年底，完成率要达到90%以上'))).toMatchObject({
      due: '2026-12-31',
      lastDay: '2026-12-31',
      precision: 'day',
    });
    expect(highlightDeadline(highlight('力争到2027年基本建成'))).toMatchObject({
      due: '2027',
      precision: 'year',
      lastDay: '2027-12-31',
    });
    // 6月底前 in an article of 10 March 2025: 30 June 2025.
    expect(highlightDeadline(highlight('6月底前完成摸底排查'))).toMatchObject({
      lastDay: '2025-06-30',
      basis: 'article-date',
    });
    expect(
      highlightDeadline(
        highlight('Within 90 days of the date of this order, the Secretary shall submit a plan.', {
          article: { title: 'Order', published: '2025-01-20T12:00:00-05:00', language: 'en' },
        }),
      ),
    ).toMatchObject({ due: '2025-04-20', basis: 'article-date' });
  });

  test('not a deadline: another category, no date, a deleted highlight; unresolvable kept as text', () => {
    expect(highlightDeadline(highlight('到2026年底完成', { category: 'obligation' }))).toBeNull();
    expect(highlightDeadline(highlight('到2026年底完成', { category: null }))).toBeNull();
    expect(highlightDeadline(highlight('完成率要达到90%以上'))).toBeNull();
    expect(highlightDeadline(highlight('到2026年底完成', { deleted: true }))).toBeNull();
    expect(highlightDeadline(highlight('6月底前完成', { article: null }))).toMatchObject({
      due: null,
      basis: 'unresolved',
    });
  });
});

describe('a follow of an article', () => {
  test('keeps every dated target with its passage and context, and is a valid follow', () => {
    const base = plainArticle([
      '各地区要抓紧落实。',
      '到2026年底，城镇老旧小区改造完成率要达到90%以上。',
      '各部门要严禁弄虚作假。',
    ]);
    const article = { ...base, meta: { ...base.meta, published: '2025-05-01T08:00:00+08:00' } };
    const directives = findDirectives(article);
    const draft = followDraft(
      { url: PAGE, title: '通知', site: 'people.com.cn', published: '2025-05-01' },
      article,
      directives,
    );
    expect(draft.targets).toHaveLength(1);
    expect(draft.targets[0]).toMatchObject({
      quote: {
        exact: expect.stringContaining('到2026年底') as string,
        prefix: expect.stringContaining('落实') as string,
      },
      deadline: { lastDay: '2026-12-31' },
    });
    const follow = { ...draft, id: followId(PAGE), created: 1, updated: 1, clock: 'c' };
    expect(parseFollow(follow).ok).toBe(true);
  });
});

describe('the list', () => {
  const follow = { ...followDraftOf(), id: followId(PAGE), created: 1, updated: 1, clock: 'c' };

  test('one item per passage: the same target followed and highlighted is listed once', () => {
    const same = highlight(followDraftOf().targets[0]!.quote.exact);
    const other = highlight('2025年6月30日前完成摸底排查工作', { id: 'h2' });
    const items = deadlineItems([follow], [same, other]);
    expect(items.map((i) => [i.from, i.deadline.lastDay])).toEqual([
      ['follow', '2026-12-31'],
      ['highlight', '2025-06-30'],
    ]);
    expect(deadlineItems([{ ...follow, deleted: true }], [])).toEqual([]);
    // Keys are stable: the calendar's UID.
    expect(deadlineItems([follow], [other]).map((i) => i.key)).toEqual(
      items
        .map((i) => i.key)
        .filter((_, i) => i !== 1)
        .concat(items[1]!.key),
    );
  });

  test('grouped by month, overdue before today, upcoming from today, undated apart', () => {
    const items = deadlineItems(
      [],
      [
        highlight('2025年6月30日前完成', { id: 'a' }),
        highlight('2025年7月20日前完成', { id: 'b' }),
        highlight('2025年7月1日前完成', { id: 'c' }),
        highlight('到2027年完成', { id: 'd' }),
        highlight('灾害发生后6个月内完成', { id: 'e' }),
      ],
    );
    const groups = groupDeadlines(items, '2025-07-01');
    expect(groups.overdue.map((g) => [g.month, g.items.map((i) => i.day)])).toEqual([['2025-06', ['2025-06-30']]]);
    expect(groups.upcoming.map((g) => [g.month, g.items.map((i) => i.day)])).toEqual([
      ['2025-07', ['2025-07-01', '2025-07-20']],
      ['2027-12', ['2027-12-31']],
    ]);
    expect(groups.undated.map((i) => i.deadline.text)).toEqual(['6个月内']);
  });

  test('a yearly deadline is next due on its day this year or next', () => {
    const yearly = {
      text: '每年6月30日前',
      start: 0,
      end: 8,
      due: '2024-06-30',
      precision: 'day' as const,
      lastDay: '2024-06-30',
      basis: 'article-date' as const,
      recurrence: { every: 'year' as const, month: 6, day: 30 },
    };
    expect(nextDueDay(yearly, '2026-03-01')).toBe('2026-06-30');
    expect(nextDueDay(yearly, '2026-07-01')).toBe('2027-06-30');
    expect(nextDueDay({ ...yearly, recurrence: undefined }, '2026-07-01')).toBe('2024-06-30');
    expect(nextDueDay({ ...yearly, due: '2024-02-29', lastDay: '2024-02-29' }, '2025-01-01')).toBe('2025-02-28');
  });
});
