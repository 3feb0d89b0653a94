/**
 * Reads every gold page's metadata again from a page changed the way an unseen template of the same kind
 * would differ, and lists the fields that then disagree with the gold: where a field rests on one thing
 * (a meta tag, a site adapter's selector, a class name) that the next template may not have.
 *
 *   npx tsx scripts/meta-robustness.ts MODE DIR [DIR …]
 *
 * MODE: strip (no meta tags, no JSON-LD), host (the site renamed, links too: no site adapter), noclass
 * (host, and every class and id renamed), both (strip and host). Each page's text nodes are merged as a
 * browser's parser leaves them (linkedom splits them at character references: "HM Revenue &amp; Customs"
 * is three nodes). Pages whose gold is no article are checked to stay no article. A report, not a gate.
 * Session 35 (s35-meta) found its rules with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle } from '@/utils/article/detect';
import { registrableDomain } from '@/utils/highlights/url';
import { parseDocument, readHtml } from './analyze';

const MODES = ['strip', 'host', 'noclass', 'both'] as const;
type Mode = (typeof MODES)[number];
const FIELDS = ['title', 'published', 'source', 'author', 'editor', 'channel', 'issuer', 'docNumber'] as const;

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '');

function changed(html: string, url: string, mode: Mode): { html: string; url: string } {
  if (mode === 'strip' || mode === 'both')
    html = html
      .replace(/<meta\s[^>]*(?:name|property|itemprop)=[^>]*>/gi, '')
      .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
  if (mode !== 'strip') {
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
    const doc = parseDocument(page.html);
    doc.normalize();
    const meta = detectArticle(doc, page.url)?.meta as Record<string, unknown> | undefined;
    const fail = (what: string, line: string) => {
      counts[what] = (counts[what] ?? 0) + 1;
      console.log(`${file} ${line}`);
    };
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
