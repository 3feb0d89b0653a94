/** Shared builders and fast-check arbitraries for the sync tests. */
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { COLORS } from '@/utils/highlights/record';
import { formatClock } from '@/utils/sync/hlc';

export function makeHighlight(overrides: Partial<Highlight> = {}): Highlight {
  return {
    id: 'h1',
    url: 'https://www.gov.cn/zhengce/content/202401/t20240101_1.htm',
    title: '国务院关于印发的通知',
    site: 'www.gov.cn',
    article: null,
    quote: { exact: '坚持稳中求进工作总基调', prefix: '会议强调，', suffix: '，完整准确全面' },
    position: { start: 10, end: 21 },
    color: 'yellow',
    note: '',
    tags: [],
    category: null,
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    clock: formatClock({ wallMs: 1_700_000_000_000, counter: 0, deviceId: 'dev-a' }),
    ...overrides,
  };
}

export const clockArb = fc
  .record({
    wallMs: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_004 }),
    counter: fc.integer({ min: 0, max: 2 }),
    deviceId: fc.constantFrom('a', 'b', 'c'),
  })
  .map(formatClock);

/** Records drawn from a tiny space so that equal ids and equal clocks happen often. */
export const recordArb: fc.Arbitrary<Highlight> = fc
  .record({
    id: fc.constantFrom('x', 'y', 'z'),
    clock: clockArb,
    color: fc.constantFrom(...COLORS),
    note: fc.constantFrom('', 'a', 'b'),
    deleted: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, clock, color, note, deleted }) => {
    const h = makeHighlight({ id, clock, color, note });
    return deleted === undefined ? h : { ...h, deleted };
  });

export const recordSetArb = fc.array(recordArb, { maxLength: 8 });
