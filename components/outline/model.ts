/**
 * The outline's data: an article's directives grouped under its section headings
 * (utils/analysis/sections.ts), each entry with its core to scan and its sentence to expand.
 * Pure: works on the analysis output, no DOM access.
 */
import type { CoreSpan } from '@/utils/analysis/cores';
import { coreText, sectionsOf } from '@/utils/analysis/sections';
import type { ArticleBlock } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';

export interface OutlineDirective {
  category: DirectiveCategory;
  text: string;
  start: number;
  end: number;
  blockIndex: number;
  /** Empty until the cores are computed (after the first paint). */
  core?: readonly CoreSpan[];
}

export interface OutlineEntry {
  /** Index into the directive list given to `buildOutline`. */
  index: number;
  category: DirectiveCategory;
  /** What the entry shows: the core, or the sentence shortened while there is no core. */
  text: string;
  /** The whole sentence (shown on expand); null when `text` is already all of it. */
  full: string | null;
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

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\u3000]+/, '')
    .trim();

export function shorten(text: string, max = ENTRY_MAX_CHARS): string {
  const chars = Array.from(clean(text));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The entry of one directive: its core (shortened only if a core is that long), its sentence on expand. */
function entryOf(d: OutlineDirective, index: number): OutlineEntry {
  const sentence = clean(d.text);
  const core = coreText(d);
  const text = shorten(core || sentence);
  return { index, category: d.category, text, full: text === sentence ? null : sentence };
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
  return sectionsOf(blocks, directives).map((s) => ({
    title: s.heading === null ? null : shorten(s.heading),
    headingIndex: s.headingIndex,
    blockIndex: s.blockIndex,
    entries: s.members.map((i) => entryOf(directives[i]!, i)),
  }));
}
