/**
 * The outline's data: an article's directives grouped under its section headings.
 * Pure: works on the analysis output, no DOM access beyond reading nothing.
 */
import type { ArticleBlock } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';

export interface OutlineDirective {
  category: DirectiveCategory;
  text: string;
  start: number;
  end: number;
  blockIndex: number;
}

export interface OutlineEntry {
  /** Index into the directive list given to `buildOutline`. */
  index: number;
  category: DirectiveCategory;
  text: string;
}

export interface OutlineSection {
  /** The heading's text; null for the part before the first heading. */
  title: string | null;
  /** The heading directive's index when the heading itself was found as one (to reveal it). */
  headingIndex: number | null;
  /** The heading block's index (to reveal it when it is not a directive). */
  blockIndex: number | null;
  entries: OutlineEntry[];
}

/** Longest entry text shown; the rest is elided (the page has the full sentence). */
export const ENTRY_MAX_CHARS = 80;

export function shorten(text: string, max = ENTRY_MAX_CHARS): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\u3000]+/, '')
    .trim();
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Groups directives under the article's heading blocks, in reading order. A directive that
 * is the heading block itself becomes the section's title, not an entry. Sections without
 * entries are kept when they have a title, so the outline mirrors the article's structure.
 */
export function buildOutline(
  blocks: readonly Pick<ArticleBlock, 'kind' | 'text'>[],
  directives: readonly OutlineDirective[],
): OutlineSection[] {
  const sections: OutlineSection[] = [];
  const sectionOfBlock: number[] = [];
  let current: OutlineSection = { title: null, headingIndex: null, blockIndex: null, entries: [] };
  sections.push(current);
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      current = { title: shorten(block.text), headingIndex: null, blockIndex: i, entries: [] };
      sections.push(current);
    }
    sectionOfBlock[i] = sections.length - 1;
  });
  const order = directives.map((d, index) => ({ d, index })).sort((a, b) => a.d.start - b.d.start);
  for (const { d, index } of order) {
    const section = sections[sectionOfBlock[d.blockIndex] ?? 0]!;
    if (section.blockIndex === d.blockIndex && d.category === 'heading' && section.headingIndex === null) {
      section.headingIndex = index;
      continue;
    }
    section.entries.push({ index, category: d.category, text: shorten(d.text) });
  }
  return sections.filter((s) => s.title !== null || s.entries.length > 0);
}
