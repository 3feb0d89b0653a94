import { CATEGORIES, type DirectiveCategory } from '@/utils/highlights/record';

export type CategoryCounts = Record<DirectiveCategory, number>;

export const zeroCounts = (): CategoryCounts => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

/** The number shown on the toolbar badge: directives that ask something of the reader (headings excluded). */
export function keyDirectiveCount(counts: CategoryCounts): number {
  return counts.obligation + counts.prohibition + counts.target + counts.emphasis;
}
