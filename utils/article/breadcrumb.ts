/**
 * The breadcrumb channel of an article page ("首页 > 政务公开 > 政府文件").
 *
 * Read, in order, from the site adapter's breadcrumb selectors, the page's JSON-LD
 * BreadcrumbList, and then found by its shape wherever a template puts it: a short block of
 * two or more links joined only by separators (> » › → / -) or led by a 当前位置 label, whose
 * links climb the site (each one at least as deep as the one before, all on the page's site).
 * The generic selectors and a bare 当前位置 line come last. Utility links (搜索, 登录, English)
 * are never names, and neither is the article's own title, a date, a sentence, or a field's
 * value (the link after 来源：, Source:). A template's one-name category label yields to a printed
 * trail that holds it.
 */
import type { SiteAdapter } from './adapters';
import { contains, lineOf, metaContent, pageBody, parentElementOf, safeQueryAll, tagOf, textOf } from './dom';
import { textNodes } from './text-nodes';
import { toSimplified } from './hant';
import { jsonString, nodesAboveTitle, nodesBelowTitle, squash, typesOf, type Json } from './meta';
import { META_NAMES } from './meta-names';
import { parseDate } from './dates';
import { AUTHOR_LABELS, CURRENT_PAGE_WORDS, EDITOR_LABELS, PUBLISHED_LABELS, SOURCE_LABELS } from './field-labels';
import { collapseSpace, contentWeight, isMostlyCjk } from './text';

/** 当前位置 / 您现在的位置 / 您所在的位置 / 您当前所在的位置 / 所在位置 / 位置 / You are here. */
const BREADCRUMB_LABEL = /^(?:您?(?:当前|现在|目前)?(?:所在|所处)?的?位置|You are here)\s*[:：]?\s*/i;
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
/**
 * The longest a channel's name runs: 40 Chinese characters, or 12 English words — a taxonomy's
 * English names are long ("Further and higher education, skills and vocational training" on
 * gov.uk, 60 characters). Longer is a headline or a sentence, not a channel.
 */
const MAX_NAME_WEIGHT = { cjk: 40, latin: 12 };
/**
 * A field label with its colon ("来源：", "Source:", "责任编辑："): a link after one gives the field's
 * value, and a name holding one is a field line. Some templates print the date-and-source line in
 * a container a breadcrumb selector also names (people.com.cn's `.channel .fl`: "2024年07月04日 |
 * 来源：<a>人民网－人民日报</a>"); a trail never labels its links so.
 */
const FIELD_LABELS = [...SOURCE_LABELS, ...PUBLISHED_LABELS, ...EDITOR_LABELS, ...AUTHOR_LABELS]
  .filter((l) => l.length > 1)
  .join('|');
const FIELD_LABEL = new RegExp(`(?<![A-Za-z])(?:${FIELD_LABELS})\\s*[:：]`, 'i');
const FIELD_LABEL_AT_END = new RegExp(`(?<![A-Za-z])(?:${FIELD_LABELS})\\s*[:：]\\s*$`, 'i');
/** Words a printed date may hold besides its numbers ("March 12, 2026", "2026年3月12日 星期四"). */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:am|pm|on|at)\b|[年月日时分秒号]|星期.|周./gi;

/** Names of a breadcrumb container: its link texts, or its text split at the arrows. */
export function breadcrumbNames(el: Element, title: string | null): string[] {
  const unlabel = (s: string) => s.replace(BREADCRUMB_LABEL, '');
  const linkEls = crumbLinks(el);
  let names = linkEls.map((a) => unlabel(lineOf(a))).filter(Boolean);
  const current = names.length ? currentStep(el, linkEls[linkEls.length - 1]!, title) : null;
  if (current) names.push(current);
  if (!names.length) {
    const text = collapseSpace(textOf(el));
    names = text.slice(labelLength(text)).split(BREADCRUMB_SEPARATORS).map(collapseSpace).filter(Boolean);
  }
  const t = title ? squash(title) : '';
  return names.filter(
    (n) =>
      !NOT_A_NAME.test(toSimplified(n)) &&
      !isUtilityLink(n) &&
      squash(n) !== t &&
      !tooLong(n) &&
      !isDateOnly(n) &&
      !FIELD_LABEL.test(toSimplified(n)),
  );
}

/**
 * The trail's last step printed unlinked after its last link ("首页 > 公开 > 政府信息公开 > <span>公文</span>": the
 * section the page sits in). Only a short name after a separator: not the article's title (or a part of it),
 * not a page word (正文, 详情, 文章), nothing with more separators or a sentence's marks.
 */
function currentStep(el: Element, lastLink: Element, title: string | null): string | null {
  const line = lineOf(el);
  const lastName = lineOf(lastLink);
  const at = lastName ? line.lastIndexOf(lastName) : -1;
  if (at < 0) return null;
  const tail = TRAIL_STEP.exec(line.slice(at + lastName.length));
  const name = tail?.[1]?.trim();
  if (
    !name ||
    HAS_SEPARATOR.test(name) ||
    STEP_MARKS.test(name) ||
    contentWeight(name) > MAX_STEP_WEIGHT[isMostlyCjk(name) ? 'cjk' : 'latin']
  )
    return null;
  const simplified = toSimplified(name);
  if (NOT_A_NAME.test(simplified) || CURRENT_PAGE_WORDS.includes(simplified) || isUtilityLink(name) || isDateOnly(name))
    return null;
  if (title && squash(title).includes(squash(name))) return null;
  return name;
}
/** A separator, then the rest of the line. */
const TRAIL_STEP = new RegExp(
  `^\\s*(?:&gt;|[${separatorChars('dash')}]*[${separatorChars('arrow', 'slash')}]+)\\s*(.+)$`,
);
/** A sentence's or a field's marks: no section's name holds them. */
const STEP_MARKS = /[，。：:；;！？!?“”"《》()（）|｜]/;
/** The longest unlinked last step: 8 Chinese characters or 4 English words. */
const MAX_STEP_WEIGHT = { cjk: 8, latin: 4 };

const tooLong = (name: string) =>
  contentWeight(name) > (isMostlyCjk(name) ? MAX_NAME_WEIGHT.cjk : MAX_NAME_WEIGHT.latin) ||
  // (a run of digits and signs weighs nothing, but is no name either)
  name.length > 120;

/**
 * A name that is only a date: the page's date printed in a block a breadcrumb selector names
 * (whitehouse.gov's topper holds the category and the date, sometimes the date alone). A
 * channel is never a day.
 */
export function isDateOnly(name: string): boolean {
  return parseDate(name) !== null && !/\p{L}/u.test(name.replace(DATE_WORDS, ''));
}

/** The links of a container but those giving a field's value ("来源：<a>人民日报</a>": the source, no crumb). */
function crumbLinks(el: Element): Element[] {
  const line = toSimplified(lineOf(el));
  let from = 0;
  return safeQueryAll(el, 'a').filter((a) => {
    const name = toSimplified(lineOf(a));
    const at = name ? line.indexOf(name, from) : -1;
    if (at < 0) return true;
    const labelled = FIELD_LABEL_AT_END.test(line.slice(from, at));
    from = at + name.length;
    return !labelled;
  });
}

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

/** The most links a trail holds: a block with more is a menu. */
const MAX_TRAIL_LINKS = 8;

/** A block shaped like a breadcrumb: links, separators between them, links that climb the site. */
function isBreadcrumbShaped(el: Element, pageUrl: string): boolean {
  const links = safeQueryAll(el, 'a');
  if (links.length < 1 || links.length > MAX_TRAIL_LINKS) return false;
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
  // A middle dot or a bullet parts menus' links as often as a trail's ("Briefing Room · Statements and
  // Releases"): read as no separator printed, a trail only when each link's path extends the one before.
  if (!labelled) rest = rest.replace(MENU_SEPARATORS, ' ');
  if (!SEPARATOR_TEXT.test(rest) && !labelled) return false;
  // No separator printed (links set apart by style alone: whitehouse.gov 2021–2025's "Briefing Room
  // Statements and Releases"): a trail when each link's path extends the one before, as no menu's do.
  if (!labelled && !HAS_SEPARATOR.test(rest) && !arrowImage(el, links))
    return links.length >= 2 && nests(links, pageUrl);
  return climbs(links, pageUrl);
}

/**
 * An arrow drawn as an image between two of the links ("<a>首页</a><img src="arrow.gif" alt=""><a>时政</a>", old
 * templates): a separator printed. The image is outside the links, right after one, its alt text empty or an arrow.
 */
function arrowImage(el: Element, links: readonly Element[]): boolean {
  for (const img of safeQueryAll(el, 'img')) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (alt && !SEPARATOR_TEXT.test(alt)) continue;
    // (a link, or the <span> or <li> holding one)
    const before = img.previousElementSibling;
    if (before && links.some((a) => a === before || contains(before, a))) return true;
  }
  return false;
}

/** Separators a trail shares with menus: trusted between links that nest (isBreadcrumbShaped). */
const MENU_SEPARATORS = /[·•・]/g;

/** Whether each link's path (on the page's site) extends the one before it: "/a/" then "/a/b/". */
function nests(links: readonly Element[], pageUrl: string): boolean {
  if (!climbs(links, pageUrl)) return false;
  let previous: string | null = null;
  for (const a of links) {
    let path: string;
    try {
      path = new URL(a.getAttribute('href') ?? '', pageUrl).pathname.replace(/\/?$/, '/');
    } catch {
      return false;
    }
    if (previous !== null && (path === previous || !path.startsWith(previous))) return false;
    previous = path;
  }
  return true;
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

/**
 * The section a page's header names just above its headline, one link alone in its element: whitehouse.gov
 * 2017–2021's "<p class="page-header__section"><a href="/presidential-actions/">Presidential Actions</a></p>",
 * a news site's kicker. A section, not a related link, a logo or a tag: the link leads to a folder the page's own
 * address sits in ("/presidential-actions/" above "/presidential-actions/executive-order-…/"), never the site's
 * root, and its name is as short as a trail's unlinked step. Read where no trail is printed (a trail holding the
 * label is read first), before the channel a meta tag names. A date printed between it and the headline is passed.
 */
function sectionAboveTitle(doc: Document, titleEl: Element, title: string | null, pageUrl: string): string[] {
  const above = nodesAboveTitle(doc, titleEl, 2)
    .reverse()
    .filter((n) => !isDateOnly(collapseSpace(textOf(n))));
  const node = above[0];
  if (!node) return [];
  let link: Element | null = node.parentElement;
  for (let up = 0; link && tagOf(link) !== 'A' && up < 2; up++) link = parentElementOf(link);
  const holder = link && tagOf(link) === 'A' ? parentElementOf(link) : null;
  if (!link || !holder || safeQueryAll(holder, 'a').length !== 1 || lineOf(holder) !== lineOf(link)) return [];
  const name = lineOf(link);
  if (!isShortStep(name, title)) return [];
  return leadsToFolderOf(link, pageUrl) ? withCategoryBelow(doc, titleEl, title, [name], link, pageUrl) : [];
}

/**
 * A one-name channel read from a section label above the headline (its one link, or the link itself: a generic
 * selector's "<a class="topper__breadcrumb">"), followed by the category the header prints under the headline.
 */
function withCategoryBelow(
  doc: Document,
  titleEl: Element,
  title: string | null,
  names: string[],
  el: Element,
  pageUrl: string,
): string[] {
  if (names.length !== 1) return names;
  const links = tagOf(el) === 'A' ? [el] : safeQueryAll(el, 'a');
  const label = links.length === 1 ? links[0]! : null;
  if (!label || lineOf(label) !== names[0] || !leadsToFolderOf(label, pageUrl)) return names;
  const category = categoryBelowTitle(doc, titleEl, title, label, pageUrl);
  return category ? [names[0], category] : names;
}

/**
 * The category a header prints beside the date under the headline, when a section label stands above it
 * (whitehouse.gov 2021–2024: "<a class="topper__breadcrumb" href="/briefing-room/">Briefing Room</a>", the
 * headline, then "November 17, 2022 • <a href="/briefing-room/speeches-remarks/">Speeches and Remarks</a>"):
 * the trail's second step, the way the template's other years print "Briefing Room / Speeches and Remarks"
 * as one trail (the golds of the Briefing Room's pages of 2021–2024 name both: 14 of 14 that name a channel).
 * A link among the few lines under the headline that leads to a folder inside the label's folder, which holds
 * the page's address; a short name, as the label's.
 */
function categoryBelowTitle(
  doc: Document,
  titleEl: Element,
  title: string | null,
  label: Element,
  pageUrl: string,
): string | null {
  const labelFolder = folderOf(label, pageUrl);
  if (!labelFolder) return null;
  for (const node of nodesBelowTitle(doc, titleEl, 4)) {
    let link: Element | null = node.parentElement;
    for (let up = 0; link && tagOf(link) !== 'A' && up < 2; up++) link = parentElementOf(link);
    if (!link || tagOf(link) !== 'A') continue;
    const folder = folderOf(link, pageUrl);
    if (!folder || folder === labelFolder || !folder.startsWith(labelFolder) || !leadsToFolderOf(link, pageUrl))
      continue;
    const name = lineOf(link);
    return isShortStep(name, title) ? name : null;
  }
  return null;
}

/** A short section name: no sentence's marks, no utility link, not the title or a part of it. */
function isShortStep(name: string, title: string | null): boolean {
  return (
    !!name &&
    !STEP_MARKS.test(name) &&
    contentWeight(name) <= MAX_STEP_WEIGHT[isMostlyCjk(name) ? 'cjk' : 'latin'] &&
    !isUtilityLink(name) &&
    !NOT_A_NAME.test(toSimplified(name)) &&
    !(title && squash(title).includes(squash(name)))
  );
}

/** The folder path a link leads to on the page's site ("/briefing-room/"), or null. */
function folderOf(link: Element, pageUrl: string): string | null {
  try {
    const page = new URL(pageUrl);
    const target = new URL(link.getAttribute('href') ?? '', page);
    if (!/^https?:$/.test(target.protocol) || siteOf(target.hostname) !== siteOf(page.hostname)) return null;
    return target.pathname.replace(/(?:index|default)\.\w+$/i, '').replace(/\/?$/, '/');
  } catch {
    return null;
  }
}

/** Whether a link leads to a folder (not the root) that holds the page's address, on the page's site. */
function leadsToFolderOf(link: Element, pageUrl: string): boolean {
  const folder = folderOf(link, pageUrl);
  if (!folder || folder === '/') return false;
  const path = new URL(pageUrl).pathname;
  return path.startsWith(folder) && path.length > folder.length;
}

export function findChannel(
  doc: Document,
  specific: readonly SiteAdapter[],
  generic: SiteAdapter,
  items: Json[],
  title: string | null,
  pageUrl: string,
  /** The headline's element, under which a section label may stand (sectionAboveTitle). */
  titleEl: Element | null = null,
): string[] {
  let found: Element | null = null;
  const fromSelectors = (adapters: readonly SiteAdapter[]) => {
    for (const a of adapters) {
      for (const sel of a.breadcrumbSelectors) {
        for (const el of safeQueryAll(doc, sel)) {
          // A template's menu under a trail's selector (chinanews 2010's "#nav": 首页 国内 国际 … 视频): no trail
          // runs past MAX_TRAIL_LINKS links; the page's trail is elsewhere.
          if (safeQueryAll(el, 'a').length > MAX_TRAIL_LINKS) continue;
          const names = breadcrumbNames(el, title);
          found = el;
          if (names.length) return names;
        }
      }
    }
    return null;
  };
  const specificNames = fromSelectors(specific);
  // A template's one-name category label (whitehouse.gov's topper: "Presidential Actions") yields
  // to a trail printed elsewhere on the page that holds it ("Home / Presidential Actions"): the
  // same place, named in full.
  if (specificNames?.length === 1) {
    const shaped = breadcrumbByShape(doc, pageUrl);
    const trail = shaped ? breadcrumbNames(shaped, title) : [];
    if (trail.length > 1 && trail.includes(specificNames[0]!)) return trail;
  }
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
  if (genericNames)
    return titleEl && found ? withCategoryBelow(doc, titleEl, title, genericNames, found, pageUrl) : genericNames;
  // "当前位置：首页 > 新闻 > 正文" printed in a plain element.
  for (const node of textNodes(pageBody(doc))) {
    if (!labelLength(textOf(node).trim())) continue;
    const parent = node.parentNode as Element | null;
    if (parent) {
      const names = breadcrumbNames(parent, title);
      if (names.length) return names;
    }
  }
  const section = titleEl ? sectionAboveTitle(doc, titleEl, title, pageUrl) : [];
  if (section.length) return section;
  // No trail printed: the channel the page names in its meta tags (a government page's ColumnName).
  const column = metaContent(doc, META_NAMES.channel);
  return column && !isUtilityLink(column) && (!title || squash(column) !== squash(title)) ? [column] : [];
}
