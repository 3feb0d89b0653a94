/**
 * Page furniture: the elements and lines around or inside an article body that are never its
 * text (share bars, editor lines, related-news lists, print links), by tag, by class or id
 * word, and by the line's own wording. Body finding (body.ts) and block cutting (blocks.ts) skip
 * them.
 */
import { isHidden, memo, nameTokens, nameWords, parentElementOf, tagOf } from './dom';
import { toSimplified } from './hant';
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

/** Lines that are furniture even when they sit inside the body. */
const NOISE_LINE = new RegExp(
  [
    `^[\\s(（【\\[〔]*(${FIELD_LABELS.map(escapeRegExp).join('|')}|原标题|字号|打印|分享到?|扫一扫|Share)\\s*[:：]`,
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
export const isNoiseBlock = (el: Element, line: string) =>
  memo('noiseLine', el, () => NOISE_LINE.test(toSimplified(line)));

/** Whether an ancestor of `el` (below <body>) is page furniture: a nav, footer, aside or header, or a furniture class. */
export function insideNoise(el: Element): boolean {
  for (let a = parentElementOf(el); a; a = parentElementOf(a)) {
    const tag = tagOf(a);
    if (tag === 'BODY') return false;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'HEADER') return true;
    if (nameTokens(a).some((t) => NOISE_TOKENS.has(t))) return true;
  }
  return false;
}
