/**
 * Reads every gold page's metadata again from a page changed the way an unseen template of the same kind
 * would differ, and lists the fields that then disagree with the gold: where a field rests on one thing
 * (a meta tag, a site adapter's selector, a class name) that the next template may not have.
 *
 *   npx tsx scripts/meta-robustness.ts MODE DIR [DIR …]
 *
 * MODE: strip (no meta tags, no JSON-LD), host (the site renamed, links too: no site adapter), noclass
 * (host, and every class and id renamed), both (strip and host); datefmt (strip, and the published day
 * printed in the page's text rewritten in each other common form in turn: "2024年1月5日", "2024/01/05",
 * "5 January 2024", "Jan. 5, 2024" …; only the published day compared), edcode (a staff code after each
 * printed editor name: "责任编辑：甲 SN221", "甲_NB1234"; only the editor compared), labels (strip, and a field's
 * label printed otherwise: 稿源, 【来源：…】, 责编, 发布日期 as 时间 …; that field compared), nowrap (host, and the
 * element holding the body's paragraphs replaced by its children: a template without the usual wrapper). Each page's text nodes are merged as a
 * browser's parser leaves them (linkedom splits them at character references: "HM Revenue &amp; Customs"
 * is three nodes). markup (strip, and the info line and breadcrumb marked up as other portals do: scripts/meta-perturb.ts;
 * each field the stripped page reads right compared; markuphost the same
 * with the site renamed: no site adapter); metadate (strip, the printed published day taken out of the text and
 * given in one meta tag, JSON-LD or none; only the day compared). Pages whose gold is no article are checked to stay no article. A report, not a gate.
 * Session 35 (s35-meta) found its rules with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle } from '@/utils/article/detect';
import { registrableDomain } from '@/utils/highlights/url';
import { parseDocument, readHtml } from './analyze';
import { MARKUP_VARIANTS } from './meta-perturb';

const MODES = [
  'strip',
  'host',
  'noclass',
  'both',
  'datefmt',
  'edcode',
  'labels',
  'nowrap',
  'markup',
  'markuphost',
  'metadate',
] as const;
type Mode = (typeof MODES)[number];
const FIELDS = ['title', 'published', 'source', 'author', 'editor', 'channel', 'issuer', 'docNumber'] as const;

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '');

function changed(html: string, url: string, mode: Mode): { html: string; url: string } {
  if (
    mode === 'strip' ||
    mode === 'both' ||
    mode === 'datefmt' ||
    mode === 'labels' ||
    mode === 'markup' ||
    mode === 'markuphost' ||
    mode === 'metadate'
  )
    html = html
      .replace(/<meta\s[^>]*(?:name|property|itemprop)=[^>]*>/gi, '')
      .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
  if (
    mode === 'strip' ||
    mode === 'datefmt' ||
    mode === 'edcode' ||
    mode === 'labels' ||
    mode === 'markup' ||
    mode === 'metadate'
  )
    return { html, url };
  {
    const site = new RegExp(registrableDomain(new URL(url).hostname).replace(/\./g, '\\.'), 'g');
    html = html.replace(site, 'examplesite.org');
    url = url.replace(site, 'examplesite.org');
  }
  if (mode === 'noclass') {
    let k = 0;
    html = html.replace(/\s(?:class|id)=(?:"[^"]*"|'[^']*')/gi, () => ` class="c${k++}"`);
  }
  return { html, url };
}

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
/** The forms a day is printed in; each page's printed day is rewritten in each of the others in turn. */
const DAY_FORMS: Record<string, (y: number, m: number, d: number) => string> = {
  iso: (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`,
  slash: (y, m, d) => `${y}/${pad2(m)}/${pad2(d)}`,
  dot: (y, m, d) => `${y}.${pad2(m)}.${pad2(d)}`,
  cjkPadded: (y, m, d) => `${y}年${pad2(m)}月${pad2(d)}日`,
  cjk: (y, m, d) => `${y}年${m}月${d}日`,
  dmy: (y, m, d) => `${d} ${MONTH_NAMES[m - 1]} ${y}`,
  mdy: (y, m, d) => `${MONTH_NAMES[m - 1]} ${d}, ${y}`,
  mdyShort: (y, m, d) => `${MONTH_NAMES[m - 1]!.slice(0, 3)}. ${d}, ${y}`,
};
const pad2 = (n: number) => String(n).padStart(2, '0');
/** Every printed form of the day, longest first (an English month name before its abbreviation). */
function dayPattern(y: number, m: number, d: number): RegExp {
  const mon = MONTH_NAMES[m - 1]!;
  const forms = [
    `${y}\\s*[-/.年]\\s*0?${m}\\s*[-/.月]\\s*0?${d}(?!\\d)日?`,
    `(?<!\\d)0?${d}(?:st|nd|rd|th)?\\s+(?:${mon}|${mon.slice(0, 3)}\\.?)\\s+${y}`,
    `(?:${mon}|${mon.slice(0, 3)}\\.?)\\s+0?${d}(?:st|nd|rd|th)?,?\\s+${y}`,
  ];
  return new RegExp(forms.join('|'), 'gi');
}
/** The page with its printed day (in text, not in markup) rewritten in `form`; null when the page prints no day. */
function withDayForm(html: string, day: string, form: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const re = dayPattern(y, m, d);
  let hit = false;
  const out = html.replace(/>([^<]+)</g, (all, text: string) => {
    const next = text.replace(re, (found: string, at: number) => {
      hit = true;
      // "2024年07月26日16:42" printed as "2024-07-26 16:42", not "2024-07-2616:42"
      return DAY_FORMS[form]!(y, m, d) + (/\d/.test(text.charAt(at + found.length)) ? ' ' : '');
    });
    return next === text ? all : `>${next}<`;
  });
  return hit ? out : null;
}

/**
 * The page's printed day taken out of its text, and the day given in one place a template's markup carries it
 * instead (the forms of real portals: gov.cn's PubDate, news sites' article:published_time, JSON-LD, a <time>
 * element's datetime); `none` adds nothing (what the page then reads instead). Null when the page prints no day.
 */
const META_DATE_FORMS: Record<string, (iso: string) => string> = {
  none: () => '',
  pubdate: (iso) => `<meta name="PubDate" content="${iso.slice(0, 10)} ${iso.slice(11, 16) || '00:00'}">`,
  publishdate: (iso) => `<meta name="publishdate" content="${iso.slice(0, 10)}">`,
  og: (iso) => `<meta property="article:published_time" content="${iso}">`,
  jsonld: (iso) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"${iso}"}</script>`,
  itemprop: (iso) => `<meta itemprop="datePublished" content="${iso}">`,
};
function withMetaDate(html: string, iso: string, form: string): string | null {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const re = dayPattern(y, m, d);
  let hit = false;
  const out = html.replace(/>([^<]+)</g, (all, text: string) => {
    const next = text.replace(re, () => {
      hit = true;
      return '';
    });
    return next === text ? all : `>${next}<`;
  });
  return hit ? out.replace(/<\/head>/i, `${META_DATE_FORMS[form]!(iso)}</head>`) : null;
}

/** A staff code after every editor name printed after an editor label. */
function withEditorCodes(html: string, editor: string): string | null {
  let k = 0;
  const names = editor.split('、').map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(
    `((?:编辑|責任編輯|责编)\\s*[:：]?\\s*)(${names.join('|')})(?=[\\s<）)】\\]])(?!\\s*[A-Za-z]{1,5}\\d)`,
    'g',
  );
  const out = html.replace(re, (_, label: string, name: string) => `${label}${name}${k++ % 2 ? '_NB1234' : ' SN221'}`);
  return k ? out : null;
}

/**
 * A Chinese field label printed otherwise: each (field, pattern, replacement) rewrites the label in the page's
 * text (not its markup); the field is then compared.
 */
const LABEL_FORMS: readonly (readonly [string, string, RegExp, string])[] = [
  ['source', 'halfwidth', /(来源)：\s*/g, '$1: '],
  ['source', 'gaoyuan', /(?<![\u4e00-\u9fff])来源(?=[：:])/g, '稿源'],
  ['source', 'xinxi', /(?<![\u4e00-\u9fff])来源(?=[：:])/g, '信息来源'],
  ['source', 'bracketed', /(?<![\u4e00-\u9fff])来源[：:]\s*([^\s<]{2,20})/g, '【来源：$1】'],
  ['editor', 'zebian', /责任编辑(?=\s*[：:])/g, '责编'],
  ['editor', 'halfwidth', /(责任编辑|编辑)：\s*/g, '$1: '],
  ['editor', 'bracketed', /[（([【]?\s*(责任编辑|编辑)\s*[：:]\s*([\u4e00-\u9fff、]{2,12})\s*[）)\]】]?/g, '[$1:$2]'],
  ['published', 'riqi', /发布时间(?=\s*[：:])/g, '发布日期'],
  ['published', 'shijian', /发布(?:时间|日期)(?=\s*[：:])/g, '时间'],
  ['published', 'fabiao', /发布(?:时间|日期)(?=\s*[：:])/g, '发表时间'],
  ['published', 'halfwidth', /(发布时间|发布日期|时间|日期)：\s*/g, '$1: '],
];
/** The page with one label form applied in its text; null when the page prints no such label. */
function withLabelForm(html: string, re: RegExp, to: string): string | null {
  let hit = false;
  const out = html.replace(/>([^<]+)</g, (all, text: string) => {
    const next = text.replace(re, (...args: string[]) => {
      hit = true;
      return to.replace(/\$(\d)/g, (_, i: string) => args[Number(i)] ?? '');
    });
    return next === text ? all : `>${next}<`;
  });
  return hit ? out : null;
}

function same(field: string, want: unknown, got: unknown): boolean {
  if (field === 'published') return String(got ?? '').slice(0, 10) === String(want).slice(0, 10);
  if (field === 'channel') {
    const list = (v: unknown) => (Array.isArray(v) ? v.map(norm).join('>') : '');
    return list(want) === list(got);
  }
  return norm(want) === norm(got);
}

const [mode, ...dirs] = process.argv.slice(2) as [Mode, ...string[]];
if (!MODES.includes(mode) || !dirs.length) {
  console.error(`usage: npx tsx scripts/meta-robustness.ts ${MODES.join('|')} DIR [DIR …]`);
  process.exit(2);
}
const counts: Record<string, number> = {};
for (const dir of dirs) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const goldFile = join(dir, file.replace(/\.html$/, '.gold.json'));
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { url: string; article: Record<string, unknown> | null };
    const page = changed(readHtml(join(dir, file)), gold.url, mode);
    const fail = (what: string, line: string) => {
      counts[what] = (counts[what] ?? 0) + 1;
      console.log(`${file} ${line}`);
    };
    if (mode === 'labels') {
      for (const [field, form, re, to] of LABEL_FORMS) {
        const want = gold.article?.[field];
        if (typeof want !== 'string' || !want) continue;
        const html = withLabelForm(page.html, re, to);
        if (!html) continue;
        counts.pages = (counts.pages ?? 0) + 1;
        const doc = parseDocument(html);
        doc.normalize();
        const meta = detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined;
        if (!same(field, want, meta?.[field]))
          fail(
            `${field} ${form}`,
            `${form} ${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(meta?.[field])}`,
          );
      }
      continue;
    }
    if (mode === 'markup' || mode === 'markuphost') {
      // (only the fields the stripped page reads right: what the markup alone loses)
      if (!gold.article) continue;
      const read = (html: string) => {
        const doc = parseDocument(html);
        doc.normalize();
        return detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined;
      };
      const base = read(page.html);
      const right = FIELDS.filter((f) => f in gold.article! && same(f, gold.article![f], base?.[f]));
      for (const [form, vary] of Object.entries(MARKUP_VARIANTS)) {
        const html = vary(page.html);
        if (!html) continue;
        counts[`pages ${form}`] = (counts[`pages ${form}`] ?? 0) + 1;
        const meta = read(html);
        for (const f of right)
          if (!same(f, gold.article[f], meta?.[f]))
            fail(
              `${form} ${f}`,
              `${form} ${f}: want ${JSON.stringify(gold.article[f])}, got ${JSON.stringify(meta?.[f])}`,
            );
      }
      continue;
    }
    if (mode === 'metadate') {
      const want = gold.article?.published;
      if (typeof want !== 'string' || !want) continue;
      for (const form of Object.keys(META_DATE_FORMS)) {
        const html = withMetaDate(page.html, want, form);
        if (!html) continue;
        counts[`pages ${form}`] = (counts[`pages ${form}`] ?? 0) + 1;
        const doc = parseDocument(html);
        doc.normalize();
        const got = (detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined)?.published;
        if (!same('published', want, got))
          fail(`published ${form}`, `${form} published: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
      continue;
    }
    if (mode === 'datefmt' || mode === 'edcode') {
      const want = gold.article?.[mode === 'datefmt' ? 'published' : 'editor'];
      if (typeof want !== 'string' || !want) continue;
      const variants =
        mode === 'datefmt'
          ? Object.keys(DAY_FORMS).map((f) => [f, withDayForm(page.html, want.slice(0, 10), f)] as const)
          : [['code', withEditorCodes(page.html, want)] as const];
      for (const [form, html] of variants) {
        if (!html) continue;
        counts.pages = (counts.pages ?? 0) + 1;
        const doc = parseDocument(html);
        doc.normalize();
        const meta = detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined;
        const field = mode === 'datefmt' ? 'published' : 'editor';
        if (!same(field, want, meta?.[field]))
          fail(
            `${field} ${form}`,
            `${form} ${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(meta?.[field])}`,
          );
      }
      continue;
    }
    const doc = parseDocument(page.html);
    doc.normalize();
    if (mode === 'nowrap') {
      // (host, and the element holding the body's paragraphs replaced by its children)
      const found = detectArticle(doc, page.url);
      const holder = found?.blocks.find((b) => !b.summary)?.node.parentElement;
      if (!holder || holder.tagName === 'BODY' || !holder.parentNode) continue;
      counts.pages = (counts.pages ?? 0) + 1;
      holder.replaceWith(...Array.from(holder.childNodes));
    }
    const meta = detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined;
    if (!gold.article) {
      if (meta) fail('article', 'an article, but the gold says none');
      continue;
    }
    if (!meta) {
      fail('article', 'no article');
      continue;
    }
    for (const f of FIELDS)
      if (f in gold.article && !same(f, gold.article[f], meta[f]))
        fail(f, `${f}: want ${JSON.stringify(gold.article[f])}, got ${JSON.stringify(meta[f])}`);
  }
}
console.log(counts);
