/**
 * Who published an article: its source (the outlet) and author (the byline's people); the editor is
 * in editor.ts.
 *
 * Conventions, those of the gold files: the source is the label next to 来源 as written (a site joined
 * with its newspaper whole, "光明网-《光明日报》"; a bare 《…》 without its brackets), else the outlet a
 * page names in its meta tags, on a print-edition date line (《经济日报》（…第05版） → 经济日报) or
 * in an English byline (By X | China Daily | Updated …), else the site itself (og:site_name:
 * "The White House"); never a link label next to the label (列印本頁) nor a share button (微博). The
 * author is the names of the visible byline, without 记者/By (an outlet's signature alone, "本报评论员",
 * is kept whole), without a bracketed affiliation, several joined with 、 (on a site whose adapter says
 * how, gov.uk, the minister among the publishers "From: Department … and Jane Doe MP"); a reporter's
 * sign-off closing the body ("（总台央视记者 甲 乙）") where no byline stands under the title.
 */
import type { PublisherPersonRule, SiteAdapter } from './adapters';
import { isDateOnly, TRAIL_ARROWS } from './breadcrumb';
import { contains, lineOf, metaContent, safeQueryAll, textOf } from './dom';
import { toSimplified } from './hant';
import { labelledCell } from './label-cells';
import { fieldText, inShareBar, isUtility } from './field-text';
import { jsonNames, squash, type Json } from './meta';
import { META_NAMES } from './meta-names';
import {
  AUTHOR_LABELS,
  BYLINE_MARKS,
  bylineRoleAlternation,
  ISSUING_OFFICE_OPENINGS,
  RELEASE_MARKS,
  chineseLabels,
  OUTLET_NAME_ENDINGS,
  SOURCE_CELL_LABELS,
  SOURCE_LABELS,
} from './field-labels';
import { collapseSpace, findLabelledValue, escapeRegExp, stripLabel } from './text';

/**
 * The kind of copy a portal tags after its channel's name ("人民网-浙江频道 原创稿", "… 原创稿件"): no part of the
 * source, which the gold gives as the outlet alone. Only after a space, so an outlet named so keeps its name.
 */
const ORIGINAL_TAG = /\s+原创(?:稿件?)?$/;

/**
 * "《学习时报》" → "学习时报"; "《经济日报》（2025年03月02日 第05版）" → "经济日报". A site joined with
 * the newspaper it carries is kept whole, as written: "人民网－人民日报", "光明网-《光明日报》" (the
 * golds' count, session 24: whole on 7 pages of people.com.cn and gmw.cn, the paper alone on 1).
 */
function cleanSource(value: string): string | null {
  const v = collapseSpace(value);
  const book = /^《([^》]{1,30})》/.exec(v);
  // "来源：【某某日报】": the value in square brackets (the field reader has cut the closing one).
  const bracketed = /^[【〔[]([^【】〔〕[\]]{1,30})[】〕\]]?$/.exec(v);
  let name = book ? book[1]!.trim() : bracketed ? bracketed[1]!.trim() : v;
  if (name.includes('原创')) name = name.replace(ORIGINAL_TAG, '');
  // An outlet's name: a few Chinese characters, or an English name of some words at most.
  if (!name || name.length > (/[\u3400-\u9fff]/.test(name) ? 30 : 80) || isUtility(name)) return null;
  return name;
}

/** "来源：荆楚统战" / "荆楚统战": the source name, or null when the text is not one. */
function sourceFromText(text: string, labelled: boolean): string | null {
  const v = findLabelledValue(text, SOURCE_LABELS);
  if (v) return cleanSource(v);
  if (labelled) return null;
  const t = collapseSpace(text);
  if (!t || t.length > 30 || /\d{4}\s*[-年/.]\s*\d/.test(t) || /[:：]/.test(t)) return null;
  return cleanSource(t);
}

/** The newspaper of a print-edition date line: "《人民日报》（2024年01月05日 04版）". */
const PRINT_EDITION = /^《([^》]{2,20})》\s*[（(]\s*\d{4}\s*年[^）)]{0,20}?版\s*[）)]$/;

/**
 * Where a reporter filed from, after the name in a print byline: "By Jane Doe in Beijing", "By A in Hong Kong and
 * B in Shanghai". A place, not part of the name.
 */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=\s+and\s+|\s*,|\s*$)/gu;

/** "By Zhou Jinhua | China Daily | Updated: 2025-05-14 07:12": the byline's fields. */
function englishByline(zone: readonly string[]): { author: string; outlet: string | null } | null {
  for (const t of zone) {
    const line = collapseSpace(t);
    if (!/^By\s+\S/i.test(line) || line.length > 160) continue;
    const [first = '', ...rest] = line.split(/\s*[|｜]\s*/);
    const author = first
      .replace(/^By\s+/i, '')
      .replace(FILED_FROM, '')
      .trim();
    const outlet = rest.find((f) => f && f.length <= 40 && !/\d/.test(f) && !/[:：]/.test(f)) ?? null;
    if (author) return { author, outlet };
  }
  return null;
}

/** A date line's label: "Updated:", "Published:", "发布时间：". */
const DATE_LINE_LABEL = /^[\p{L} ]{0,16}[:：]\s*/u;
/** An outlet's name printed bare: some capitalised words ("Xinhua", "China Daily"), or Chinese ending as an outlet's does. */
const BARE_OUTLET = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’&.-]*(?: \\p{Lu}[\\p{L}'’&.-]*){0,4}|[\\u4e00-\\u9fff]{1,12}(?:${OUTLET_NAME_ENDINGS.join('|')}))$`,
  'u',
);

/**
 * The outlet printed bare after the date, in an element of the date's line: "<div>Updated: March 14, 2025 19:02
 * <span>Xinhua</span></div>" (english.gov.cn). The text before it is a date and nothing else, and the name is an
 * outlet's shape; a heading or a category after a date element of its own (whitehouse.gov's topper) is not in its line.
 */
function outletAfterDate(zone: readonly Text[]): string | null {
  for (let i = 0; i + 1 < zone.length; i++) {
    const raw = textOf(zone[i]);
    // The outlet in the date's own text, set apart by a wide gap ("Updated: 2025-06-02 10:15 &nbsp; China Daily"):
    // a browser parses that as one text.
    const [date, outlet] = raw.length <= 100 ? raw.split(WIDE_GAP).map(collapseSpace).filter(Boolean) : [];
    if (date && outlet && isDateOnly(date.replace(DATE_LINE_LABEL, ''))) {
      if (BARE_OUTLET.test(outlet) && !isUtility(outlet)) return outlet;
    }
    const line = collapseSpace(raw);
    if (!line || !/\d/.test(line) || !isDateOnly(line.replace(DATE_LINE_LABEL, ''))) continue;
    let holder = zone[i]!.parentElement;
    if (holder && INLINE.has(holder.tagName.toUpperCase())) holder = holder.parentElement;
    const next = zone[i + 1]!;
    if (!holder || holder.tagName === 'BODY' || !contains(holder, next) || lineOf(holder).length > 100) continue;
    const name = collapseSpace(textOf(next));
    if (BARE_OUTLET.test(name) && !isUtility(name)) return name;
  }
  return null;
}
const INLINE = new Set(['SPAN', 'EM', 'I', 'B', 'STRONG', 'TIME', 'FONT', 'SMALL']);
/** Two or more spaces, no-break or full-width ones among them: a gap a date line prints between its fields. */
const WIDE_GAP = /[\s\u00a0\u3000]{2,}/;

/** The alt text of an image standing next after a text node (a logo in place of the outlet's name), else null. */
function logoAfter(node: Text): string | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? '').trim()) next = next.nextSibling;
  if (!next || next.nodeType !== 1) return null;
  const el = next as Element;
  const img = el.tagName.toUpperCase() === 'IMG' ? el : el.querySelector('img');
  if (!img || (el.textContent ?? '').trim()) return null;
  return collapseSpace(img.getAttribute('alt') ?? '') || null;
}

/** "For Immediate Release" (a date may follow); an office's name: "Office of the Press Secretary". */
const RELEASE_MARK = new RegExp(`^(?:${RELEASE_MARKS.map(escapeRegExp).join('|')})\\b`, 'i');
const ISSUING_OFFICE = new RegExp(
  `^(?:${ISSUING_OFFICE_OPENINGS.map(escapeRegExp).join('|')})\\s+\\p{Lu}[\\p{L} ,'’&.-]{2,70}$`,
  'u',
);

/** The issuing office of a press release's header: the office line within the two lines before "For Immediate Release". */
function releaseOffice(zone: readonly string[]): string | null {
  for (let i = 1; i < zone.length; i++) {
    if (!RELEASE_MARK.test(zone[i]!.trim())) continue;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const line = collapseSpace(zone[j]!);
      if (ISSUING_OFFICE.test(line)) return line;
    }
  }
  return null;
}

/** A link of a breadcrumb trail ("人民网>>财经"): a template's source selector may match it too. */
const TRAIL_NEXT = new RegExp(`^\\s*[${TRAIL_ARROWS}]`);
const TRAIL_PREVIOUS = new RegExp(`[${TRAIL_ARROWS}]\\s*$`);
/** A slash alone between two links ("<a>人民网</a> / <a>时政</a>"), or an arrow drawn as an image between them. */
const SLASH_ALONE = /^\s*\/\s*$/;
const linkAfter = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).tagName === 'A';
function separatedLink(el: Element, side: 'nextSibling' | 'previousSibling'): boolean {
  const gap = el[side];
  if (!gap) return false;
  if (gap.nodeType === 3) return SLASH_ALONE.test(gap.textContent ?? '') && linkAfter(gap[side]);
  const img = gap as Element;
  return img.tagName === 'IMG' && !(img.getAttribute('alt') ?? '').trim() && linkAfter(img[side]);
}
const inTrail = (el: Element) =>
  TRAIL_NEXT.test(el.nextSibling?.textContent ?? '') ||
  TRAIL_PREVIOUS.test(el.previousSibling?.textContent ?? '') ||
  separatedLink(el, 'nextSibling') ||
  separatedLink(el, 'previousSibling');

/** A line that ends with a source label, its value in the next element: "<span>来源：</span><a>新华社</a>". */
const LABEL_ALONE_AT_END = new RegExp(`(?:${SOURCE_LABELS.map(escapeRegExp).join('|')})\\s*[:：]\\s*$`, 'i');

/**
 * The source a selected element's line names with its label, "来源：央视网 | 2025年09月12日 19:46 <a>新闻联播</a>":
 * a link in a date line may be the value after 来源 or the column the page sits in (新闻联播), and the label says
 * which. Null when the line has no labelled source.
 */
function labelledInLine(el: Element): string | null {
  const line = el.parentElement;
  // (a link only: an element that holds its own label, "<span>Source: Xinhua</span>", is read as it stands)
  if (el.tagName !== 'A' || !line || line.tagName === 'BODY') return null;
  const v = findLabelledValue(fieldText(line), SOURCE_LABELS);
  return v ? cleanSource(v) : null;
}

/** The source labelled in the header zone: "来源：新华社" in one line, or the label and its value (or logo) apart. */
function labelledInZone(zone: readonly string[], zoneNodes: readonly Text[]): string | null {
  // (every label is read with its colon: a line without one is passed over unread, on every page now that
  // the printed source is compared with the meta tag's)
  const colon = (t: string) => t.includes('：') || t.includes(':');
  for (const t of zone) {
    if (!colon(t)) continue;
    const v = findLabelledValue(t, SOURCE_LABELS);
    const clean = v && cleanSource(v);
    if (clean) return clean;
  }
  // Label and value in separate elements: "<span>来源：</span><a>新华社</a>", or the outlet's logo,
  // "来源：<a><img alt="某某日报"></a>".
  for (let i = 0; i < zone.length; i++) {
    if (colon(zone[i]!) && LABEL_ALONE_AT_END.test(toSimplified(zone[i]!.trim()))) {
      const logo = zoneNodes.length === zone.length ? logoAfter(zoneNodes[i]!) : null;
      // (past a share or subscribe widget printed between the label and its value)
      let next = i + 1;
      while (next < zone.length && next <= i + 8 && isUtility(zone[next]!)) next++;
      const v = cleanSource(logo ?? zone[next] ?? '');
      if (v) return v;
    }
  }
  return null;
}

export function findSource(
  doc: Document,
  specific: readonly SiteAdapter[],
  zone: string[],
  /** The zone's text nodes (headerZoneNodes), where a line's elements are asked for. */
  zoneNodes: readonly Text[] = [],
  /** The lines just above the title, where a press release may print its header: read only when nothing else named the source. */
  aboveTitle: () => readonly string[] = () => [],
  /** The headline (findTitle), to tell the site's name after it in the <title>. */
  headline = '',
): string | null {
  // (a match outside the header zone only with its label: a template's class names other boxes too, chinanews 2008's
  // ".left-t" its related-news cells, whose headlines come first where the source is printed unlinked)
  const inZone = (el: Element) => !zoneNodes.length || zoneNodes.some((n) => contains(el, n));
  for (const a of specific) {
    for (const sel of a.sourceSelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        if (inTrail(el) || inShareBar(el)) continue;
        const v = labelledInLine(el) ?? sourceFromText(fieldText(el), !inZone(el));
        if (v) return v;
      }
    }
  }
  const printed = labelledInZone(zone, zoneNodes);
  const meta = metaContent(doc, META_NAMES.source);
  if (meta) {
    const v = cleanSource(stripLabel(meta, SOURCE_LABELS));
    // The line under the title names the meta tag's outlet in full ("人民日报" in the tag, "来源：人民网－人民日报"
    // printed; "光明日报" and "光明网-《光明日报》"): the printed name, as written, is the source.
    if (v && printed && printed !== v && squash(printed).includes(squash(v))) return printed;
    if (v) return v;
  }
  if (printed) return printed;
  const cell = labelledCell(doc, SOURCE_CELL_LABELS);
  if (cell) return cleanSource(cell);
  for (const t of zone) {
    const edition = PRINT_EDITION.exec(collapseSpace(t));
    if (edition) return edition[1]!.trim();
  }
  const outlet = englishByline(zone)?.outlet ?? outletAfterDate(zoneNodes) ?? releaseOffice([...aboveTitle(), ...zone]);
  if (outlet) return outlet;
  // The page is the outlet: its site name, tagged or printed after the headline in the page's <title>.
  const site = metaContent(doc, META_NAMES.siteName);
  if (site) return cleanSource(site);
  return headline ? siteInTitle(doc, headline) : null;
}

/** A separator between a <title>'s headline and the site's name: "… – The White House", "…_中国政府网", "… | GOV.UK". */
const TITLE_SEPARATOR = /\s+[-–—|]\s+|\s*[_｜]\s*/g;
/**
 * The site's name a <title> prints after the headline ("Fact Sheet: … – The White House"), with no site-name tag:
 * the last part after a separator, when what comes before it is the headline (read by findTitle) and the part is
 * short. Over the golds with the tag stripped (scripts/meta-robustness.ts strip), whitehouse.gov's source is this.
 */
function siteInTitle(doc: Document, headline: string): string | null {
  const title = collapseSpace(doc.querySelector('title')?.textContent ?? '');
  let last: RegExpExecArray | null = null;
  for (const m of title.matchAll(TITLE_SEPARATOR)) last = m;
  if (!last) return null;
  const before = title.slice(0, last.index);
  const name = title.slice(last.index + last[0].length).trim();
  const squashed = squash(headline);
  if (!before || !(squash(before).startsWith(squashed) || squashed.startsWith(squash(before)))) return null;
  if (squashed.includes(squash(name))) return null;
  return name.length <= (/[\u3400-\u9fff]/.test(name) ? 12 : 40) ? cleanSource(name) : null;
}

/** Role words names follow ("记者"), and every role word ("评论员" too): field-labels.ts's BYLINE_ROLES. */
const NAMING_ROLE = bylineRoleAlternation('naming');
const ANY_ROLE = bylineRoleAlternation('all');
const NAMING_ROLE_GLOBAL = new RegExp(NAMING_ROLE, 'g');
/**
 * The author labels read in any line near the title: not 记者, which in an interview opens the
 * reporter's question ("记者：…背景是什么？"); a reporter's own line is read by REPORTER_LINE.
 */
const ZONE_AUTHOR_LABELS = AUTHOR_LABELS.filter((l) => l !== '记者');
/**
 * The mark a print edition sets before its byline ("■本报记者 甲", "□记者 乙"): no part of the line.
 */
const BYLINE_MARK = `[${BYLINE_MARKS.join('')}]?\\s*`;
/** A reporter's byline line: "本报记者 韩立新 孙悦", "澎湃新闻记者 陆嘉禾", "■本报记者 甲". */
const REPORTER_LINE = new RegExp(
  `^${BYLINE_MARK}[\\u4e00-\\u9fff·]{0,10}?${NAMING_ROLE}[\\s:：]*((?:[\\u4e00-\\u9fff·]{2,4}[\\s、，,]*){1,4})$`,
);
/** An author's line with a slash or a bar for the colon: "文/甲", "文丨甲 乙", "作者 | 甲". */
const SLASH_BYLINE = new RegExp(
  `^${BYLINE_MARK}(?:${chineseLabels(AUTHOR_LABELS).join('|')})\\s*[/／丨|｜]\\s*((?:[\\u4e00-\\u9fff·]{2,4}[\\s、，,]*){1,4})$`,
);
/** The reporters of a dateline: "新华社北京4月22日电（记者 高远 宋佳宁）". */
const DATELINE_REPORTERS = new RegExp(`[（(][^（）()]{0,16}?${NAMING_ROLE}\\s*([^（）()]{2,40})[)）]`);
/** The end of a photo's credit: the names, then 摄 or 摄影 ("记者 甲 摄"). */
const PHOTO_CREDIT_END = /摄影?\s*$/;
/**
 * The reporters of a dateline with no brackets, their names before 报道: "本报北京3月5日电 记者甲报道：",
 * "本报讯 记者甲 乙报道：" (one role word: a second one glued to its name would be read as a name).
 */
const DATELINE_REPORTED = new RegExp(
  `^[^，。：:]{0,20}?(?:电|讯)\\s*${NAMING_ROLE}\\s*((?:[\\u4e00-\\u9fff·]{2,4}?[\\s、，,]*){1,3}?)\\s*报道\\s*[:：]`,
);
/**
 * The reporters of a dateline with no brackets and no 报道, a gap between the names and the news: "中央纪委国家监委网站讯
 * 记者 周宇航 近日，…", "本报讯 记者 甲 通讯员 乙 3月5日，…". The gap is what ends the names (a name runs into the
 * news otherwise: "记者近日从…获悉" names none); names are parted by spaces or 、, a role word may stand before each.
 */
const DATELINE_GAP = new RegExp(
  `^[^，。：:（）()]{0,20}?(?:电|讯)\\s*${NAMING_ROLE}\\s*((?:[\\u4e00-\\u9fff·]{2,4}(?:\\s*[、，,]\\s*|\\s+)(?:${NAMING_ROLE}\\s*)?){0,3}[\\u4e00-\\u9fff·]{2,4})\\s+[^\\s，。、,]`,
);
/** A zone line that is an author label alone, its colon last ("作者：", "撰稿："). */
const AUTHOR_LABEL_ALONE = new RegExp(`^\\s*(?:${ZONE_AUTHOR_LABELS.map(escapeRegExp).join('|')})\\s*[:：]\\s*$`, 'i');
/**
 * The zone line after line `i`, past a share or subscribe widget printed between a label and its value; '' when it is
 * no name (a label left empty, "作者：" with the date after it: digits or another field's colon).
 */
function nextValue(zone: readonly string[], i: number): string {
  let next = i + 1;
  while (next < zone.length && next <= i + 8 && isUtility(zone[next]!)) next++;
  const value = zone[next] ?? '';
  return /[\d:：]/.test(value) ? '' : value;
}
/**
 * A reporter's sign-off closing the body, the whole last block: "（总台央视记者 王思远 孙晓彤）", "（记者 甲）" —
 * the byline a template prints at the end instead of under the title.
 */
const SIGN_OFF = new RegExp(
  `^[（(][\\u4e00-\\u9fff]{0,12}?${NAMING_ROLE}[\\s:：]*((?:[\\u4e00-\\u9fff·]{2,4}[\\s、，,]*){1,4})[)）]$`,
);

/**
 * An author's sign-off closing the body, his title after his name: "（作者：郑某某，系某大学教授）", "（作者：甲、乙，分别系…）"
 * (gmw, people.cn's theory pages). The names are those before the first comma or 系; a line with none ("（作者：某某局党组）",
 * "（作者：某某研究所研究员）") names no person. The body drops the line as a furniture line (作者：).
 */
const AUTHOR_SIGN_OFF =
  /^[（(]\s*作者\s*[:：]\s*((?:[\u4e00-\u9fff·]{2,4}、)*[\u4e00-\u9fff·]{2,4})\s*(?:[，,]|(?:分别)?系)/;

export function findAuthor(
  doc: Document,
  specific: readonly SiteAdapter[],
  jsonLd: Json | null,
  zone: string[],
  source: string | null,
  /** The body's last block, where some templates sign the reporters off. */
  lastBlock?: string,
  /** The body container's last lines, furniture lines included, where an author signs off (AUTHOR_SIGN_OFF). */
  closingLines: readonly string[] = [],
  /** The body's first blocks, the first paragraph's dateline naming the reporters ("中新网北京12月5日电 (记者 甲)…"). */
  firstBlocks: readonly string[] = [],
): string | null {
  const clean = (v: string | null | undefined) => {
    const t = v ? joinNames(stripAffiliation(cleanAuthor(v))) : '';
    // A numeric id ("author" meta of some templates) or a link is no name.
    if (!t || /^[\d\s.,-]+$/.test(t) || /^https?:/i.test(t) || t.length > 60 || t === source) return null;
    return t;
  };
  for (const a of specific) {
    for (const sel of a.authorSelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        const text = fieldText(el);
        const v =
          labelledNames(text, AUTHOR_LABELS) ??
          // (a colon only inside the affiliation after the name, "甲（作者单位：某某党校）", leaves the name a name)
          clean(findLabelledValue(text, AUTHOR_LABELS) ?? (/[:：]/.test(stripAffiliation(text)) ? null : text));
        if (v) return v;
      }
    }
  }
  for (const [i, t] of zone.entries()) {
    // The label alone, its value in the next element ("<span>作者：</span><span>甲</span>"): read as one line.
    const line = AUTHOR_LABEL_ALONE.test(toSimplified(t)) ? `${t.trim()}${nextValue(zone, i)}` : t;
    const v = labelledNames(line, ZONE_AUTHOR_LABELS) ?? clean(findLabelledValue(line, ZONE_AUTHOR_LABELS));
    if (v) return v;
  }
  for (const t of zone) {
    const line = toSimplified(collapseSpace(t));
    const reporter = REPORTER_LINE.exec(line) ?? SLASH_BYLINE.exec(line);
    const v = reporter && clean(collapseSpace(t).slice(line.length - reporter[1]!.length));
    if (v) return v;
  }
  const english = englishByline(zone);
  if (english) {
    const v = clean(english.author);
    if (v) return inNormalCase(v, clean(metaContent(doc, META_NAMES.author)));
  }
  for (const a of specific) {
    const person = a.personAmongPublishers && personAmongPublishers(doc, a.personAmongPublishers);
    if (person) return person;
  }
  // (the first blocks after the zone: where the body's container also holds the header, its first lines are the
  // header's and the dateline is not among them)
  for (const t of [...zone, ...firstBlocks.filter((b) => !zone.includes(b))]) {
    const line = toSimplified(t);
    const dateline = DATELINE_REPORTERS.exec(line);
    // A photo's credit in its caption, "（记者 甲 摄）", names who took the picture, not who wrote (the one caption
    // credit of the fixtures' first blocks, hubei-2023-changwu's, is not its gold author).
    if (dateline && PHOTO_CREDIT_END.test(dateline[1]!)) continue;
    if (dateline) {
      const start = dateline.index + dateline[0].length - 1 - dateline[1]!.length;
      // a role word glued to the name after it, "（记者甲 通讯员乙）", parts them like a space
      const v = clean(t.slice(start, start + dateline[1]!.length).replace(NAMING_ROLE_GLOBAL, ' '));
      if (v) return v;
      continue;
    }
    const reported = DATELINE_REPORTED.exec(line) ?? DATELINE_GAP.exec(line);
    const names = reported?.[1]?.trim();
    if (!names) continue;
    const start = reported!.index + reported![0].indexOf(names);
    const v = clean(t.slice(start, start + names.length).replace(NAMING_ROLE_GLOBAL, ' '));
    if (v) return v;
  }
  const last = lastBlock ? collapseSpace(lastBlock) : '';
  const signOff = SIGN_OFF.exec(toSimplified(last));
  if (signOff) {
    const v = clean(last.slice(last.length - 1 - signOff[1]!.length, last.length - 1));
    if (v) return v;
  }
  for (const line of closingLines) {
    const names = AUTHOR_SIGN_OFF.exec(toSimplified(line));
    const v = names && clean(line.slice(names.index + names[0].indexOf(names[1]!)).slice(0, names[1]!.length));
    if (v) return v;
  }
  const meta = clean(metaContent(doc, META_NAMES.author));
  if (meta) return stripLabel(meta, ['By']);
  const ld = jsonNames(jsonLd?.['author'])
    .map((n) => clean(n))
    .filter((n): n is string => !!n);
  return ld.length ? ld.join('、') : null;
}

/**
 * A byline set in capitals ("By ZHOU XINYI") is a style, not the name's spelling: the author meta
 * tag's spelling where it is the same name ("Zhou Xinyi"), else each word capitalised.
 */
function inNormalCase(name: string, meta: string | null): string {
  if (/\p{Ll}{2}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  if (meta && meta.toLowerCase() === name.toLowerCase()) return meta;
  return name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A reporter's role word in a byline, with the outlet before it: "本报记者", "通讯员", "实习生". */
const BYLINE_ROLE = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?${ANY_ROLE}$`);
/**
 * An office written before the name in a signed article's byline: "中共某某省委书记 甲", "某某大学教授
 * 乙", "国务院副总理 丙": who the author is, not a name (read like a role word).
 */
const BYLINE_OFFICE =
  /^[\u4e00-\u9fff（）()]{0,24}?(?:书记|省长|市长|县长|区长|部长|主任|主席|局长|厅长|院长|校长|总理|署长|司令员|政治委员|政委|秘书长|理事长|会长|社长|总编辑|董事长|大使|教授|研究员)$/;
const isRoleWord = (token: string) => {
  const simplified = toSimplified(token);
  return BYLINE_ROLE.test(simplified) || BYLINE_OFFICE.test(simplified);
};
/** Words that end an outlet's or an office's name, never a person's ("人民日报", "宣传部"). */
const NOT_A_NAME_END = new RegExp(
  `(?:${[...OUTLET_NAME_ENDINGS, '站', '部', '局', '厅', '委', '院', '会', '办', '中心', '集团'].join('|')})$`,
);

/**
 * A labelled byline whose whole value is names and role words: "作者：本报记者 甲 通讯员 乙"
 * and "作者：甲\u3000乙" give both names joined with 、. The field reader stops such a value at
 * the first role word or wide space (where a next field usually starts), which keeps only one
 * name or none. Null when the value holds anything else (another field, an outlet).
 */
function labelledNames(text: string, labels: readonly string[]): string | null {
  const line = collapseSpace(text);
  const value = stripLabel(line, labels);
  if (value === line) return null; // no leading label
  const names: string[] = [];
  let roles = 0;
  for (const token of value.split(/[\s、，,；;]+/).filter(Boolean)) {
    if (isRoleWord(token)) roles++;
    else if (/^[\u3400-\u9fff·]{2,5}$/.test(token) && !NOT_A_NAME_END.test(toSimplified(token))) names.push(token);
    else return null;
  }
  // One bare name is read as before; a role word or a second name is what the field reader cuts.
  return names.length >= 2 || (roles && names.length) ? names.join('、') : null;
}

/**
 * The person among a page's publishers: gov.uk speeches and statements are "From: Department for
 * X and Jane Doe MP", the minister who gave them being the author ("Jane Doe"). A part of the
 * list is a person when a title marks it; organisations ("… Science, Innovation and Technology")
 * have none, so splitting their names at "and" does no harm. Read on every site (the generic adapter
 * holds the rule): gov.uk's template without its adapter, a mirror or a redesign, prints the same list.
 */
function personAmongPublishers(doc: Document, rule: PublisherPersonRule): string | null {
  const from = labelledCell(doc, [rule.label]);
  if (!from) return null;
  const parts = from.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  // A list of publishers, the person beside an organisation: a "From:" cell naming one person alone is a
  // letter's or a message's sender, not a minister among the publishers (the rule runs on every site).
  if (parts.length < 2) return null;
  for (const part of parts) {
    const words = part.trim().split(/\s+/);
    const text = words.join(' ');
    const prefix = rule.titlesBefore.find((p) => text.startsWith(`${p} `));
    let end = words.length;
    while (end > 1 && rule.titlesAfter.includes(words[end - 1]!.replace(/[.,]/g, ''))) end--;
    if (!prefix && end === words.length) continue;
    let name = words.slice(0, end).join(' ');
    const dropped = rule.dropped.find((p) => name.startsWith(`${p} `));
    if (dropped) name = name.slice(dropped.length + 1);
    if (/^\p{Lu}/u.test(name) && name.split(' ').length >= 2) return name;
  }
  return null;
}

/**
 * The title before a byline's names: "By ", or a role word with the outlet before it, whichever
 * outlet ("本报记者", "新华社记者", "某某晚报特约通讯员"): the same outlet run as BYLINE_ROLE's.
 */
const BYLINE_TITLE = new RegExp(`^(?:By\\s+|[\\u4e00-\\u9fff]{0,8}?${ANY_ROLE}\\s*)`, 'i');
/** A byline that is an outlet's signature alone ("本报评论员", "某某网评论员"): the author as it stands. */
const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?${bylineRoleAlternation('signing')}$`);

/** "本报记者  王晓明" → "王晓明": drops the reporter title and "摄/报道" tails around the names. */
export function cleanAuthor(raw: string): string {
  const line = collapseSpace(raw);
  const simplified = toSimplified(line);
  if (SIGNATURE.test(simplified)) return line;
  const title = BYLINE_TITLE.exec(simplified);
  const tail = /\s*(?:报道|摄|文\/图|供图)$/.exec(simplified);
  return line.slice(title ? title[0].length : 0, tail ? tail.index : line.length).trim();
}

/** "周立群（中央党校（国家行政学院）教授）" → "周立群": the affiliation in brackets is no name. */
function stripAffiliation(name: string): string {
  const open = name.search(/[（(]/);
  return open > 0 ? name.slice(0, open).trim() : name;
}

/**
 * A two-character name set in a byline with a space between its characters, to line up with the three-character
 * names beside it ("吴晓东  韩  雪"): two single characters in a row are one name ("韩雪").
 */
function padsJoined(parts: string[]): string[] {
  const single = (p: string | undefined) => p !== undefined && /^[\u3400-\u9fff]$/.test(p);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (single(parts[i]) && single(parts[i + 1]) && !single(parts[i + 2])) out.push(parts[i]! + parts[++i]!);
    else out.push(parts[i]!);
  }
  return out;
}

/**
 * "高远 宋佳宁" → "高远、宋佳宁": Chinese names listed with spaces or commas are joined with 、;
 * role words between them are no names ("高远 通讯员 宋佳宁").
 */
function joinNames(names: string): string {
  const split = names.split(/[\s、，,；;/]+/).filter(Boolean);
  const parts = padsJoined(split);
  if (parts.length === 1 && split.length === 2) return parts[0]!; // "韩  雪" alone
  if (parts.length < 2 || !parts.every((p) => /^[\u3400-\u9fff·]{2,5}$/.test(p) || isRoleWord(p))) return names;
  const people = parts.filter((p) => !isRoleWord(p));
  return people.length ? people.join('、') : names;
}
