/**
 * Article metadata: title, date, keywords, labelled cells (for policy documents the issuing
 * authority and document number), the JSON-LD and the header zone the other finders read.
 * Source, editor and author are in byline.ts, the breadcrumb channel in breadcrumb.ts.
 *
 * Each field is read from the most reliable place first: the site adapter's selectors, then
 * structured data (JSON-LD, Open Graph, meta names), then labelled lines near the title
 * ("来源：新华社", "编辑：张三"). Labels and brackets are stripped.
 */
import type { SiteAdapter } from './adapters';
import { parseDate, type ParsedDate, type TimeZoneId } from './dates';
import {
  contains,
  firstText,
  firstTextNode,
  lineOf,
  memoSteps,
  metaContent,
  metaContents,
  nextElement,
  pageBody,
  parentElementOf,
  safeQueryAll,
  tagOf,
  textNodes,
  textOf,
} from './dom';
import { toSimplified } from './hant';
import { runSteps, type Steps } from './steps';
import { collapsedLongerThan, collapseSpace, escapeRegExp, stripLabel } from './text';

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

export function jsonString(v: unknown): string | null {
  if (typeof v === 'string') return collapseSpace(v) || null;
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
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  const named = metaContent(doc, ['ArticleTitle', 'title', 'dc.title']);
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
  const stripped = stripTitleSuffix(docTitle);
  return stripped ? { text: stripped, el: null } : null;
}

function insideFurniture(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentElementOf(a)) {
    const tag = tagOf(a);
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    if (tag === 'A' && a !== el) return true;
  }
  return false;
}

/**
 * Value of a labelled field laid out as label and value in neighbouring cells or elements
 * (policy metadata tables "发文机关：| 国务院", gov.uk "From: | Department for Education"),
 * or in one element ("发文字号：国发〔2024〕1号").
 */
/** An element that may hold a label, with its collapsed text. */
interface LabelCell {
  cell: Element;
  text: string;
  /** The first code unit of `key`, read from the text's first character alone ('' for no text). */
  first: string;
  /** The text's simplified lower-case reading, made when a label's first character matches. */
  key: string | null;
}

/**
 * Lower case maps the first character of a text without context (only the final sigma looks
 * around it, and at the start it is not final), and toSimplified one code unit for one.
 */
const firstOfKey = (text: string) =>
  text ? (toSimplified(String.fromCodePoint(text.codePointAt(0)!)).toLowerCase()[0] ?? '') : '';

function labelCells(doc: Document): readonly LabelCell[] {
  return runSteps(labelCellsSteps(doc));
}

/** Elements weighed between two chances to pause (a long article has thousands of paragraphs). */
const CELLS_PER_STEP = 64;

/** The page's label cells, collected a part at a time (remembered for the detection run). */
export function labelCellsSteps(doc: Document): Steps<readonly LabelCell[]> {
  return memoSteps('labelCells', doc, function* () {
    const out: LabelCell[] = [];
    let seen = 0;
    for (const cell of safeQueryAll(doc, 'td, th, dt, dd, span, b, strong, label, li, p, div, em, font')) {
      if (++seen % CELLS_PER_STEP === 0) yield;
      // Big containers are skipped before their whole text is collapsed.
      if (collapsedLongerThan(textOf(cell), 140)) continue;
      const text = lineOf(cell);
      if (text.length <= 140) out.push({ cell, text, first: firstOfKey(text), key: null });
    }
    return out;
  });
}

/**
 * The value of the first cell labelled with one of `labels`, tried in order. A label may be
 * spaced out to fill its column ("文号：" with ideographic spaces between, "索 引 号") and written in traditional characters
 * ("發文字號：").
 */
export function labelledCell(doc: Document, labels: readonly string[]): string | null {
  const cells = labelCells(doc);
  for (const label of labels) {
    // Compiled only when some cell starts with the label: most labels are on no page.
    let re: RegExp | null = null;
    const first = label[0]!.toLowerCase();
    for (let i = 0; i < cells.length; i++) {
      const entry = cells[i]!;
      const { cell, text } = entry;
      if (text.length > label.length * 3 + 120 || (first.length === 1 && entry.first !== first)) continue;
      const key = (entry.key ??= toSimplified(text).toLowerCase());
      if (!key.startsWith(first)) continue;
      re ??= new RegExp(`^${[...label.toLowerCase()].map(escapeRegExp).join('\\s*')}\\s*[:：]?\\s*`);
      const m = re.exec(key);
      if (!m) continue;
      const inline = collapseSpace(text.slice(m[0].length));
      if (inline) {
        // "发文机关：国务院" in one cell; skip a cell that only starts a longer sentence.
        // A block whose text starts with a label cell of its own ("<dl><dt>From:</dt><dd>…</dd>
        // <dt>Published</dt>…") runs on into the next fields: the label cell inside gives the value.
        if (/[:：]/.test(m[0]) && inline.length <= 100) return labelInside(cells, i, re, inline) ?? inline;
        continue;
      }
      const value = valueAfter(cell);
      if (value) return value;
    }
  }
  return null;
}

/** A label alone: its value is the next element, here or up the tree (<td><b>标签</b></td><td>值</td>). */
function valueAfter(cell: Element): string | null {
  for (
    let cur: Element | null = cell;
    cur && tagOf(cur) !== 'TABLE' && tagOf(cur) !== 'BODY';
    cur = parentElementOf(cur)
  ) {
    const next = nextElement(cur);
    if (next) {
      const value = lineOf(next);
      return value && value.length <= 200 ? value : null;
    }
  }
  return null;
}

/**
 * The value of a label cell of its own inside `cells[at]` (they follow it, in document order)
 * when the block's `inline` text runs on past it into the next fields ("<dl><dt>From:</dt>
 * <dd>X</dd><dt>Published</dt>…" reads "X Published …"); null when there is none.
 */
function labelInside(cells: readonly LabelCell[], at: number, re: RegExp, inline: string): string | null {
  const outer = cells[at]!.cell;
  for (let j = at + 1; j < cells.length && contains(outer, cells[j]!.cell); j++) {
    const entry = cells[j]!;
    const m = re.exec((entry.key ??= toSimplified(entry.text).toLowerCase()));
    if (!m || entry.text.length > m[0].length) continue; // not a label alone
    const value = valueAfter(entry.cell);
    if (value && value.length < inline.length && inline.startsWith(value)) return value;
  }
  return null;
}

/**
 * Text nodes of the header zone: from the title down to the body (or a short way after the
 * title when the body comes first), where pages print date, source and author.
 */
export function headerZoneText(doc: Document, titleEl: Element | null, root: Element): string[] {
  const all = textNodes(pageBody(doc));
  // The first text node inside an element, found by identity: asking of every node of a long
  // page whether the element contains it walked up from each (~12 ms in Chromium).
  const rootIndex = indexOfFirstIn(all, root);
  let start = titleEl ? indexOfFirstIn(all, titleEl) : -1;
  let end = rootIndex >= 0 ? rootIndex : all.length;
  if (start < 0 || start >= end) {
    start = Math.max(0, end - 40);
  }
  if (end - start > 80) end = start + 80;
  const zone = all.slice(start, end).map((n) => textOf(n));
  // Some templates put the date line just inside the body container, before the first paragraph.
  if (rootIndex >= 0) zone.push(...all.slice(rootIndex, rootIndex + 6).map((n) => textOf(n)));
  return zone.filter((t) => t.trim());
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

export interface DateCandidate {
  date: ParsedDate;
  from: string;
}

/** Picks a date: the first candidate, made precise by a later one with a time on the same day. */
export function chooseDate(candidates: DateCandidate[]): ParsedDate | null {
  const first = candidates[0];
  if (!first) return null;
  if (first.date.hasTime) return first.date;
  const precise = candidates.find((c) => c.date.hasTime && c.date.day === first.date.day);
  return precise?.date ?? first.date;
}

const META_DATE_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'publishdate',
  'PubDate',
  'pubdate',
  'publish_date',
  'publishtime',
  'publish-time',
  'firstpublishedtime',
  'datePublished',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'sailthru.date',
  'govuk:first-published-at',
  'parsely-pub-date',
  'date',
];

export function findPublished(
  doc: Document,
  specific: readonly SiteAdapter[],
  generic: SiteAdapter,
  jsonLd: Json | null,
  zone: string[],
  tz: TimeZoneId,
): string | null {
  const candidates: DateCandidate[] = [];
  const push = (text: string | null | undefined, from: string) => {
    if (!text) return;
    const date = parseDate(text, tz);
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
  push(labelledCell(doc, ['发布日期', '发布时间']), 'label');
  for (const a of specific) {
    for (const sel of a.dateSelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        push(el.getAttribute('datetime'), a.name);
        pushElementText(el, a.name);
      }
    }
  }
  for (const name of META_DATE_NAMES) push(metaContent(doc, [name]), `meta:${name}`);
  push(jsonString(jsonLd?.['datePublished']), 'jsonld');
  for (const sel of generic.dateSelectors) {
    for (const el of safeQueryAll(doc, sel)) {
      push(el.getAttribute('datetime'), 'generic');
      pushElementText(el, 'generic');
    }
  }
  for (const t of zone) push(t, 'zone');
  // A date split over several elements ("<em>2024</em>/01/05 <span>19:42</span>").
  push(zone.slice(1, 12).join(''), 'zone');
  push(labelledCell(doc, ['成文日期']), 'label');
  push(labelledCell(doc, ['Published', 'Last updated']), 'label');
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

export function findKeywords(doc: Document, jsonLd: Json | null): string[] {
  const meta = metaContent(doc, ['keywords', 'news_keywords', 'Keywords']);
  if (meta) return splitKeywords(meta);
  const tags = metaContents(doc, 'article:tag');
  if (tags.length) return tags.flatMap(splitKeywords);
  const ld = jsonLd?.['keywords'];
  if (typeof ld === 'string') return splitKeywords(ld);
  if (Array.isArray(ld))
    return ld
      .filter((x): x is string => typeof x === 'string')
      .map(collapseSpace)
      .filter(Boolean);
  for (const node of textNodes(pageBody(doc))) {
    if (!/^\s*关键[词字]\s*[:：]/.test(textOf(node))) continue;
    const parent = node.parentNode as Element | null;
    const line = parent ? textOf(parent) : textOf(node);
    return splitKeywords(stripLabel(line, ['关键词', '关键字']));
  }
  return [];
}

export { firstText };
