/**
 * The breadcrumb channel of an article page ("首页 > 政务公开 > 政府文件").
 *
 * Read, in order, from the site adapter's breadcrumb selectors, the page's JSON-LD
 * BreadcrumbList, and then found by its shape wherever a template puts it: a short block of
 * two or more links joined only by separators (> » › → / -) or led by a 当前位置 label, whose
 * links climb the site (each one at least as deep as the one before, all on the page's site).
 * The generic selectors and a bare 当前位置 line come last. Utility links (搜索, 登录, English)
 * are never names, and neither is the article's own title.
 */
import type { SiteAdapter } from './adapters';
import { lineOf, metaContent, pageBody, parentElementOf, safeQueryAll, tagOf, textOf } from './dom';
import { textNodes } from './text-nodes';
import { toSimplified } from './hant';
import { jsonString, squash, typesOf, type Json } from './meta';
import { META_NAMES } from './meta-names';
import { collapseSpace } from './text';

/** 当前位置 / 您现在的位置 / 您所在的位置 / 所在位置 / 位置 / You are here. */
const BREADCRUMB_LABEL = /^(?:您?(?:当前|现在|所在)?的?位置|You are here)\s*[:：]?\s*/i;
/**
 * What separates the links of a breadcrumb, one table for every reader of trails (here, and
 * byline.ts's source links inside a trail). `arrow`: points down the trail ("首页 > 新闻",
 * "首页〉新闻", "首页 ▶ 新闻"); `slash`: "首页 / 新闻"; `dash`: only with an arrow ("-->") or
 * alone between links, never to cut a name's text at ("粤港澳大湾区-深圳"). A menu uses "|", a
 * breadcrumb never.
 */
const TRAIL_SEPARATORS: readonly { chars: string; kind: 'arrow' | 'slash' | 'dash' }[] = [
  { chars: '>＞»›→〉❯▶►▸', kind: 'arrow' },
  { chars: '/', kind: 'slash' },
  { chars: '-–—', kind: 'dash' },
];
const separatorChars = (...kinds: string[]) =>
  TRAIL_SEPARATORS.filter((s) => kinds.includes(s.kind))
    .map((s) => s.chars)
    .join('')
    .replace(/[-\\\]^/]/g, '\\$&');
/** A trail's arrows, as a regex character class's contents (byline.ts). */
export const TRAIL_ARROWS = separatorChars('arrow');
/** Where a trail printed as text is cut: arrows and slashes, a dash or two before an arrow ("-->"). */
const BREADCRUMB_SEPARATORS = new RegExp(
  `\\s*(?:&gt;|[${separatorChars('dash')}]*[${separatorChars('arrow', 'slash')}]+)\\s*`,
);
/** What may stand between the links of a breadcrumb. */
const SEPARATOR_TEXT = new RegExp(`^[\\s${separatorChars('arrow', 'slash', 'dash')}]*$`);
const HAS_SEPARATOR = new RegExp(`[${separatorChars('arrow', 'slash', 'dash')}]`);
/** Links that are page utilities, never a channel. */
const UTILITY_LINK =
  /^(?:搜索|登录|注册|退出|English|ENGLISH|繁体|繁體|简体|无障碍|长者模式|手机版|客户端|APP|RSS|邮箱|网站地图|设为首页|加入收藏|上一篇|下一篇|Login|Sign in|Search|Subscribe)$/i;
const NOT_A_NAME = /^(正文|内容|详情|正文内容|Current page)$/;

/** Names of a breadcrumb container: its link texts, or its text split at the arrows. */
export function breadcrumbNames(el: Element, title: string | null): string[] {
  const unlabel = (s: string) => s.replace(BREADCRUMB_LABEL, '');
  const links = safeQueryAll(el, 'a').map((a) => unlabel(lineOf(a)));
  let names = links.filter(Boolean);
  if (!names.length) {
    const text = collapseSpace(textOf(el));
    names = text.slice(labelLength(text)).split(BREADCRUMB_SEPARATORS).map(collapseSpace).filter(Boolean);
  }
  const t = title ? squash(title) : '';
  return names.filter(
    (n) => !NOT_A_NAME.test(toSimplified(n)) && !isUtilityLink(n) && squash(n) !== t && n.length <= maxNameLength(n),
  );
}

/**
 * The longest channel name: 40 characters in Chinese (a longer link is a headline), 80 in a Latin script, where
 * a topic's name is words, not characters (gov.uk: "Further and higher education, skills and vocational training").
 */
const maxNameLength = (n: string) => (/[\u3400-\u9fff]/.test(n) ? 40 : 80);

/** Length of a leading 当前位置 label (its simplified reading has the same length). */
function labelLength(text: string): number {
  return BREADCRUMB_LABEL.exec(toSimplified(text))?.[0].length ?? 0;
}

const isUtilityLink = (name: string) => UTILITY_LINK.test(toSimplified(name));

/** The site of a host: its last two labels (news.cnr.cn and www.cnr.cn are one site). */
function siteOf(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** Depth of a path: "/" 0, "/xwzx/gnsz/" 2, "/GB/64093/64387/index.html" 3. */
function depthOf(path: string): number {
  return path
    .replace(/\/(?:index|default)\.\w+$/i, '/')
    .split('/')
    .filter(Boolean).length;
}

/** Whether the links go from the site's top down: all on the page's site, none shallower than the one before. */
function climbs(links: readonly Element[], pageUrl: string): boolean {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  let depth = -1;
  for (const a of links) {
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', page);
    } catch {
      return false;
    }
    if (!/^https?:$/.test(target.protocol) || siteOf(target.hostname) !== siteOf(page.hostname)) return false;
    const d = depthOf(target.pathname);
    if (d < depth) return false;
    depth = d;
  }
  return true;
}

/** A block shaped like a breadcrumb: links, separators between them, links that climb the site. */
function isBreadcrumbShaped(el: Element, pageUrl: string): boolean {
  const links = safeQueryAll(el, 'a');
  if (links.length < 1 || links.length > 8) return false;
  const line = lineOf(el);
  if (line.length > 150) return false;
  const labelled = labelLength(line) > 0;
  if (links.length < 2 && !labelled) return false;
  let rest = line.slice(labelLength(line));
  for (const a of links) {
    const name = lineOf(a);
    if (!name || isUtilityLink(name)) return false;
    rest = rest.replace(name, ' ');
  }
  // Only separators (and a trailing 正文 or title) may remain between the links.
  rest = rest.replace(/正文|正文内容|内容|详情/g, ' ');
  if (!SEPARATOR_TEXT.test(rest) && !labelled) return false;
  if (!labelled && !HAS_SEPARATOR.test(rest)) return false;
  return climbs(links, pageUrl);
}

/** The first block of the page shaped like a breadcrumb (its links' nearest common container). */
function breadcrumbByShape(doc: Document, pageUrl: string): Element | null {
  const seen = new Set<Element>();
  for (const a of safeQueryAll(doc, 'a')) {
    // The container of a link and its neighbours: its parent, or the parent's parent when each
    // link sits in its own <span>/<li>.
    for (let el = parentElementOf(a), up = 0; el && up < 3; el = parentElementOf(el), up++) {
      const tag = tagOf(el);
      if (tag === 'BODY' || tag === 'HTML') break;
      if (seen.has(el)) break;
      seen.add(el);
      if (safeQueryAll(el, 'a').length >= 2 || up === 2) {
        if (isBreadcrumbShaped(el, pageUrl)) return el;
        break;
      }
    }
  }
  return null;
}

export function findChannel(
  doc: Document,
  specific: readonly SiteAdapter[],
  generic: SiteAdapter,
  items: Json[],
  title: string | null,
  pageUrl: string,
): string[] {
  const fromSelectors = (adapters: readonly SiteAdapter[]) => {
    for (const a of adapters) {
      for (const sel of a.breadcrumbSelectors) {
        for (const el of safeQueryAll(doc, sel)) {
          const names = breadcrumbNames(el, title);
          if (names.length) return names;
        }
      }
    }
    return null;
  };
  const specificNames = fromSelectors(specific);
  if (specificNames) return specificNames;
  const list = items.find((o) => typesOf(o).includes('BreadcrumbList'));
  const elements = list?.['itemListElement'];
  if (Array.isArray(elements)) {
    const names = elements
      .map((e) => (e && typeof e === 'object' ? (e as Json) : {}))
      .sort((x, y) => Number(x['position'] ?? 0) - Number(y['position'] ?? 0))
      .map((e) => jsonString(e['name']) ?? jsonString(e['item']))
      .filter((n): n is string => !!n && !/^https?:/.test(n) && (!title || squash(n) !== squash(title)));
    if (names.length) return names;
  }
  const shaped = breadcrumbByShape(doc, pageUrl);
  if (shaped) {
    const names = breadcrumbNames(shaped, title);
    if (names.length) return names;
  }
  const genericNames = fromSelectors([generic]);
  if (genericNames) return genericNames;
  // "当前位置：首页 > 新闻 > 正文" printed in a plain element.
  for (const node of textNodes(pageBody(doc))) {
    if (!labelLength(textOf(node).trim())) continue;
    const parent = node.parentNode as Element | null;
    if (parent) {
      const names = breadcrumbNames(parent, title);
      if (names.length) return names;
    }
  }
  // No trail printed: the channel the page names in its meta tags (a government page's ColumnName).
  const column = metaContent(doc, META_NAMES.channel);
  return column && !isUtilityLink(column) && (!title || squash(column) !== squash(title)) ? [column] : [];
}
