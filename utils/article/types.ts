/**
 * What article detection hands to the rest of the extension. Shared by the analysis
 * (utils/analysis), the painter (content script) and the CLI.
 */
import type { ArticleMeta } from '@/utils/highlights/record';

export type BlockKind = 'heading' | 'paragraph' | 'listItem';

/** One block of the article body: a heading, a paragraph or a list item. */
export interface ArticleBlock {
  kind: BlockKind;
  /** The element in the page. Its text is `node.textContent` exactly, so offsets map back to text nodes. */
  node: Element;
  /**
   * `node.textContent` as it was when detected (a run's nodes' text), as the page shows it: a source line
   * break read as a space, a <br> as a line break (line-breaks.ts; same length, so offsets map to text nodes).
   */
  text: string;
  /**
   * When the block is inline content with no element of its own (text beside blocks, a paragraph between
   * double <br>s: blocks.ts `childParts`): `node`'s children from `first` to `last`; its text is theirs.
   */
  run?: { first: ChildNode; last: ChildNode };
  /** Offset of this block's first character in `Article.text`. */
  start: number;
  /**
   * A summary the template prints above the body (gov.uk's lead paragraph): read and highlighted
   * like any block, but it restates the news the body tells, so the analysis marks no directive in it.
   */
  summary?: true;
  /**
   * A cell of a data table that holds no sentence: a field of the row's record (a stage "整治推进", a
   * date "2025年6月30日前", a unit, a figure). Read and highlighted like any block, but a field alone is
   * no directive, so the analysis marks none in it (blocks.ts says which cells).
   */
  field?: true;
  /**
   * Spans of `text` (offsets into it) the page shows but the block does not read, each read as white space: a
   * figure (a picture and its caption) standing inside a sentence the block reads whole (figures.ts). Its caption
   * is a block of its own, after this one.
   */
  asides?: readonly TextSpan[];
  /**
   * The length of the bold run-in head opening the block, when the page sets its first words in bold and goes on
   * in plain text: "<strong>一是加快建设。</strong>各地要…" (blocks.ts `boldLeadOf`; a block all in bold has none). The
   * analysis reads a first sentence so set as the paragraph's heading (directives.ts).
   */
  boldLead?: number;
}

/** A span of a text: offsets [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Article {
  meta: ArticleMeta & { url: string };
  /** The element holding the article body. */
  root: Element;
  blocks: ArticleBlock[];
  /** The blocks' texts joined with "\n": directive offsets point into this string. */
  text: string;
}
