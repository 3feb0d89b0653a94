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
  /** `node.textContent` as it was when detected. */
  text: string;
  /** Offset of this block's first character in `Article.text`. */
  start: number;
  /**
   * A summary the template prints above the body (gov.uk's lead paragraph): read and highlighted
   * like any block, but it restates the news the body tells, so the analysis marks no directive in it.
   */
  summary?: true;
}

export interface Article {
  meta: ArticleMeta & { url: string };
  /** The element holding the article body. */
  root: Element;
  blocks: ArticleBlock[];
  /** The blocks' texts joined with "\n": directive offsets point into this string. */
  text: string;
}
