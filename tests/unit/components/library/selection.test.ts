import { describe, expect, it } from 'vitest';
import { groupPages } from '@/utils/library/group';
import { toggledPage, toggledRecord } from '@/components/library/selection';
import { makeHighlight } from '../../export/fixtures';

const shown = Array.from({ length: 5 }, () => makeHighlight());
const ids = shown.map((h) => h.id);

describe('bulk selection', () => {
  it('a click toggles one record', () => {
    expect([...toggledRecord(new Set(), ids[1]!, null, shown)]).toEqual([ids[1]]);
    expect([...toggledRecord(new Set([ids[1]!]), ids[1]!, null, shown)]).toEqual([]);
  });

  it('a Shift-click gives the run from the last clicked record the clicked one’s new state', () => {
    expect(toggledRecord(new Set([ids[3]!]), ids[1]!, ids[3]!, shown)).toEqual(new Set(ids.slice(1, 4)));
    expect(toggledRecord(new Set(ids), ids[3]!, ids[1]!, shown)).toEqual(new Set([ids[0], ids[4]]));
  });

  it('a Shift-click with a last clicked record no longer shown changes nothing', () => {
    expect(toggledRecord(new Set([ids[0]!]), ids[2]!, 'gone', shown)).toEqual(new Set([ids[0]]));
  });

  it('a page box selects all of its highlights, or clears them when all were selected', () => {
    const [page] = groupPages(shown);
    expect(toggledPage(new Set([ids[0]!]), page!)).toEqual(new Set(ids));
    expect(toggledPage(new Set(ids), page!)).toEqual(new Set());
  });
});
