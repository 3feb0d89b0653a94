/**
 * Article metadata: title, date, keywords, the JSON-LD and the header zone the other finders read.
 * Source, editor and author are in byline.ts, the breadcrumb channel in breadcrumb.ts, labelled
 * fields (a policy document's issuer and number) in label-cells.ts.
 *
 * Each field is read from the most reliable place first: the site adapter's selectors, then
 * structured data (JSON-LD, Open Graph, meta names), then labelled lines near the title
 * ("来源：新华社", "编辑：张三"). Labels and brackets are stripped.
 */
import type { SiteAdapter } from './adapters';
import { chooseDate, parseDate, type DateCandidate } from './dates';
import type { TimeZoneId } from './time-zones';
import {
  contains,
  firstText,
  lineOf,
  metaContent,
  metaContents,
  pageBody,
  parentElementOf,
  safeQueryAll,
  tagOf,
  textOf,
} from './dom';
import { firstTextNode, textNodes } from './text-nodes';
import { isUtility } from './field-text';
import { labelledCell } from './label-cells';
import { META_NAMES } from './meta-names';
import { ISSUED_LABELS, KEYWORD_LABELS, PUBLISHED_LABELS, RECORD_DATE_LABELS } from './field-labels';
import { collapseSpace, escapeRegExp, stripLabel } from './text';
import { dayInUrl } from './page-url';

export type Json = Record<string, unknown>;

/** All JSON-LD objects of the page, flattened out of arrays and @graph. */
export function readJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of safeQueryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(textOf(s)));
    } catch {
      // A broken JSON-LD block is common; the other sources still work.
    }
  }
  return out;
}

export function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPES = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'GovernmentArticle',
  'ScholarlyArticle',
  'Report',
];

export function jsonLdArticle(items: Json[]): Json | null {
  return items.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.includes(t))) ?? null;
}

/**
 * The character references some JSON-LD writers leave in their strings (WordPress/Yoast: "Briefings &amp;
 * Statements", "… &#8211; The White House"; gov.uk: "Food &amp; Rural Affairs"): a script's text is not
 * decoded by the HTML parser as an attribute's is. Only the named ones such strings use, and numeric ones.
 */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
function decodeReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(CHARACTER_REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function jsonString(v: unknown): string | null {
  if (typeof v === 'string') return collapseSpace(decodeReferences(v)) || null;
  if (Array.isArray(v)) return jsonString(v[0]);
  if (v && typeof v === 'object') return jsonString((v as Json)['name']);
  return null;
}

export function jsonNames(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(jsonNames);
  const s = jsonString(v);
  return s ? [s] : [];
}

/** Removes the " - Site" / "--频道--人民网" / " | Site" tail that pages add to <title>. */
export function stripTitleSuffix(title: string): string {
  const t = collapseSpace(title);
  const parts = t.split(/\s*(?:--+|_+|\s\|\s|｜|\s-\s|\s–\s|\s—\s)\s*/);
  let first = parts[0] ?? '';
  // "标题-新华网": a short site name glued on with a bare hyphen.
  const glued = /^(.{6,}?)-([^-\d]{2,12})$/.exec(first);
  if (glued && /(网|台|报|社|站|GOV|News|\.com|\.cn)/i.test(glued[2]!)) first = glued[1]!;
  return first.length >= 4 ? first : t;
}

export const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');

/** The text of an element meant as a title: not empty, not a logo, not a paragraph. */
function plausibleTitle(text: string): boolean {
  return text.length >= 4 && text.length <= 200;
}

export function findTitle(
  doc: Document,
  specific: readonly SiteAdapter[],
  generic: SiteAdapter,
  jsonLd: Json | null,
): { text: string; el: Element | null } | null {
  const docTitle = collapseSpace(textOf(doc.querySelector('title')));
  const og = metaContent(doc, META_NAMES.sharedTitle);
  const named = metaContent(doc, META_NAMES.title);
  const ld = jsonString(jsonLd?.['headline']) ?? jsonString(jsonLd?.['name']);
  const references = [docTitle, og, named, ld].filter((x): x is string => !!x).map(squash);

  const candidates = (adapters: readonly SiteAdapter[]) => {
    const out: { text: string; el: Element }[] = [];
    for (const a of adapters) {
      for (const sel of a.titleSelectors) {
        for (const el of safeQueryAll(doc, sel)) {
          const text = lineOf(el);
          if (plausibleTitle(text) && !insideFurniture(el)) out.push({ text, el });
        }
      }
    }
    return out;
  };
  // An element whose text the <title>/og:title/ArticleTitle also carry is the headline.
  const isConfirmed = (c: { text: string }) => references.some((r) => r.includes(squash(c.text)));
  const own = candidates(specific);
  const confirmed = own.find(isConfirmed) ?? candidates([generic]).find(isConfirmed);
  if (confirmed) return confirmed;
  for (const t of [og && stripTitleSuffix(og), named, ld]) if (t && plausibleTitle(t)) return { text: t, el: null };
  // Unconfirmed, only a site adapter's own selector is trusted: generic ones hit logos and menus.
  const first = own[0];
  if (first) return first;
  // A policy page's metadata box names its title ("标题：国务院办公厅关于…的意见", the label often spaced out) where the <title> adds the
  // document number ("…的意见（国办发〔2019〕27号）_政府信息公开专栏"): the box's, when the <title> carries it.
  const cell = labelledCell(doc, TITLE_CELL_LABELS);
  if (cell && plausibleTitle(cell) && squash(docTitle).includes(squash(cell))) return { text: cell, el: null };
  const stripped = stripTitleSuffix(docTitle);
  return stripped ? { text: stripped, el: null } : null;
}

/** A metadata box's title label (government information-disclosure pages). */
const TITLE_CELL_LABELS = ['标题', '名称'];

function insideFurniture(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentElementOf(a)) {
    const tag = tagOf(a);
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    if (tag === 'A' && a !== el) return true;
  }
  return false;
}

/**
 * Text nodes of the header zone: from the title down to the body (or a short way after the
 * title when the body comes first), where pages print date, source and author. Nodes, not their
 * text: some finders ask which element holds a line.
 */
export function headerZoneNodes(doc: Document, titleEl: Element | null, root: Element): Text[] {
  const all = textNodes(pageBody(doc));
  // The first text node inside an element, found by identity: asking of every node of a long
  // page whether the element contains it walked up from each (~12 ms in Chromium).
  const rootIndex = indexOfFirstIn(all, root);
  let start = titleEl ? indexOfFirstIn(all, titleEl) : -1;
  let end = rootIndex >= 0 ? rootIndex : all.length;
  const titleInRoot = rootIndex >= 0 && start >= end;
  if (start < 0 || start >= end) {
    start = Math.max(0, end - 40);
  }
  if (end - start > 80) end = start + 80;
  const zone = all.slice(start, end);
  // Some templates put the date line just inside the body container, before the first paragraph.
  if (rootIndex >= 0) zone.push(...all.slice(rootIndex, rootIndex + 6));
  // A body container that holds the title holds its date and source line after it: the 4 lines after the title
  // (blank ones not counted: an indented template's line breaks between elements are nodes of their own; nor a share
  // bar's links inside the date line, "分享到：" "微信" "微博", which would push the author's line out).
  if (titleInRoot && titleEl) {
    let holder: Element | null = null;
    for (
      let i = indexOfFirstIn(all, titleEl) + 1, lines = 0, taken = 0;
      i > 0 && i < all.length && lines < 4 && taken < MAX_AFTER_TITLE;
      i++
    ) {
      const n = all[i]!;
      if (!textOf(n).trim() || isUtility(textOf(n))) continue;
      // (the label and value of a field in elements of their own, "<span>作者：</span><span>甲</span>", are one line)
      const h = lineHolder(n);
      if (h !== holder || !h) lines++;
      holder = h;
      taken++;
      if (!zone.includes(n)) zone.push(n);
    }
  }
  return zone.filter((n) => textOf(n).trim());
}

/** The most text nodes read after a title inside the body container (four lines, their parts in elements of their own). */
const MAX_AFTER_TITLE = 16;
/** Elements that set text inline: a line's parts, not a line of their own. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'SPAN',
  'EM',
  'I',
  'B',
  'STRONG',
  'TIME',
  'FONT',
  'SMALL',
  'A',
  'LABEL',
]);
/** The element a text node's line is printed in: its nearest ancestor that is not inline. */
function lineHolder(node: Text): Element | null {
  let el: Element | null = node.parentElement;
  while (el && INLINE_TAGS.has(tagOf(el))) el = parentElementOf(el);
  return el;
}

/**
 * The few lines printed just above the title (a press release's header: "Office of the Press Secretary",
 * "For Immediate Release" over the headline). Empty without a title element.
 */
export function linesAboveTitle(doc: Document, titleEl: Element | null, count = 6): string[] {
  return nodesAboveTitle(doc, titleEl, count).map((n) => textOf(n));
}

/** The text nodes of `linesAboveTitle`, not blank, in document order. */
export function nodesAboveTitle(doc: Document, titleEl: Element | null, count: number): Text[] {
  if (!titleEl) return [];
  const all = textNodes(pageBody(doc));
  const at = indexOfFirstIn(all, titleEl);
  const nodes: Text[] = [];
  for (let i = at - 1; i >= 0 && nodes.length < count; i--) {
    const n = all[i]!;
    if (textOf(n).trim()) nodes.unshift(n);
  }
  return nodes;
}

/** The first `count` non-blank text nodes after the title's element (its date line, the category beside it). */
export function nodesBelowTitle(doc: Document, titleEl: Element | null, count: number): Text[] {
  if (!titleEl) return [];
  const all = textNodes(pageBody(doc));
  let i = indexOfFirstIn(all, titleEl);
  if (i < 0) return [];
  while (i < all.length && contains(titleEl, all[i]!)) i++;
  const nodes: Text[] = [];
  for (; i < all.length && nodes.length < count; i++) if (textOf(all[i]).trim()) nodes.push(all[i]!);
  return nodes;
}

/** Index in `all` (a page's textNodes) of the first of them inside `el`, or -1: `all.findIndex((n) => contains(el, n))`. */
function indexOfFirstIn(all: readonly Text[], el: Element): number {
  // The text nodes under `el` are a run of `all` (both in document order, skipping the same
  // elements), so the first of `el`'s own is where the run starts, if it is in `all` at all.
  const first = firstTextNode(el);
  return first ? all.indexOf(first) : -1;
}

/** The element's text nodes joined by spaces, a lone year joined to the month/day after it. */
export function joinDateParts(el: Element): string {
  const text = textNodes(el)
    .map((n) => textOf(n).trim())
    .filter(Boolean)
    .join(' ');
  return text.replace(/\b((?:19|20)\d{2})\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\b/, '$1$3$2$3$4');
}

/**
 * A date element of a headline list's item ("<li><a href=…>另一篇文章</a><span class="time">2026-04-10</span></li>"
 * among others like it: a related-news box or a sidebar): another article's date, which the generic selectors (.time, [class*="date"]) would
 * take before the page's own where a sidebar comes first or the page's own date has another class. Asked of a site
 * adapter's selectors too: the provincial template's (.date, .time) are as broad.
 */
function inHeadlineItem(el: Element): boolean {
  let a: Element | null = el;
  for (let depth = 0; a && depth < 4; depth++, a = parentElementOf(a)) {
    const tag = tagOf(a);
    if (tag === 'LI') return isHeadlineList(parentElementOf(a));
    if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  }
  return false;
}

/** A list of three or more items that each link somewhere: headlines, not a date line's parts ("<li>来源：<a>…</a></li>"). */
function isHeadlineList(list: Element | null): boolean {
  if (!list) return false;
  let linked = 0;
  for (const item of Array.from(list.children)) {
    if (tagOf(item) === 'LI' && item.querySelector('a[href]') && ++linked >= 3) return true;
  }
  return false;
}

/** A year printed alone in its element, the first part of a date split over several ("<em>2024</em>"). */
const LONE_YEAR = /^\s*(?:19|20)\d{2}\s*$/;
/** Longest text of the small element holding a split date's parts ("2024 01/05 10:23:45" and a little more). */
const SPLIT_DATE_MAX = 40;

/**
 * The small elements of the header zone that hold a date in separate parts, a lone year first and the rest beside it
 * ("<div><span><em>2024</em></span><span><em>01</em>/<em>05</em></span><span>10:23:45</span></div>", news.cn's
 * template): the year's nearest ancestor with more digits than the year, when short; none in a headline list.
 */
function splitDateElements(zoneNodes: readonly Text[]): Element[] {
  const out: Element[] = [];
  for (const node of zoneNodes.slice(0, 40)) {
    if (!LONE_YEAR.test(textOf(node))) continue;
    let el: Element | null = node.parentElement;
    for (let depth = 0; el && depth < 3; depth++, el = parentElementOf(el)) {
      const text = textOf(el).trim();
      if (text.length > SPLIT_DATE_MAX) break;
      if (/\d/.test(text.replace(/^\s*\d{4}/, ''))) {
        if (!inHeadlineItem(el) && !out.includes(el)) out.push(el);
        break;
      }
    }
  }
  return out;
}

/**
 * A date a document's own label names, in an element's or a line's text ("成文日期：2024-12-02", "生成日期：…"): read
 * by its label after the publication dates (label cells), never as the first date of a metadata box whose
 * publication cell carries a label the tables do not list ("时间：", "日期：", "上网日期："). Masked with its label.
 */
const LATER_LABELLED_DATE = new RegExp(
  `(?:${[...ISSUED_LABELS, ...RECORD_DATE_LABELS].map(escapeRegExp).join('|')})\\s*[:：]?\\s*[\\d\\s年月日./-]+`,
  'g',
);
/** The text without its LATER_LABELLED_DATE spans (a literal gate first: most texts print no such label). */
const withoutLaterLabelledDates = (text: string) =>
  text.includes('日期') ? text.replace(LATER_LABELLED_DATE, ' ') : text;

export function findPublished(
  doc: Document,
  specific: readonly SiteAdapter[],
  generic: SiteAdapter,
  jsonLd: Json | null,
  zone: string[],
  tz: TimeZoneId,
  url = '',
  zoneNodes: readonly Text[] = [],
): string | null {
  const candidates: DateCandidate[] = [];
  const push = (text: string | null | undefined, from: string) => {
    if (!text) return;
    const date = parseDate(from === 'label' ? text : withoutLaterLabelledDates(text), tz);
    if (date) candidates.push({ date, from });
  };
  // A date whose parts sit in separate elements ("<em>2025</em><em>03</em>/<em>12</em>") glues into
  // "202503/12" in textContent: read the parts apart when the glued text gives nothing.
  const pushElementText = (el: Element, from: string) => {
    const before = candidates.length;
    push(textOf(el), from);
    if (candidates.length === before && /\d/.test(textOf(el))) push(joinDateParts(el), from);
  };
  // An explicit "发布日期" in a policy metadata table is the publication date by definition.
  push(labelledCell(doc, PUBLISHED_LABELS), 'label');
  for (const a of specific) {
    for (const sel of a.dateSelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        if (inHeadlineItem(el)) continue;
        push(el.getAttribute('datetime'), a.name);
        pushElementText(el, a.name);
      }
    }
  }
  for (const name of META_NAMES.published) push(metaContent(doc, [name]), `meta:${name}`);
  push(jsonString(jsonLd?.['datePublished']), 'jsonld');
  // A printed "Published" label before the page's other date elements: a page's update history lists its changes
  // newest first, each in a <time> the generic selectors would take ("10 October 2024: Added key dates …").
  push(labelledCell(doc, ['Published']), 'label');
  for (const sel of generic.dateSelectors) {
    for (const el of safeQueryAll(doc, sel)) {
      if (inHeadlineItem(el)) continue;
      push(el.getAttribute('datetime'), 'generic');
      pushElementText(el, 'generic');
    }
  }
  for (const t of zone) push(t, 'zone');
  for (const el of splitDateElements(zoneNodes)) push(joinDateParts(el), 'zone');
  // A date split over several elements ("<em>2024</em>/01/05 <span>19:42</span>").
  push(zone.slice(1, 12).join(''), 'zone');
  push(labelledCell(doc, RECORD_DATE_LABELS), 'label');
  push(labelledCell(doc, ISSUED_LABELS), 'label');
  push(labelledCell(doc, ['Published', 'Last updated']), 'label');
  // (a candidate only when another came first: alone, an edit's time is no publication date)
  if (candidates.length)
    for (const name of META_NAMES.publishedTimeOfDay) push(metaContent(doc, [name]), `meta:${name}`);
  // Last, where the page prints and tags no date at all: the day its address carries (a record with no
  // publication line above a 公文 whose only date is its 落款, a day or more earlier than the posting).
  if (!candidates.length) push(dayInUrl(url), 'url');
  return chooseDate(candidates)?.iso ?? null;
}

export function splitKeywords(raw: string): string[] {
  const separators = /[,，;；、]/.test(raw) ? /\s*[,，;；、]\s*/ : /\s+/;
  const out: string[] = [];
  for (const k of raw.split(separators)) {
    const t = collapseSpace(k);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A text node that opens with a keyword label ("关键词：", "主题词："). */
const KEYWORD_LINE = new RegExp(`^\\s*(?:${KEYWORD_LABELS.map(escapeRegExp).join('|')})\\s*[:：]`, 'i');

export function findKeywords(doc: Document, jsonLd: Json | null): string[] {
  const meta = metaContent(doc, META_NAMES.keywords);
  if (meta) return splitKeywords(meta);
  const tags = metaContents(doc, 'article:tag');
  if (tags.length) return tags.flatMap(splitKeywords);
  const ld = jsonLd?.['keywords'];
  if (typeof ld === 'string') return splitKeywords(jsonString(ld) ?? '');
  if (Array.isArray(ld))
    return ld
      .filter((x): x is string => typeof x === 'string')
      .map((x) => jsonString(x))
      .filter((x): x is string => !!x);
  for (const node of textNodes(pageBody(doc))) {
    if (!KEYWORD_LINE.test(textOf(node))) continue;
    const parent = node.parentNode as Element | null;
    const line = parent ? textOf(parent) : textOf(node);
    return splitKeywords(stripLabel(line, KEYWORD_LABELS));
  }
  return [];
}

export { firstText };
