/**
 * An article's directives grouped under its section headings, in reading order: what the
 * outline panel lists and what the key-points digest writes (one grouping for both).
 */
import type { DirectiveCategory } from '@/utils/highlights/record';

export interface SectionInput {
  kind: string;
  text: string;
}

export interface SectionDirective {
  category: DirectiveCategory;
  start: number;
  blockIndex: number;
}

export interface Section {
  /** The heading block's text (untrimmed); null for the part before the first heading. */
  heading: string | null;
  /** The heading directive's index when the heading itself was found as one. */
  headingIndex: number | null;
  /** The heading block's index. */
  blockIndex: number | null;
  /** Indexes into the directive list, in reading order (the heading directive left out). */
  members: number[];
}

/**
 * Groups directives under the article's heading blocks. A heading directive that is the
 * section's heading block becomes its `headingIndex`, not a member. Sections without members
 * are kept when they have a heading, so the grouping mirrors the article's structure.
 */
export function sectionsOf(blocks: readonly SectionInput[], directives: readonly SectionDirective[]): Section[] {
  const sections: Section[] = [];
  const sectionOfBlock: number[] = [];
  let current: Section = { heading: null, headingIndex: null, blockIndex: null, members: [] };
  sections.push(current);
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      current = { heading: block.text, headingIndex: null, blockIndex: i, members: [] };
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
    section.members.push(index);
  }
  return sections.filter((s) => s.heading !== null || s.members.length > 0);
}

/** The text of a directive's core spans (article offsets), joined with " … "; empty when it has none. */
export function coreText(d: { text: string; start: number; core?: readonly { start: number; end: number }[] }): string {
  return (d.core ?? [])
    .map((s) => d.text.slice(s.start - d.start, s.end - d.start).trim())
    .filter(Boolean)
    .join(' … ');
}
