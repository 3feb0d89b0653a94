/**
 * How a metadata field's text is read from the page's elements: without the page utilities inside them, with the
 * labels an old template draws as images.
 *
 * Page utilities sit where a field's value could: a print link next to 来源, a share bar inside the date line
 * ("来源：中国新闻网 <a>微博</a><a>微信</a>"), the e-mail and subscribe links a template puts in its metadata line
 * ("From: <a>Email</a><a>Sign up</a> <a>Department for X</a>"). None is ever a source, an author or an editor
 * (session 37: such widgets, put in the golds' info lines by scripts/meta-robustness.ts markup, made the source
 * "EmailSign up" or "分享到：微信微博某某日报" on 250 of 319 pages). `fieldText` reads an element's text without them
 * and with the labels its images draw; `withImageLabel` a text node's.
 */
import { ELEMENT_NODE, tagOf, TEXT_NODE, textOf } from './dom';
import { AUTHOR_LABELS, chineseLabels, EDITOR_LABELS, PUBLISHED_LABELS, SOURCE_LABELS } from './field-labels';
import { toSimplified } from './hant';
import { collapseSpace } from './text';

/** A utility's whole text (a colon may end it: "分享到："). */
const UTILITY =
  /^(?:打印|列印|打印本页|关闭|关闭窗口|分享|分享到|复制链接|复制网址|复制|二维码|扫一扫|收藏|字体|字号|大|中|小|[大中小]字体?|返回|返回顶部|纠错|我要纠错|登录|注册|订阅|邮件|搜索|评论|我要评论|发表评论|查看评论|参与评论|互动|参与互动|参与讨论|留言|我要留言|English|RSS|Print|Share|Close|Comments?|Sign up|Subscribe|(?:新浪|腾讯)?微博|微信|微信好友|朋友圈|QQ空间|QQ好友|QQ|人人网|豆瓣|抖音|快手|Weibo|WeChat|Facebook|Twitter|LinkedIn|WhatsApp|E-?mail)\s*[:：]?$/i;

export const isUtility = (text: string) => UTILITY.test(toSimplified(collapseSpace(text)));

/**
 * A share bar's links name networks and actions ("复制链接", "微博"), never the outlet. Templates put the bar inside
 * the date line, where a selector for the source's link (".info a") reaches it: a bar is an element within a few
 * levels whose class or id says share, or whose text opens with 分享到：.
 */
const SHARE_NAME = /share|fenxiang/i;
const SHARE_LEAD = /^\s*分享(?:到)?\s*[:：]/;
export function inShareBar(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 4 && e.tagName !== 'BODY'; depth++, e = e.parentElement) {
    if (SHARE_NAME.test(e.getAttribute('class') ?? '') || SHARE_NAME.test(e.id)) return true;
    if (depth > 0 && SHARE_LEAD.test(e.textContent ?? '')) return true;
  }
  return false;
}

/**
 * An element that is a utility or a bar of them: its text a utility word, or opening with 分享到：, or made of
 * utility links alone ("<span><a>Email</a><a>Sign up</a></span>").
 */
export function isUtilityElement(el: Element): boolean {
  const text = textOf(el);
  if (!text.trim() || text.length > 80) return false;
  if (SHARE_LEAD.test(text) || isUtility(text)) return true;
  let any = false;
  for (const c of el.childNodes) {
    if (c.nodeType === TEXT_NODE) {
      if ((c.textContent ?? '').trim()) return false;
    } else if (c.nodeType === ELEMENT_NODE) {
      if (!isUtilityElement(c as Element)) return false;
      any = true;
    }
  }
  return any;
}

/**
 * Field labels an old template draws as images, their alt text the label ("<img src="ly.gif" alt="来源：">新华社"):
 * read in front of the text after them. Session 37's meta-robustness markup (altlabel) lost the source on 96 of
 * 195 fixture pages with the label so drawn.
 */
const IMAGE_LABELS = new Set(
  chineseLabels([...SOURCE_LABELS, ...EDITOR_LABELS, ...AUTHOR_LABELS, ...PUBLISHED_LABELS]).filter(
    (l) => l.length > 1,
  ),
);
const IMAGE_LABEL_ALT = /^(\S{2,6}?)\s*[:：]?$/;

/**
 * The text node's text, the label an image just before it draws in front of it
 * (a zone line, an editor's line).
 */
export function withImageLabel(node: Text): string {
  let prev = node.previousSibling;
  if (prev?.nodeType === TEXT_NODE && !(prev.textContent ?? '').trim()) prev = prev.previousSibling;
  const text = textOf(node);
  if (prev?.nodeType !== ELEMENT_NODE || tagOf(prev as Element) !== 'IMG') return text;
  const label = imageLabel(prev as Element);
  return label ? `${label}${text.trimStart()}` : text;
}

/** The label an image draws, with its colon ("来源："), or ''. */
function imageLabel(img: Element): string {
  const alt = IMAGE_LABEL_ALT.exec((img.getAttribute('alt') ?? '').trim());
  return alt && IMAGE_LABELS.has(toSimplified(alt[1]!)) ? `${alt[1]}：` : '';
}

/**
 * The element's text without the utilities inside it (not the element itself: a selector's own match is judged by
 * its caller). An element without element children is read as it stands.
 */
export function fieldText(el: Element): string {
  if (!el.firstElementChild) return textOf(el);
  let out = '';
  for (const c of el.childNodes) {
    if (c.nodeType === TEXT_NODE) out += c.textContent ?? '';
    else if (c.nodeType === ELEMENT_NODE) {
      const e = c as Element;
      const tag = tagOf(e);
      if (tag === 'IMG') out += imageLabel(e);
      else if (tag === 'BR') out += ' ';
      else if (!isUtilityElement(e)) out += PARTED.has(tag) ? ` ${fieldText(e)} ` : fieldText(e);
    }
  }
  return out;
}

/**
 * Elements a browser shows apart from the text beside them, which the page's text glues to it: a layout table's
 * cells ("<td>编辑：</td><td>甲</td><td>责任编辑：</td><td>乙</td>" reads "编辑：甲责任编辑：乙", where 责任编辑 glued to a
 * name is no label) and a line break. Read with a space on each side, as a browser's innerText parts them.
 */
const PARTED: ReadonlySet<string> = new Set(['TD', 'TH']);
