/**
 * Page furniture: the elements and lines around or inside an article body that are never its
 * text (share bars, editor lines, related-news lists, print links), by tag, by class or id
 * word, and by the line's own wording. Body finding (body.ts) and block cutting (blocks.ts) skip
 * them.
 */
import { ancestorVerdict, isHidden, memo, nameTokens, nameWords, parentElementOf, tagOf } from './dom';
import { simplifiedCode, toSimplified } from './hant';
import { chineseLabels, EDITOR_LABELS, KEYWORD_LABELS, PUBLISHED_LABELS, SOURCE_LABELS } from './field-labels';
import { collapseSpace, escapeRegExp } from './text';

/** Elements never holding article text. */
export const SKIP_TAGS = new Set([
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
  'xgwz',
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
/**
 * Tokens that, beside "print" in one class word, make the word a print-media modifier (how the element
 * prints: gov.uk's gem-print-columns-none on the body's row, govuk-!-display-none-print on its column,
 * Bootstrap's hidden-print, no-print, print-only) rather than a print button or link.
 */
const PRINT_MEDIA_TOKENS = new Set([
  'none',
  'hidden',
  'hide',
  'visible',
  'show',
  'columns',
  'display',
  'dont',
  'no',
  'only',
]);

/**
 * Tokens that, beside a furniture token in one class word, make the word name a layout that holds the furniture
 * and the body side by side (gov.uk's "sidebar-with-body" on the row above its body, WordPress's "has-sidebar",
 * "page-with-nav"), not the furniture itself.
 */
const LAYOUT_TOKENS = new Set(['with', 'has', 'without']);

/** The element's class and id tokens that name furniture (NOISE_TOKENS), print-media modifiers and layouts aside. */
function hasNoiseToken(el: Element): boolean {
  const tokens = nameTokens(el);
  if (!tokens.some((t) => NOISE_TOKENS.has(t))) return false;
  for (const word of nameWords(el)) {
    const parts = word.split(/[_-]+/);
    if (!parts.some((t) => NOISE_TOKENS.has(t)) || parts.some((t) => LAYOUT_TOKENS.has(t))) continue;
    if (!parts.includes('print') || !parts.some((t) => PRINT_MEDIA_TOKENS.has(t))) return true;
    if (parts.some((t) => t !== 'print' && NOISE_TOKENS.has(t))) return true;
  }
  return false;
}

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

/**
 * The labels of metadata fields (field-labels.ts), which open a furniture line inside the body ("责任编辑：",
 * "来源：", "关键词："); of the sources only the Chinese ones ("From:" opens English sentences).
 */
const FIELD_LABELS = [
  ...EDITOR_LABELS,
  // Of the author labels only 作者: 记者： opens an interview's question, 文： a line of prose.
  '作者',
  ...chineseLabels(SOURCE_LABELS),
  ...KEYWORD_LABELS,
  ...PUBLISHED_LABELS,
];

/**
 * The words furniture lines open with, by kind: NOISE_LINE is written from them, and so is the
 * test of a line's opening that keeps the pattern from running (mayBeNoiseLine).
 */
// (and a program's airing time in a video page's side box, "播出时间：每天19:00 CCTV-1")
const LABEL_OPENINGS = [...FIELD_LABELS, '原标题', '字号', '打印', '分享', '扫一扫', '播出时间', 'Share'];
const CORRECTION_OPENINGS = ['我要纠错', '纠错'];
const RELATED_WORDS = ['相关', '推荐', '延伸', '热门', '猜你喜欢'];
const PAGING_OPENINGS = ['上一页', '下一页', '上一篇', '下一篇', '返回顶部', '打印本页', '关闭窗口'];
const TOOL_OPENINGS = ['分享', '打印', '关闭', '收藏'];
const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join('|');

/** Lines that are furniture even when they sit inside the body (exported for furniture.test.ts). */
export const NOISE_LINE = new RegExp(
  [
    // (a label line: "分享到：" as well as "分享：")
    `^[\\s(（【\\[〔]*(${alternatives(LABEL_OPENINGS).replace('|分享|', '|分享到?|')})\\s*[:：]`,
    '^[\\s【\\[]*(我要)?纠错[】\\]]?',
    `^(更多)?(${alternatives(RELATED_WORDS)})(新闻|阅读|文章|链接|报道|内容)`,
    `^(${alternatives(PAGING_OPENINGS)}|【打印】|【关闭】)`,
    `^(${alternatives(TOOL_OPENINGS)})(\\s*[|｜]\\s*(${alternatives(TOOL_OPENINGS)}))+$`,
    '^Share this page',
    // Print-edition line under People's Daily articles: "《 人民日报 》（ 2024年01月05日 04 版）".
    '^《[^》]{1,20}》\\s*[（(]\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d+\\s*版\\s*[）)]$',
    '^(Print|Share)( this)?( page)?$',
  ].join('|'),
  'i',
);

export function isNoiseElement(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el)) || isHidden(el)) return true;
  if (hasNoiseToken(el)) return true;
  return nameWords(el).some((w) => NOISE_WORDS.has(w));
}

/** Characters a NOISE_LINE match can open with before its words: brackets (white space aside). */
const NOISE_BRACKETS = '(（【[〔《';
/**
 * The texts every NOISE_LINE match that opens with no bracket or white space opens with
 * (furniture.test.ts checks them against the pattern).
 */
const NOISE_OPENINGS = new Set([
  ...LABEL_OPENINGS,
  ...CORRECTION_OPENINGS,
  '更多',
  ...RELATED_WORDS,
  ...PAGING_OPENINGS,
  ...TOOL_OPENINGS,
  'Print',
]);
/** The pattern's i flag, without u, folds only ASCII letters. */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);
const pairKey = (a: number, b: number) => lowerAscii(a) * 0x10000 + lowerAscii(b);
/** NOISE_OPENINGS by their first two characters. */
const OPENINGS_BY_PAIR = new Map<number, string[]>();
for (const w of NOISE_OPENINGS) {
  const key = pairKey(w.charCodeAt(0), w.charCodeAt(1));
  OPENINGS_BY_PAIR.set(key, [...(OPENINGS_BY_PAIR.get(key) ?? []), w]);
}
/** Whether `line`, read simplified and ASCII letters lower-cased, opens with `word`. */
function opensWith(line: string, word: string): boolean {
  if (line.length < word.length) return false;
  for (let i = 0; i < word.length; i++)
    if (lowerAscii(simplifiedCode(line.charCodeAt(i))) !== lowerAscii(word.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether a collapsed line (no white space around it) can be a NOISE_LINE, from the text it opens
 * with. A content script detects a page once, in a fresh realm, where the pattern (~500
 * characters, case-insensitive) costs more to compile than to run: a page none of whose lines
 * opens so never compiles it.
 */
function mayBeNoiseLine(line: string): boolean {
  const a = line.charCodeAt(0);
  if (a <= 0x20 || NOISE_BRACKETS.includes(line.charAt(0))) return true;
  const words = OPENINGS_BY_PAIR.get(pairKey(simplifiedCode(a), simplifiedCode(line.charCodeAt(1))));
  return !!words && words.some((w) => opensWith(line, w));
}

export function isNoiseLine(text: string): boolean {
  const line = collapseSpace(text);
  return mayBeNoiseLine(line) && NOISE_LINE.test(toSimplified(line));
}

/** isNoiseLine of an element's collapsed line (lineOf), remembered during a detection run. */
/** Whether a block's line is furniture; `key` (its element, or a run's first node) keys the run's memo. */
export const isNoiseBlock = (key: object, line: string) =>
  memo('noiseLine', key, () => mayBeNoiseLine(line) && NOISE_LINE.test(toSimplified(line)));

/** Whether an ancestor of `el` (below <body>) is page furniture: a nav, footer, aside or header, or a furniture class. */
export function insideNoise(el: Element): boolean {
  const parent = parentElementOf(el);
  return !!parent && ancestorVerdict('noiseFrom', parent, noiseVerdict);
}

/** Whether `a` is furniture (true), is <body> (false: nothing above it counts) or leaves it to its parent (null). */
function noiseVerdict(a: Element): boolean | null {
  const tag = tagOf(a);
  if (tag === 'BODY') return false;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'HEADER') return true;
  return hasNoiseToken(a) ? true : null;
}
