/**
 * Pages with a body that are still no article: a video page (a player with a short caption) and
 * a list page (headlines standing alone as whole lines, with or without a summary under each).
 */
import { BLOCK_TAGS } from './blocks';
import { isSubstantial } from './body';
import { contains, ELEMENT_NODE, lineOf, parentElementOf, safeQueryAll, tagOf, TEXT_NODE } from './dom';
import { collapseSpace, contentWeight, isMostlyCjk } from './text';
import type { ArticleBlock } from './types';

/** Text of `block` outside its nested block elements: the line the block itself prints. */
function ownLine(block: Element): string {
  let s = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) s += n.textContent ?? '';
      else if (n.nodeType === ELEMENT_NODE && !BLOCK_TAGS.has(tagOf(n as Element))) walk(n as Element);
    }
  };
  walk(block);
  return collapseSpace(s);
}

/**
 * Links that stand alone as a block's whole line: the headlines of list and search pages, also
 * when a summary paragraph sits under each headline in the same list item. Articles link
 * inside sentences.
 */
function standaloneLinks(root: Element): { count: number; items: Element[] } {
  let count = 0;
  const items: Element[] = [];
  for (const a of safeQueryAll(root, 'a')) {
    const text = lineOf(a);
    // Six characters of Chinese or three English words make a headline.
    if (contentWeight(text) < (isMostlyCjk(text) ? 6 : 3)) continue;
    // (by parent elements: a link straight under <body> climbs to <html>, whose parent is the document, no tag)
    let block = parentElementOf(a);
    while (block && !/^(P|LI|H[1-6]|DT|DD|TD|DIV)$/.test(tagOf(block))) block = parentElementOf(block);
    if (!block) continue;
    if (lineOf(block).length <= text.length + 30) count++;
    else if (ownLine(block).length <= text.length + 30) {
      // A list item printing a headline with its summary paragraph inside.
      count++;
      items.push(block);
    }
  }
  return { count, items };
}

/** A caption this short next to a video player makes a video page (in content units, see contentWeight). */
const VIDEO_CAPTION_MAX_WEIGHT = 300;
const VIDEO_CAPTION_MAX_PARAGRAPHS = 2;
/** Video players: the element itself, or the containers players are mounted in (class or id names). */
const PLAYER_SELECTORS = [
  'video',
  '[class*="player"]',
  '[id*="player"]',
  '[class*="Player"]',
  '[id*="Player"]',
  '[id*="flash"]',
  '[id*="Flash"]',
  'iframe[src*="player"]',
];

function hasPlayer(doc: Document): boolean {
  return PLAYER_SELECTORS.some((sel) => safeQueryAll(doc, sel).some((el) => !insideLink(el)));
}

/** A player inside a link is the thumbnail of another video, not this page's player. */
function insideLink(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentElementOf(a)) if (tagOf(a) === 'A') return true;
  return false;
}

/** A video page: a player with a caption of a few sentences under it (`substantial` paragraphs weighing `weight`). */
export function isVideoPage(doc: Document, substantial: number, weight: number): boolean {
  return substantial <= VIDEO_CAPTION_MAX_PARAGRAPHS && weight < VIDEO_CAPTION_MAX_WEIGHT && hasPlayer(doc);
}

/** A list of headlines (with or without a summary under each) in the body `root` of `blocks`. */
export function isHeadlineList(root: Element, blocks: readonly ArticleBlock[], substantial: number): boolean {
  const { count: headlines, items: listItems } = standaloneLinks(root);
  if (headlines >= 6 && headlines * 2 >= substantial) return true;
  if (headlines >= 4) {
    // Summaries under headlines are not prose of their own.
    const prose = blocks.filter(
      (b) => isSubstantial(b.text) && !listItems.some((item) => contains(item, b.node)),
    ).length;
    if (headlines >= prose) return true;
  }
  return false;
}
