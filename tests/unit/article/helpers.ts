import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '@/utils/article/parse';

export const PAGES_DIR = join(__dirname, '../../fixtures/pages');

export interface Gold {
  page: string;
  url: string;
  article: Record<string, unknown> | null;
  directives: { text: string; category: string; accept?: string[] }[];
  optional: string[];
  not: string[];
}

/** Parses a fixture page (decoding GBK pages by their meta charset) into a linkedom Document. */
export function loadPage(name: string): Document {
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, name))));
  return documentFrom(html);
}

export function loadGold(page: string): Gold {
  return JSON.parse(readFileSync(join(PAGES_DIR, page.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
}

/** As a browser parses it: linkedom splits a text at each character reference, a browser's parser does not. */
export function documentFrom(html: string): Document {
  const { document } = parseHTML(html);
  document.documentElement.normalize();
  return document;
}

/** `n` paragraphs of policy prose: enough text for a made-up page to be detected as an article. */
export const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>第${i + 1}段：各地要切实加强组织领导，认真落实各项工作部署，确保政策措施落地见效，推动工作取得新的更大成效。</p>`,
  ).join('');

/** Every fixture page that has a gold file. */
export function fixturePages(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => readdirSync(PAGES_DIR).includes(f.replace(/\.html$/, '.gold.json')))
    .sort();
}

/** The scorer's comparison: NFKC and no white space. */
export const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '');

/** Checks every field of the gold metadata the way the shared scorer (../shared/eval/score.mjs) does; returns the mismatches. */
export function metaMismatches(gold: Record<string, unknown>, got: Record<string, unknown>): string[] {
  const fails: string[] = [];
  for (const [k, want] of Object.entries(gold)) {
    const have = got[k];
    let ok: boolean;
    if (k === 'published') ok = Date.parse(String(want)) === Date.parse(String(have));
    else if (k === 'language')
      ok = String(have ?? '')
        .toLowerCase()
        .startsWith(String(want).toLowerCase());
    else if (k === 'keywords')
      ok =
        Array.isArray(have) &&
        [...(want as string[])].map(norm).sort().join('|') === [...have].map(norm).sort().join('|');
    else if (k === 'channel')
      ok = Array.isArray(have) && (want as string[]).map(norm).join('>') === have.map(norm).join('>');
    else ok = norm(want) === norm(have);
    if (!ok) fails.push(`${k}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  }
  return fails;
}
