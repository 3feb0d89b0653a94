/**
 * Finding the article body and cutting it into blocks.
 *
 * Why not `@mozilla/readability`'s `isProbablyReaderable`: it scores nodes by UTF-16 length
 * (`textContent.length`), which treats 140 Chinese characters like 140 English letters, it
 * ignores link density (a Chinese portal's home page, full of headline links in <p> and <li>,
 * passes), and its unlikely-candidate regexes are tuned for English class names. The scorer
 * below counts CJK characters and Latin words as units of content and discounts links.
 */
import type { ArticleBlock, BlockKind } from './types';
import {
  childElements,
  isHidden,
  lineOf,
  linkDensity,
  memo,
  nameTokens,
  nameWords,
  parentElementOf,
  safeQueryAll,
  tagOf,
  textOf,
} from './dom';
import { toSimplified } from './hant';
import { runSteps, type Steps } from './steps';
import { collapseSpace, contentWeight, countCjk, countLatinWords, EDITOR_LABELS, escapeRegExp } from './text';

/** Tags that start a new block: an element containing one of these is split further. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'CENTER',
  'FORM',
  'MAIN',
  'ADDRESS',
  'HR',
]);

/** Elements never holding article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'FOOTER',
  'ASIDE',
  'HEAD',
  'IMG',
  'MAP',
]);

/** Class/id tokens of page furniture inside or near the body. */
const NOISE_TOKENS = new Set([
  'share',
  'fenxiang',
  'bdshare',
  'sharebox',
  'keywords',
  'keyword',
  'related',
  'relate',
  'relevant',
  'xgxw',
  'xglj',
  'recommend',
  'tuijian',
  'footer',
  'comment',
  'comments',
  'copyright',
  'pager',
  'paging',
  'pagination',
  'zdfy',
  'qrcode',
  'ewm',
  'erweima',
  'print',
  'toolbar',
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'navpath',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sidebar',
  'zebian',
  'zrbj',
  'bianji',
  'jiucuo',
  'correction',
  'social',
  'sns',
  'subscribe',
  'newsletter',
  'tags',
  'dianzan',
  'zan',
  'likes',
  'nav',
  'menu',
  'banner',
  'cookie',
  'feedback',
]);
/** Whole class/id words that are furniture (kept whole so "TRS_Editor" is not "editor"). */
const NOISE_WORDS = new Set([
  'edit',
  'editor',
  'author',
  'source',
  'box_pic',
  'pages_print',
  'fj',
  'liability',
  'adeditor',
  'left_name',
]);

/** Lines that are furniture even when they sit inside the body. */
const NOISE_LINE = new RegExp(
  [
    `^[\\s(（【\\[〔]*(${EDITOR_LABELS.map(escapeRegExp).join('|')}|作者|来源|文章来源|关键词|关键字|标签|原标题|发布时间|发布日期|字号|打印|分享到?|扫一扫|Keywords|Tags|Share)\\s*[:：]`,
    '^[\\s【\\[]*(我要)?纠错[】\\]]?',
    '^(更多)?(相关|推荐|延伸|热门|猜你喜欢)(新闻|阅读|文章|链接|报道|内容)',
    '^(上一页|下一页|上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印】|【关闭】)',
    '^(分享|打印|关闭|收藏)(\\s*[|｜]\\s*(分享|打印|关闭|收藏))+$',
    '^Share this page',
    // Print-edition line under People's Daily articles: "《 人民日报 》（ 2024年01月05日 04 版）".
    '^《[^》]{1,20}》\\s*[（(]\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d+\\s*版\\s*[）)]$',
    '^(Print|Share)( this)?( page)?$',
  ].join('|'),
  'i',
);

export function isNoiseElement(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el)) || isHidden(el)) return true;
  if (nameTokens(el).some((t) => NOISE_TOKENS.has(t))) return true;
  return nameWords(el).some((w) => NOISE_WORDS.has(w));
}

export function isNoiseLine(text: string): boolean {
  return NOISE_LINE.test(toSimplified(collapseSpace(text)));
}

/** isNoiseLine of an element's collapsed line (lineOf), remembered during a detection run. */
const isNoiseBlock = (el: Element, line: string) => memo('noiseLine', el, () => NOISE_LINE.test(toSimplified(line)));

/** Whether a block element lies anywhere under `el` (a tree walk: no selector to compile). */
function hasBlockDescendant(el: Element): boolean {
  return memo('hasBlockDescendant', el, (e) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (BLOCK_TAGS.has(tagOf(c)) || hasBlockDescendant(c)) return true;
    }
    return false;
  });
}

/** A paragraph made only of bold text and short enough to be a sub-heading (`t`: its collapsed line). */
function looksLikeBoldHeading(el: Element, t: string): boolean {
  if (!t || t.length > 60) return false;
  const bold = safeQueryAll(el, 'strong,b')
    .map((b) => lineOf(b))
    .join('');
  return bold.replace(/\s/g, '') === t.replace(/\s/g, '');
}

/** Numbered section heads. Not "第八条": an article of a regulation is a rule, however short. */
const NUMBERED_HEADING =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|Sec(tion)?\.?\s*\d+\.)/;

/** The kind of a block element whose collapsed line is `t`. */
function blockKind(el: Element, t: string): BlockKind {
  const tag = tagOf(el);
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'listItem';
  if (looksLikeBoldHeading(el, t)) return 'heading';
  if (NUMBERED_HEADING.test(t) && t.length <= 40 && !/[。；;！!？?]$/.test(t)) return 'heading';
  return 'paragraph';
}

export interface BlockOptions {
  /** The article title: a heading with exactly this text is the title, not body text. */
  title?: string;
  /** Extra furniture selectors of the site adapter. */
  noiseSelectors?: readonly string[];
}

/** Blocks cut between two pauses of extractBlockSteps. */
const BLOCKS_PER_STEP = 40;

/**
 * Cuts the body into blocks in document order. A block is the smallest element that holds
 * text and no other block element, so its text is exactly `node.textContent`.
 */
export function extractBlocks(root: Element, options: BlockOptions = {}): { blocks: ArticleBlock[]; text: string } {
  return runSteps(extractBlockSteps(root, options));
}

/** extractBlocks, pausing after every BLOCKS_PER_STEP blocks (./steps.ts). */
export function* extractBlockSteps(
  root: Element,
  options: BlockOptions = {},
): Steps<{ blocks: ArticleBlock[]; text: string }> {
  const noise = new Set<Element>();
  for (const sel of options.noiseSelectors ?? [])
    for (const el of safeQueryAll(root, sel)) if (el !== root) noise.add(el);
  const title = options.title ? collapseSpace(options.title).replace(/\s/g, '') : '';
  const blocks: ArticleBlock[] = [];
  let offset = 0;

  // The line, noise verdict and kind of an element are remembered for the run: detection
  // extracts the body twice (once to weigh it, once with the title and noise selectors).
  const emit = (el: Element) => {
    const text = textOf(el);
    const line = lineOf(el);
    if (!line || isNoiseBlock(el, line)) return;
    if (title && line.replace(/\s/g, '') === title) return;
    // A block made only of short links is a menu or a related-news entry, not prose.
    if (linkDensity(el) > 0.6 && contentWeight(line) < 40) return;
    blocks.push({ kind: memo('blockKind', el, () => blockKind(el, line)), node: el, text, start: offset });
    offset += text.length + 1;
  };

  // Depth first in document order, with a stack of the elements still to visit (the walk
  // pauses between blocks).
  const stack: Element[] = [root];
  let emitted = 0;
  while (stack.length) {
    const el = stack.pop()!;
    const isRoot = el === root;
    if (!isRoot && (noise.has(el) || isNoiseElement(el))) continue;
    if (hasBlockDescendant(el)) {
      const children = childElements(el);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    if (isRoot && SKIP_TAGS.has(tagOf(el))) continue;
    emit(el);
    if (++emitted % BLOCKS_PER_STEP === 0) yield;
  }
  return { blocks, text: blocks.map((b) => b.text).join('\n') };
}

/** Whether a block counts as a real paragraph of prose when judging if a page is an article. */
export function isSubstantial(text: string): boolean {
  return countCjk(text) >= 20 || countLatinWords(text) >= 15;
}

/**
 * A block's contentWeight and whether it isSubstantial, counted in one pass over its text and
 * remembered during a detection run (the body is weighed, then judged, block by block).
 */
export function blockWeight(block: Pick<ArticleBlock, 'node' | 'text'>): { weight: number; substantial: boolean } {
  return memo('blockWeight', block.node, () => {
    const cjk = countCjk(block.text);
    const words = countLatinWords(block.text);
    return { weight: cjk + words, substantial: cjk >= 20 || words >= 15 };
  });
}

function paragraphWeight(text: string): number {
  const cjk = countCjk(text);
  const words = countLatinWords(text);
  if (cjk < 12 && words < 10) return 0;
  return 1 + Math.min(3, (cjk + words * 1.5) / 60);
}

/**
 * Generic body finder: every paragraph-like element with enough text gives points to its
 * parent (full), grandparent (half) and great-grandparent (a third); a container's score is
 * then discounted by its link density. Furniture containers never score.
 */
export function findBodyByScore(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const candidates = safeQueryAll(doc, 'p, pre, td, div, section, li, blockquote');
  for (const el of candidates) {
    const tag = tagOf(el);
    if (tag !== 'P' && tag !== 'PRE' && hasBlockDescendant(el)) continue; // containers are scored through children
    const text = lineOf(el);
    const weight = paragraphWeight(text);
    if (!weight || linkDensity(el) > 0.5) continue;
    if (insideNoise(el)) continue;
    let ancestor = parentElementOf(el);
    for (const share of [1, 0.5, 1 / 3]) {
      if (!ancestor || tagOf(ancestor) === 'BODY' || tagOf(ancestor) === 'HTML') break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight * share);
      ancestor = parentElementOf(ancestor);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(el));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return best;
}

function insideNoise(el: Element): boolean {
  for (let a = parentElementOf(el); a; a = parentElementOf(a)) {
    const tag = tagOf(a);
    if (tag === 'BODY') return false;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'HEADER') return true;
    if (nameTokens(a).some((t) => NOISE_TOKENS.has(t))) return true;
  }
  return false;
}

/** Enough prose to be an article body (used for adapter selectors that may hit an empty shell). */
export function* bodyWeightSteps(el: Element): Steps<{ weight: number; paragraphs: number; linkDensity: number }> {
  const { blocks } = yield* extractBlockSteps(el);
  let weight = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    const w = blockWeight(b);
    weight += w.weight;
    if (w.substantial) paragraphs++;
  }
  return { weight, paragraphs, linkDensity: linkDensity(el) };
}
