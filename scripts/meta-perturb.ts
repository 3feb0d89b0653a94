/**
 * The info-line markups of real portals that our gold pages do not use, for scripts/meta-robustness.ts's
 * `markup` mode (session 37, s37-meta). Each variant rewrites a page's HTML (after its meta tags are stripped)
 * the way another template prints the same line — the labels and values of 来源 / 责任编辑 / 发布时间 in their own
 * inline elements, spaces as &nbsp; or full-width spaces, a share or subscribe widget inside the line, the line
 * as a layout table, a date printed by `document.write`, the label as an image's alt text, the breadcrumb's
 * separator in another character or an image — and returns null where the page has no such line. The caller
 * compares every field the unchanged (stripped) page reads right.
 */
import { parseDocument } from './analyze';

/** A label and its colon, then the value: a run without spaces or separators (a name, an outlet, a date's day). */
const PAIR =
  /(文章来源|信息来源|稿件来源|来源|稿源|责任编辑|编辑|责编|作者|发布时间|发布日期|发表时间|时间|日期|Source|From|Published|Updated)(\s*[:：]\s*)([^\s<>|｜\u00a0\u3000&]{2,30}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)/g;
/** Each text segment of the page (outside <script>/<style>) with `f` applied; null when no segment changed. */
function inText(html: string, f: (text: string) => string): string | null {
  let hit = false;
  const out = html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</gi,
    (all, skip?: string, _t?: string, text?: string) => {
      if (skip || text === undefined) return all;
      const next = f(text);
      if (next === text) return all;
      hit = true;
      return `>${next}<`;
    },
  );
  return hit ? out : null;
}

/** A line that holds two or more label–value pairs, or one label and a date: the page's info line. */
const isInfoLine = (text: string) => (text.match(PAIR) ?? []).length >= 2 || /(?:来源|Source|From)[:：]/.test(text);

const DATE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

const wrapPairs = (open1: string, close1: string, open2: string, close2: string) => (text: string) =>
  isInfoLine(text)
    ? text.replace(
        PAIR,
        (_, label: string, colon: string, value: string) =>
          `${open1}${label}${colon.trim()}${close1}${open2}${value}${close2}`,
      )
    : text;

export const MARKUP_VARIANTS: Record<string, (html: string) => string | null> = {
  // "<span>来源：</span><span>新华社</span>": each label and value an element of its own.
  span: (html) => inText(html, wrapPairs('<span class="l">', '</span>', '<span class="v">', '</span>')),
  // Each pair and date in a <span> of its own, no space between them (CSS margins part them on screen).
  glued: (html) =>
    inText(html, (t) =>
      isInfoLine(t)
        ? t
            .replace(DATE, (d) => `<span>${d}</span>`)
            .replace(PAIR, (pair: string) => (pair.includes('<span>') ? pair : `<span>${pair}</span>`))
            .replace(/(<\/span>)(?:[\s\u3000]|&nbsp;)+/g, '$1')
            .replace(/(?:[\s\u3000]|&nbsp;)+(<span>)/g, '$1')
        : t,
    ),
  // "<em>来源：</em><a href=…>新华社</a>": the value a link (an outlet's home page, a reporter's list).
  link: (html) => inText(html, wrapPairs('<em>', '</em>', '<a href="/list/index.html" target="_blank">', '</a>')),
  // "<font color=#666>来源：</font><font>新华社</font>" (old CMSes).
  font: (html) => inText(html, wrapPairs('<font color="#666666">', '</font>', '<font face="宋体">', '</font>')),
  // The line's spaces as &nbsp; runs, pairs joined by them.
  nbsp: (html) => inText(html, (t) => (isInfoLine(t) ? t.replace(/ +/g, '&nbsp;&nbsp;&nbsp;') : t)),
  // The line's spaces as full-width spaces (Chinese portals).
  ideo: (html) => inText(html, (t) => (isInfoLine(t) ? t.replace(/ +/g, '\u3000\u3000') : t)),
  // A share bar at the end of the line, with no class that says share.
  sharezh: (html) =>
    atLineEnd(
      html,
      '<span class="r"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span>',
    ),
  // gov.uk's and news sites' e-mail and subscribe links at the end of the line.
  signup: (html) =>
    atLineEnd(html, '<span class="r"><a href="mailto:?">Email</a><a href="/subscribe">Sign up</a></span>'),
  // The same widgets right after the line's first text (before a value printed in an element of its own).
  sharein: (html) =>
    inText(html, (t) =>
      isInfoLine(t)
        ? `${t}<span class="r"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span>`
        : t,
    ),
  signupin: (html) =>
    inText(html, (t) =>
      isInfoLine(t) ? `${t}<span class="r"><a href="mailto:?">Email</a><a href="/subscribe">Sign up</a></span>` : t,
    ),
  // The printed date written by a script: a browser leaves the script and its output side by side.
  docwrite: (html) =>
    inText(html, (t) =>
      isInfoLine(t) ? t.replace(DATE, (d) => `<script>var d="${d}";document.write(d);</script>${d}`) : t,
    ),
  // The label as an image whose alt text reads it ("<img alt='来源：'>新华社").
  altlabel: (html) =>
    inText(html, (t) =>
      isInfoLine(t)
        ? t.replace(PAIR, (_, label: string, colon: string, value: string) =>
            /[\u4e00-\u9fff]/.test(label)
              ? `<img src="/images/l${label.length}.gif" alt="${label}${colon.trim()}">${value}`
              : _,
          )
        : t,
    ),
  // The breadcrumb's separator another character: » › / ＞ → (each link of a trail joined by ">" or "&gt;").
  crumbraquo: (html) => crumbs(html, ' » '),
  crumbslash: (html) => crumbs(html, ' / '),
  crumbfull: (html) => crumbs(html, '＞'),
  crumbimg: (html) => crumbs(html, '<img src="/images/arrow.gif" alt="">'),
  // The info line as a layout table: each pair a label cell and a value cell.
  table: (html) => {
    let hit = false;
    const doc = parseDocument(html);
    for (const el of [...doc.querySelectorAll('body *')]) {
      if (el.children.length > 6 || /^(?:SCRIPT|STYLE|TITLE|A)$/.test(el.tagName)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '');
      const text = el.textContent ?? '';
      if (!own.some(isInfoLine) || text.length > 200) continue;
      const pairs = [...text.matchAll(PAIR)];
      if (!pairs.length) continue;
      // (the text between the pairs, a date, kept in cells of its own)
      let cells = '';
      let at = 0;
      const gap = (t: string) => (t.trim() ? `<td>${t.trim()}</td>` : '');
      for (const m of pairs) {
        cells += `${gap(text.slice(at, m.index))}<td class="t1">${m[1]}${m[2]!.trim()}</td><td class="t2">${m[3]}</td>`;
        at = m.index + m[0].length;
      }
      cells += gap(text.slice(at));
      el.innerHTML = `<table width="100%" border="0"><tbody><tr>${cells}</tr></tbody></table>`;
      hit = true;
    }
    return hit ? doc.toString() : null;
  },
};

/** Block-level holders of an info line: a widget is appended to the nearest, past a list's (a <dl>'s rows). */
const LINE_HOLDER = /^(?:DIV|P|TD|HEADER|SECTION|ARTICLE|H[1-6])$/;
/** `widget` appended at the end of each block holding an info line; null when the page has none. */
function atLineEnd(html: string, widget: string): string | null {
  const doc = parseDocument(html);
  const holders = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isInfoLine(n.textContent ?? '')) continue;
    let e = n.parentElement;
    while (e && e.tagName !== 'BODY' && !LINE_HOLDER.test(e.tagName)) e = e.parentElement;
    if (e && e.tagName !== 'BODY' && !/^(?:SCRIPT|STYLE)$/.test(n.parentElement?.tagName ?? '')) holders.add(e);
  }
  for (const e of holders) e.insertAdjacentHTML('beforeend', widget);
  return holders.size ? doc.toString() : null;
}

/** The separator text between two links of a breadcrumb ("首页 > 新闻 > 时政") as `sep`. */
function crumbs(html: string, sep: string): string | null {
  let hit = false;
  const out = html.replace(
    /(<\/a>)(\s*(?:&gt;|>|»|&raquo;|›|→|\/|＞|>>|&gt;&gt;)\s*)(<a\s)/gi,
    (_, a: string, _s: string, b: string) => {
      hit = true;
      return `${a}${sep}${b}`;
    },
  );
  return hit ? out : null;
}
