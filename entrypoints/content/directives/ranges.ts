/**
 * Directive offsets (into `Article.text`) -> DOM Ranges in the live page.
 *
 * Each block's text is its node's `textContent`, so a directive's offsets minus the block's
 * start are offsets into the block's text nodes in document order (all Text descendants, as
 * textContent counts them); a run block's (text between double breaks, blocks.ts `childParts`) are its run's
 * nodes' text nodes (a figure's among them when the run reads a sentence across it: its `asides`, read as
 * white space, are not compared). Blocks whose text changed since the analysis are skipped: the
 * page observer re-runs the analysis for them. So are blocks in an editable region (a rich-text
 * editor on the page): its text is the reader's typing, not the article's. A run whose nodes
 * are no longer its parent's children changed too: a page can move them, text and all, into an
 * editor after the analysis, where the parent's check would not see them.
 */
import type { Article } from '@/utils/article/types';
import { runNodes } from '@/utils/article/blocks';
import { sameShownText } from '@/utils/article/line-breaks';
import { isEditable } from '../paint/editable';

interface BlockText {
  nodes: Text[];
  starts: number[];
}

export interface RangeMaker {
  /** A Range over article.text [start, end) inside block `blockIndex`; null when the page changed. */
  range(blockIndex: number, start: number, end: number): Range | null;
}

export function createRangeMaker(doc: Document, article: Article): RangeMaker {
  const cache = new Map<number, BlockText | null>();

  const blockText = (blockIndex: number): BlockText | null => {
    if (cache.has(blockIndex)) return cache.get(blockIndex)!;
    const block = article.blocks[blockIndex];
    let result: BlockText | null = null;
    if (block && block.node.isConnected && !isEditable(block.node)) {
      const nodes: Text[] = [];
      const starts: number[] = [];
      let length = 0;
      const parts: string[] = [];
      const add = (text: Text) => {
        nodes.push(text);
        starts.push(length);
        parts.push(text.data);
        length += text.data.length;
      };
      let moved = false;
      for (const top of block.run ? runNodes(block.run) : [block.node]) {
        if (block.run && top.parentNode !== block.node) moved = true;
        if (top.nodeType === Node.TEXT_NODE) {
          add(top as Text);
          continue;
        }
        const walker = doc.createTreeWalker(top, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) add(n as Text);
      }
      if (!moved && sameShownText(parts.join(''), block.text, block.asides)) result = { nodes, starts };
    }
    cache.set(blockIndex, result);
    return result;
  };

  return {
    range(blockIndex, start, end) {
      const block = article.blocks[blockIndex];
      const bt = blockText(blockIndex);
      if (!block || !bt || end <= start) return null;
      const from = pointAt(bt, start - block.start, false);
      const to = pointAt(bt, end - block.start, true);
      if (!from || !to) return null;
      const range = doc.createRange();
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        return null;
      }
      return range;
    },
  };
}

/** The text node and offset at `offset`; an end point stays in the node holding the last character. */
function pointAt(bt: BlockText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const target = isEnd ? offset - 1 : offset;
  if (target < 0) return null;
  let lo = 0;
  let hi = bt.starts.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bt.starts[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  // Skip empty nodes sharing the start.
  while (lo < bt.nodes.length - 1 && bt.nodes[lo]!.data.length === 0) lo++;
  const node = bt.nodes[lo]!;
  const within = target - bt.starts[lo]!;
  if (within < 0 || within >= node.data.length) return null;
  return { node, offset: isEnd ? within + 1 : within };
}
