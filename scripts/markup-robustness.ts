/**
 * Reads every gold page again from a body marked up the way another portal's template would mark up the same
 * text, and reports what the analysis then loses: where reading the page's text rests on one habit of our
 * fixtures (a <p> per paragraph, a class on the body wrapper, no stray break) that an unseen page may not have.
 *
 *   npx tsx scripts/markup-robustness.ts [--only NAME,NAME] [--top N] [--every N] [--verbose] [--dump DIR] DIR [DIR …]
 *
 * Each page is parsed, changed as its DOM (one perturbation at a time, below), written out and parsed again,
 * its text nodes merged as a browser's parser leaves them (linkedom splits them at character references), then
 * analyzed and scored by the shared scorer: directive F1, cores F1 (pages with a cores file), pages whose
 * metadata fails, detection (an article lost, or found where the gold has none) and articles the content
 * script's pre-check turns away. The unperturbed row is
 * read the same way, so every difference is the perturbation's. Then, per perturbation, the pages that lose
 * most. A report, not a gate. Session 36 (s36-markup) found its fixes with it.
 *
 * --every N reads one page in N of each directory (a quicker sample on a loaded machine).
 * --verbose lists each losing page's new misses and false positives (a converted page's in its characters).
 * --dump DIR writes each changed page there (NAME-page.html) to read it with scripts/analyze.ts.
 *
 * Session 38 added habits of real templates: an image and its caption inserted at the caret, splitting a sentence
 * (`imgsplit`); photo captions between paragraphs (`caption`); headings as bold paragraphs (`pstrong`); a span per
 * sentence (`spansent`); numbered measures as bullets without numbers or closing marks (`li`); gov.uk's contents
 * list before the body (`toc`).
 *
 * Session 39 added: paragraphs as <br><br> runs in a <div> with a CMS's single <br> wrapping a line mid-sentence
 * (`brdiv`); blank <p>&nbsp;</p> between paragraphs and full-width + &nbsp; indents (`blankp`); a style run opened
 * mid-paragraph to its end (`spanhalf`); a bulletin of three items, each a <div> under a bold title (`items`).
 *
 * Perturbations dropped as no real portal's habit: a sentence split across two <p> at every paragraph (an
 * editor's stray break happens once on a page, not in each paragraph: `splitp` splits one paragraph in four).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { analyzeDocument, type AnalysisJson } from '@/utils/analysis/analyze';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { parseDocument, readHtml } from './analyze';
import { CORE_SCORER, coreMicro, microAverage, score, type CoreReport, type PageScore } from './eval';

type Lang = 'zh' | 'en';
interface Page {
  lang: Lang;
  doc: Document;
}
/** Changes the page in place; false when it does not apply (the page is then left out of that row). */
type Perturb = (p: Page) => boolean;

const CJK = /[\u4e00-\u9fff]/;
const el = (doc: Document, tag: string, attrs: Record<string, string> = {}) => {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const paragraphs = (doc: Document) => [...doc.querySelectorAll('body p')];
/** Elements holding two or more <p> children: the body wrappers of a template. */
function containers(doc: Document): Element[] {
  const seen = new Set<Element>();
  for (const p of paragraphs(doc)) {
    const parent = p.parentElement;
    if (parent && !seen.has(parent) && [...parent.children].filter((c) => c.tagName === 'P').length >= 2)
      seen.add(parent);
  }
  return [...seen];
}
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of [...n.childNodes]) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !/^(?:SCRIPT|STYLE)$/.test((c as Element).tagName)) walk(c);
    }
  };
  walk(root);
  return out;
}
/** Text.splitText, which linkedom lacks. */
function splitText(t: Text, at: number): Text {
  const rest = t.ownerDocument.createTextNode(t.data.slice(at));
  t.data = t.data.slice(0, at);
  t.after(rest);
  return rest;
}
function rename(e: Element, tag: string): Element {
  const n = el(e.ownerDocument, tag);
  for (const a of [...e.attributes]) n.setAttribute(a.name, a.value);
  while (e.firstChild) n.appendChild(e.firstChild);
  e.replaceWith(n);
  return n;
}
function unwrap(e: Element): void {
  while (e.firstChild) e.parentNode!.insertBefore(e.firstChild, e);
  e.remove();
}
/** Moves a container's children into `inner`, the innermost of a chain built by `build`, then appends it. */
function wrapChildren(c: Element, outer: Element, inner: Element): void {
  while (c.firstChild) inner.appendChild(c.firstChild);
  c.appendChild(outer);
}
/** A place in the middle of a sentence: after a comma near the middle, else a word boundary (en) or character. */
function midSentence(text: string, lang: Lang): number {
  const n = text.length;
  if (n < 24) return -1;
  const lo = Math.floor(n * 0.3);
  const hi = Math.floor(n * 0.7);
  for (const sep of lang === 'zh' ? ['，', '、'] : [', ']) {
    const at = text.indexOf(sep, lo);
    if (at >= 0 && at < hi) return at + sep.length;
  }
  if (lang === 'en') {
    const at = text.indexOf(' ', Math.floor(n / 2));
    return at > 0 && at < hi && !/[.!?;:]$/.test(text.slice(0, at)) ? at + 1 : -1;
  }
  const at = Math.floor(n / 2);
  return /[。！？；：]/.test(text[at - 1] ?? '') ? -1 : at;
}
/** The longest text node directly in the paragraph (so it can be split without moving nested elements). */
function ownLongestText(p: Element): Text | null {
  let best: Text | null = null;
  for (const c of p.childNodes)
    if (c.nodeType === 3 && (c as Text).data.trim().length > (best?.data.trim().length ?? 0)) best = c as Text;
  return best;
}
/** Wraps a phrase in the middle of each paragraph's text in `make()`: a span, font, strong or link. */
function wrapPhrase(make: (doc: Document) => Element): Perturb {
  return ({ doc, lang }) => {
    let any = false;
    for (const p of paragraphs(doc)) {
      const t = textNodes(p).sort((a, b) => b.data.length - a.data.length)[0];
      if (!t || t.data.trim().length < 16) continue;
      let a = Math.floor(t.data.length * 0.35);
      let b = Math.floor(t.data.length * 0.5);
      if (lang === 'en') {
        a = t.data.indexOf(' ', a) + 1;
        b = t.data.indexOf(' ', Math.max(a + 1, b));
        if (a <= 0 || b <= a) continue;
      }
      const mid = splitText(t, a);
      splitText(mid, b - a);
      const w = make(doc);
      mid.replaceWith(w);
      w.appendChild(mid);
      any = true;
    }
    return any;
  };
}
const NAV_ZH = ['首页', '新闻', '政务', '公开', '服务', '互动', '专题', '视频', '图片', '数据', 'English', '无障碍'];
const NAV_EN = ['Home', 'News', 'About us', 'Services', 'Publications', 'Data', 'Events', 'Contact', 'Search', 'Help'];
const SIDE_ZH = [
  '市政府召开常务会议研究部署近期工作',
  '全省经济运行总体平稳',
  '本周天气预报',
  '便民服务热线',
  '关于举办培训班的通知',
  '最新政策解读',
];
const SIDE_EN = [
  'Minister visits new hospital',
  'Annual report published',
  'Weather warning for the weekend',
  'Apply for a permit',
  'Consultation opens on road safety',
  'Latest statistics',
];

/** The bold titles `items` adds: the headings the analysis lists for them are the perturbation's, not the gold's. */
const ITEM_TITLES: Record<Lang, string[]> = {
  zh: ['国内要闻', '政策解读', '各地动态'],
  en: ['In brief', 'Policy', 'Around the regions'],
};
const ADDED_HEADINGS = new Set(Object.values(ITEM_TITLES).flat());

const PERTURBATIONS: Record<string, Perturb> = {
  none: () => true,
  // Paragraphs as text runs between <br><br> in one wrapper (old CMSes, pasted text).
  br: ({ doc }) => {
    const cs = containers(doc);
    for (const c of cs)
      for (const p of [...c.children].filter((x) => x.tagName === 'P')) {
        p.after(el(doc, 'br'), el(doc, 'br'));
        unwrap(p);
      }
    return cs.length > 0;
  },
  // The same, each paragraph opened by a full-width indent (Chinese portals).
  'br+indent': ({ doc, lang }) => {
    if (lang !== 'zh') return false;
    const cs = containers(doc);
    for (const c of cs)
      for (const p of [...c.children].filter((x) => x.tagName === 'P')) {
        p.prepend('\u3000\u3000');
        p.after(el(doc, 'br'), el(doc, 'br'));
        unwrap(p);
      }
    return cs.length > 0;
  },
  // 　　 at each paragraph's start (Chinese portals).
  indent: ({ doc, lang }) => {
    if (lang !== 'zh') return false;
    for (const p of paragraphs(doc)) p.prepend('\u3000\u3000');
    return true;
  },
  // &nbsp; runs: four at each paragraph's start; in English also the double space after a full stop.
  nbsp: ({ doc, lang }) => {
    for (const p of paragraphs(doc)) p.prepend('\u00a0\u00a0\u00a0\u00a0');
    if (lang === 'en')
      for (const p of paragraphs(doc))
        for (const t of textNodes(p)) t.data = t.data.replace(/\. (?=[A-Z])/g, '.\u00a0 ');
    return true;
  },
  span: wrapPhrase((doc) => el(doc, 'span', { style: 'color:#333' })),
  font: wrapPhrase((doc) => el(doc, 'font', { face: '宋体', size: '3' })),
  strong: wrapPhrase((doc) => el(doc, 'strong')),
  link: wrapPhrase((doc) => el(doc, 'a', { href: '/tags/term.html', target: '_blank' })),
  // The body wrapper's content in an old layout table.
  table: ({ doc }) => {
    const cs = containers(doc);
    for (const c of cs) {
      const table = el(doc, 'table', { width: '100%', border: '0', cellpadding: '0', cellspacing: '0' });
      const td = el(doc, 'td', { align: 'left' });
      const tr = el(doc, 'tr');
      const tbody = el(doc, 'tbody');
      table.appendChild(tbody).appendChild(tr).appendChild(td);
      wrapChildren(c, table, td);
    }
    return cs.length > 0;
  },
  // No class or id on the body wrapper and its ancestors: the next template names them otherwise.
  noclass: ({ doc }) => {
    const cs = containers(doc);
    for (const c of cs)
      for (let e: Element | null = c; e && e.tagName !== 'HTML'; e = e.parentElement) {
        e.removeAttribute('class');
        e.removeAttribute('id');
      }
    return cs.length > 0;
  },
  div: ({ doc }) => {
    for (const p of paragraphs(doc)) rename(p, 'div');
    return true;
  },
  section: ({ doc }) => {
    const cs = containers(doc);
    for (const c of cs) {
      const article = el(doc, 'article');
      const section = article.appendChild(el(doc, 'section'));
      wrapChildren(c, article, section.appendChild(el(doc, 'div')));
    }
    return cs.length > 0;
  },
  // The source hard-wrapped: a newline inside sentences (English every ~8 words, Chinese every 30 characters).
  newline: ({ doc, lang }) => {
    for (const p of paragraphs(doc))
      for (const t of textNodes(p)) {
        if (lang === 'en') {
          let k = 0;
          t.data = t.data.replace(/ /g, () => (++k % 8 === 0 ? '\n' : ' '));
        } else t.data = t.data.replace(/[^\n]{30}(?=[^\n])/g, (m) => `${m}\n`);
      }
    return true;
  },
  // An editor's stray break: one paragraph in four (of 24+ characters) split mid-sentence into two <p>.
  splitp: ({ doc, lang }) => {
    let k = 0;
    let any = false;
    for (const p of paragraphs(doc)) {
      const t = ownLongestText(p);
      if (!t) continue;
      const at = midSentence(t.data, lang);
      if (at < 0 || k++ % 4 !== 1) continue;
      const rest = splitText(t, at);
      const q = el(doc, 'p');
      for (let n: ChildNode | null = rest; n;) {
        const next: ChildNode | null = n.nextSibling;
        q.appendChild(n);
        n = next;
      }
      p.after(q);
      any = true;
    }
    return any;
  },
  // The same stray break as a <br> inside the paragraph.
  brsplit: ({ doc, lang }) => {
    let k = 0;
    let any = false;
    for (const p of paragraphs(doc)) {
      const t = ownLongestText(p);
      if (!t) continue;
      const at = midSentence(t.data, lang);
      if (at < 0 || k++ % 4 !== 1) continue;
      splitText(t, at).before(el(doc, 'br'));
      any = true;
    }
    return any;
  },
  // An image the editor inserted at the cursor: one paragraph in four (of 24+ characters) split mid-sentence by a
  // centred image paragraph and its caption (CMS editors insert at the caret, closing the <p> around it).
  imgsplit: ({ doc, lang }) => {
    let k = 0;
    let any = false;
    for (const p of paragraphs(doc)) {
      const t = ownLongestText(p);
      if (!t) continue;
      const at = midSentence(t.data, lang);
      if (at < 0 || k++ % 4 !== 1) continue;
      const rest = splitText(t, at);
      const q = el(doc, 'p');
      for (let n: ChildNode | null = rest; n;) {
        const next: ChildNode | null = n.nextSibling;
        q.appendChild(n);
        n = next;
      }
      p.after(...photo(doc, lang), q);
      any = true;
    }
    return any;
  },
  // Photos with captions in the body between paragraphs (news portals): after the first paragraph and the middle one.
  caption: ({ doc, lang }) => {
    const ps = paragraphs(doc).filter((p) => (p.textContent ?? '').trim().length >= 24);
    if (ps.length < 2) return false;
    for (const p of new Set([ps[0]!, ps[Math.floor(ps.length / 2)]!])) p.after(...photo(doc, lang));
    return true;
  },
  // Headings printed as bold paragraphs (<p><strong>…</strong></p>: editors without heading styles, Word pastes).
  pstrong: ({ doc }) => {
    const hs = [...doc.querySelectorAll('body h2, body h3, body h4, body h5, body h6')].filter((h) =>
      h.parentElement?.querySelector(':scope > p'),
    );
    for (const h of hs) {
      const p = el(doc, 'p');
      const b = p.appendChild(el(doc, 'strong'));
      while (h.firstChild) b.appendChild(h.firstChild);
      h.replaceWith(p);
    }
    return hs.length > 0;
  },
  // Each sentence in a span of its own (Word and translation-memory exports: a run per sentence).
  spansent: ({ doc, lang }) => {
    const end = lang === 'zh' ? /[^。！？；]*[。！？；]+[”’）]*|[^。！？；]+$/g : /[^.!?]*[.!?]+["')]*\s*|[^.!?]+$/g;
    let any = false;
    for (const p of paragraphs(doc)) {
      if (p.children.length) continue; // text alone: the sentences are cut from one text node
      const text = p.textContent ?? '';
      const parts = text.match(end) ?? [];
      if (parts.length < 2 || parts.join('') !== text) continue;
      p.textContent = '';
      for (const s of parts) p.appendChild(el(doc, 'span', { lang: lang === 'zh' ? 'ZH-CN' : 'EN-GB' })).append(s);
      any = true;
    }
    return any;
  },
  // Enumerated measures as a bulleted list: two or more paragraphs in a row opening with a point number
  // ("（一）", "1.", "(a)") become <ul><li>, the number and the closing mark dropped (templates print bullets).
  li: ({ doc }) => {
    const numbered =
      /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\s*|\([a-z]\)\s*|[一二三四五六七八九十]+、)/;
    let any = false;
    for (const c of containers(doc)) {
      let group: Element[] = [];
      const flush = () => {
        if (group.length >= 2) {
          const ul = el(doc, 'ul');
          group[0]!.before(ul);
          for (const p of group) {
            const li = ul.appendChild(el(doc, 'li'));
            while (p.firstChild) li.appendChild(p.firstChild);
            p.remove();
            const first = textNodes(li)[0];
            if (first) first.data = first.data.replace(numbered, '');
            const last = textNodes(li).at(-1);
            if (last) last.data = last.data.replace(/[。；;.]\s*$/, '');
          }
          any = true;
        }
        group = [];
      };
      for (const ch of [...c.children]) {
        if (ch.tagName === 'P' && numbered.test(ch.textContent ?? '') && (ch.textContent ?? '').length > 12)
          group.push(ch);
        else flush();
      }
      flush();
    }
    return any;
  },
  // Paragraphs as <br><br> runs in a <div>, and one in four wrapped mid-sentence by a single <br> (a CMS that
  // wraps its editor's lines: "…各地要加强监测，<br>及时发布预警。<br><br>…").
  brdiv: ({ doc, lang }) => {
    const cs = containers(doc);
    let k = 0;
    for (const c of cs) {
      for (const p of [...c.children].filter((x) => x.tagName === 'P')) {
        const t = ownLongestText(p);
        const at = t ? midSentence(t.data, lang) : -1;
        if (t && at >= 0 && k++ % 4 === 1) splitText(t, at).before(el(doc, 'br'));
        p.after(el(doc, 'br'), el(doc, 'br'));
        unwrap(p);
      }
      if (c.tagName !== 'DIV') rename(c, 'div');
    }
    return cs.length > 0;
  },
  // Blank paragraphs between paragraphs (<p>&nbsp;</p>: Word pastes, UEditor) and each paragraph opened by
  // full-width spaces and &nbsp; runs together ("　　&nbsp;&nbsp;", Chinese portals' pasted indents).
  blankp: ({ doc, lang }) => {
    const ps = paragraphs(doc);
    for (const p of ps) {
      if (lang === 'zh') p.prepend('\u3000\u3000\u00a0\u00a0');
      else p.prepend('\u00a0\u00a0');
      const blank = el(doc, 'p');
      blank.append('\u00a0');
      p.after(blank);
    }
    return ps.length > 0;
  },
  // A style run opened mid-paragraph and closed at its end (<span style="font-family:仿宋">: Word pastes whose
  // font changes inside a sentence; <font> in older editors): the second half of each paragraph's text.
  spanhalf: ({ doc, lang }) => {
    let any = false;
    for (const p of paragraphs(doc)) {
      const t = ownLongestText(p);
      if (!t) continue;
      const at = midSentence(t.data, lang);
      if (at < 0) continue;
      const rest = splitText(t, at);
      const w = el(doc, 'span', { style: 'font-family: 仿宋_GB2312; font-size: 16pt;' });
      rest.before(w);
      for (let n: ChildNode | null = rest; n;) {
        const next: ChildNode | null = n.nextSibling;
        w.appendChild(n);
        n = next;
      }
      any = true;
    }
    return any;
  },
  // A bulletin of several items (新闻联播's text page, a ministry's daily roundup): the body's paragraphs in three
  // sibling <div>s, each under a bold title paragraph.
  items: ({ doc, lang }) => {
    const c = containers(doc)[0];
    if (!c) return false;
    const ps = [...c.children].filter((x) => x.tagName === 'P');
    if (ps.length < 6) return false;
    const titles = ITEM_TITLES[lang];
    const cut = [0, Math.floor(ps.length / 3), Math.floor((2 * ps.length) / 3), ps.length];
    for (let i = 0; i < 3; i++) {
      const from = ps[cut[i]!]!;
      const to = ps[cut[i + 1]!] ?? null;
      const item = el(doc, 'div', { class: 'item' });
      from.before(item);
      item.appendChild(el(doc, 'p')).appendChild(el(doc, 'strong')).append(titles[i]!);
      // everything from the group's first paragraph to the next group's (or the wrapper's end), in order
      for (let n: ChildNode | null = from; n && n !== to;) {
        const next: ChildNode | null = n.nextSibling;
        item.appendChild(n);
        n = next;
      }
    }
    return true;
  },
  // A contents list before the body, linking to its headings (gov.uk's "Contents" on long guidance pages).
  toc: contents,
  // The page inside an outer frame: a navigation bar, a side column of headlines, a footer.
  frame: ({ doc, lang }) => {
    const body = doc.body;
    const links = (words: string[], cls: string) => {
      const ul = el(doc, 'ul', { class: cls });
      for (const w of words)
        ul.appendChild(el(doc, 'li'))
          .appendChild(el(doc, 'a', { href: '/x/' }))
          .append(w);
      return ul;
    };
    const main = el(doc, 'div', { class: 'wrap' });
    while (body.firstChild) main.appendChild(body.firstChild);
    const header = el(doc, 'div', { class: 'top' });
    header.appendChild(links(lang === 'zh' ? NAV_ZH : NAV_EN, 'nav'));
    const side = el(doc, 'div', { class: 'side' });
    side.appendChild(el(doc, 'h3')).append(lang === 'zh' ? '热点新闻' : 'Most read');
    side.appendChild(links(lang === 'zh' ? SIDE_ZH : SIDE_EN, 'list'));
    const foot = el(doc, 'div', { class: 'foot' });
    foot
      .appendChild(el(doc, 'p'))
      .append(
        lang === 'zh'
          ? '版权所有：某某网 备案号：京ICP备00000000号 联系我们'
          : '© Crown copyright. All content is available under the Open Government Licence.',
      );
    body.append(header, main, side, foot);
    return true;
  },
  // The body wrapper's parent and grandparent named with a word other templates use for furniture, as layout
  // classes do ("has-sidebar", "main-with-nav", "content-share-wrap": WordPress themes, gov sites' grids).
  furnclass: ({ doc }) => {
    const cs = containers(doc);
    const words = ['has-sidebar', 'main-with-nav', 'content-share-wrap'];
    let k = 0;
    for (const c of cs)
      for (let e = c.parentElement, up = 0; e && up < 2 && e.tagName !== 'BODY'; e = e.parentElement, up++)
        e.setAttribute('class', `${e.getAttribute('class') ?? ''} ${words[k++ % words.length]}`.trim());
    return cs.length > 0;
  },
  // The page in traditional characters (a Big5-era portal); its gold and cores converted the same way.
  hant: ({ doc, lang }) => {
    if (lang !== 'zh') return false;
    for (const t of textNodes(doc.documentElement)) t.data = toHant(t.data);
    for (const m of doc.querySelectorAll('meta[content]'))
      m.setAttribute('content', toHant(m.getAttribute('content')!));
    return true;
  },
};
/** A contents list linking to the body's headings, before the body wrapper (gov.uk's contents-list component). */
function contents({ doc, lang }: Page): boolean {
  const hs = [...doc.querySelectorAll('body h2, body h3')];
  const cs = containers(doc);
  if (hs.length < 2 || !cs.length) return false;
  const nav = el(doc, 'nav', { class: 'gem-c-contents-list', 'aria-label': 'Contents' });
  nav.appendChild(el(doc, 'h2', { class: 'gem-c-contents-list__title' })).append(lang === 'zh' ? '目录' : 'Contents');
  const ol = nav.appendChild(el(doc, 'ol', { class: 'gem-c-contents-list__list' }));
  hs.forEach((h, i) =>
    ol
      .appendChild(el(doc, 'li', { class: 'gem-c-contents-list__list-item' }))
      .appendChild(el(doc, 'a', { href: `#section-${i}`, class: 'govuk-link' }))
      .append(h.textContent ?? ''),
  );
  cs[0]!.before(nav);
  return true;
}
/** A centred photo paragraph and its caption, as news CMSes insert them. */
function photo(doc: Document, lang: Lang): Element[] {
  const img = el(doc, 'p', { style: 'text-align: center;' });
  img.appendChild(el(doc, 'img', { src: '/upload/2024/photo.jpg', border: '0' }));
  const cap = el(doc, 'p', { style: 'text-align: center;', class: 'pictext' });
  cap.append(
    lang === 'zh'
      ? '图为3月5日，工作人员在现场查看设备运行情况。（记者 李明 摄）'
      : 'Staff check equipment at the site on 5 March. (Photo: Press Office)',
  );
  return [img, cap];
}
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const deepHant = (v: unknown): unknown =>
  typeof v === 'string'
    ? toHant(v)
    : Array.isArray(v)
      ? v.map(deepHant)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'page' || k === 'url' ? x : deepHant(x)]))
        : v;

/** The cores file in traditional characters: each core cut from its converted sentence where it lies in it. */
function hantCores(cores: unknown): unknown {
  const c = cores as { cores: { text: string; core: string[] }[] };
  return {
    ...c,
    cores: c.cores.map((e) => {
      const text = toHant(e.text);
      const core = e.core.map((k) => {
        const at = e.text.indexOf(k);
        return at >= 0 && text.length === e.text.length ? text.slice(at, at + k.length) : toHant(k);
      });
      return { ...e, text, core };
    }),
  };
}

interface Row {
  page: string;
  score: PageScore;
  core?: CoreReport;
  detect: 'ok' | 'lost' | 'false';
  turnedAway: boolean;
}

interface CoreScorer {
  scoreCores: (gold: unknown, cores: unknown, analysis: unknown) => { report: CoreReport };
}

async function main(argv: string[]) {
  let only: string[] = Object.keys(PERTURBATIONS);
  let top = 6;
  let dump = '';
  let verbose = false;
  let every = 1;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only') only = ['none', ...argv[++i]!.split(',')];
    else if (a === '--top') top = Number(argv[++i]);
    else if (a === '--dump') dump = argv[++i]!;
    else if (a === '--verbose') verbose = true;
    else if (a === '--every') every = Number(argv[++i]);
    else dirs.push(a);
  }
  if (!dirs.length) {
    console.error(`usage: npx tsx scripts/markup-robustness.ts [--only ${Object.keys(PERTURBATIONS).join(',')}] DIR …`);
    process.exit(2);
  }
  const { scoreCores } = (await import(pathToFileURL(CORE_SCORER).href)) as CoreScorer;
  const tmp = mkdtempSync(join(tmpdir(), 'markup-'));
  const rows: Record<string, Row[]> = Object.fromEntries(only.map((k) => [k, []]));
  for (const dir of dirs)
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .filter((_, k) => k % every === 0)) {
      const goldFile = join(dir, file.replace(/\.html$/, '.gold.json'));
      if (!existsSync(goldFile)) continue;
      const coresFile = join(dir, file.replace(/\.html$/, '.cores.json'));
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
        url: string;
        article: { language?: string } | null;
      };
      const cores = existsSync(coresFile) ? (JSON.parse(readFileSync(coresFile, 'utf8')) as unknown) : null;
      const html = readHtml(join(dir, file));
      for (const name of only) {
        const doc = parseDocument(html);
        doc.normalize();
        const lang: Lang = gold.article?.language
          ? gold.article.language.startsWith('zh')
            ? 'zh'
            : 'en'
          : CJK.test(doc.body?.textContent?.slice(0, 2000) ?? '')
            ? 'zh'
            : 'en';
        if (!PERTURBATIONS[name]!({ doc, lang })) continue;
        if (dump) writeFileSync(join(dump, `${name}-${file}`), doc.toString());
        const again = parseDocument(doc.toString());
        again.normalize();
        const analysis: AnalysisJson = analyzeDocument(again, gold.url);
        if (name === 'items')
          analysis.directives = analysis.directives.filter(
            (d) => d.category !== 'heading' || !ADDED_HEADINGS.has(d.text.trim()),
          );
        let g: unknown = gold;
        let gf = goldFile;
        let c = cores;
        if (name === 'hant') {
          g = deepHant(gold);
          gf = join(tmp, 'gold.json');
          writeFileSync(gf, JSON.stringify(g));
          c = cores && hantCores(cores);
        }
        const s = score(gf, JSON.stringify(analysis));
        const detect = gold.article && !analysis.article ? 'lost' : !gold.article && analysis.article ? 'false' : 'ok';
        // the content script's cheap pre-check comes first: an article it turns away is never read
        const turnedAway = !!gold.article && !looksLikeArticle(again, gold.url);
        let core: CoreReport | undefined;
        try {
          core = c ? scoreCores(g, c, analysis).report : undefined;
        } catch {
          // a converted core that its converted sentence spells otherwise (OpenCC reads phrases in context)
          core = undefined;
        }
        rows[name]!.push({ page: file, score: s, core, detect, turnedAway });
      }
    }
  const base = new Map(rows.none!.map((r) => [r.page, r]));
  const f = (x: number) => x.toFixed(3);
  console.log(
    'perturbation  pages  F1 (same pages unperturbed)  P     R     cores F1 (base)  meta fails (base)  lost/false  pre-check fails',
  );
  for (const name of only) {
    const rs = rows[name]!;
    const bs = rs.map((r) => base.get(r.page)!);
    const m = microAverage(rs.map((r) => r.score));
    const mb = microAverage(bs.map((r) => r.score));
    const cr = rs.filter((r) => r.core);
    const c = coreMicro(cr.map((r) => r.core!));
    const cb = coreMicro(cr.map((r) => base.get(r.page)!.core!).filter(Boolean));
    const fails = (xs: Row[]) => xs.filter((r) => r.score.metadata !== 'ok').length;
    console.log(
      [
        name.padEnd(13),
        String(rs.length).padStart(5),
        ` ${f(m.f1)} (${f(mb.f1)})`.padEnd(28),
        f(m.precision),
        f(m.recall),
        `${f(c.f1)} (${f(cb.f1)})`.padEnd(16),
        `${fails(rs)} (${fails(bs)})`.padEnd(18),
        `${rs.filter((r) => r.detect === 'lost').length}/${rs.filter((r) => r.detect === 'false').length}`.padEnd(11),
        String(rs.filter((r) => r.turnedAway).length),
      ].join(' '),
    );
  }
  for (const name of only.filter((n) => n !== 'none')) {
    const losses = rows[name]!.map((r) => {
      const b = base.get(r.page)!;
      const newMeta =
        r.score.metadata === 'ok'
          ? []
          : r.score.metadata.filter((x) => b.score.metadata === 'ok' || !b.score.metadata.includes(x));
      const coreLoss = r.core && b.core ? b.core.coreF1 - r.core.coreF1 : 0;
      return { r, loss: b.score.f1 - r.score.f1, coreLoss, newMeta };
    })
      .filter(
        (x) => x.loss > 0.001 || x.newMeta.length || x.r.detect !== base.get(x.r.page)!.detect || x.coreLoss > 0.05,
      )
      .sort((a, b) => b.loss - a.loss || b.newMeta.length - a.newMeta.length || b.coreLoss - a.coreLoss);
    if (!losses.length) continue;
    console.log(`\n${name}: ${losses.length} page(s) lose`);
    for (const x of losses.slice(0, top)) {
      console.log(
        `  ${x.r.page.padEnd(48)} F1 -${f(x.loss)} cores -${f(x.coreLoss)}${x.r.detect !== 'ok' ? ` detection ${x.r.detect}` : ''}` +
          (x.newMeta.length ? ` meta: ${x.newMeta.join('; ').slice(0, 160)}` : ''),
      );
      if (!verbose) continue;
      const b = base.get(x.r.page)!.score;
      for (const [what, now, was] of [
        ['missed', x.r.score.missed, b.missed],
        ['false positive', x.r.score.falsePositives, b.falsePositives],
      ] as const)
        for (const m of now ?? []) if (!(was ?? []).includes(m)) console.log(`      ${what}: ${m.slice(0, 120)}`);
    }
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
