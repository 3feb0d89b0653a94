/**
 * The page of a browser-sync record (url, title, site, article metadata), written once per page
 * per item, and the UUID codecs the records and device tables share. Version 2 pages are
 * bit-packed through the word model of cjk-text.ts; version 1 tuples are still read.
 */
import type { ArticleMeta, Highlight } from '@/utils/highlights/record';
import { asciiToBits, BitReader, bitsToAscii, BitWriter } from './bit-stream';
import { unpackText } from './cjk-pairs';
import { readText, writeText } from './cjk-text';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 36-char lowercase UUID -> 22 base64url chars (128 bits in 22 × 6 bits, 4 bits spare). */
export function packUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  let bits = '';
  for (const h of hex) bits += parseInt(h, 16).toString(2).padStart(4, '0');
  bits += '0000';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += B64[parseInt(bits.slice(i, i + 6), 2)];
  return out;
}

export function unpackUuid(packed: string): string {
  if (!/^[A-Za-z0-9_-]{22}$/.test(packed)) throw new Error('not a packed uuid'); // not quoted: the words are the sender's
  let bits = '';
  for (const c of packed) bits += B64.indexOf(c).toString(2).padStart(6, '0');
  let hex = '';
  for (let i = 0; i < 128; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** A page: a bit-packed string (version 2) or a tuple (version 1, read only). */
export type PageEntry = unknown;
export type Page = Pick<Highlight, 'url' | 'title' | 'site' | 'article'>;
const ARTICLE_KEYS = [
  ['published', 'p'],
  ['source', 's'],
  ['editor', 'e'],
  ['author', 'a'],
  ['keywords', 'k'],
  ['channel', 'c'],
  ['language', 'l'],
  ['issuer', 'i'],
  ['docNumber', 'n'],
] as const;

/**
 * Version 2 page: url, title, site (unless the url's host name), then the article metadata
 * (absent / null / fields, each absent / null / text / list), texts through writeText.
 */
export function encodePage(h: Highlight): string {
  const w = new BitWriter();
  writeText(w, h.url);
  writeText(w, h.title);
  if (h.site === hostOf(h.url)) w.write(0, 1);
  else {
    w.write(1, 1);
    writeText(w, h.site);
  }
  const article = h.article;
  w.writeUint(article === undefined ? 0 : article === null ? 1 : 2);
  if (article) {
    if (article.title === h.title) w.write(0, 1);
    else {
      w.write(1, 1);
      writeText(w, article.title);
    }
    for (const [key] of ARTICLE_KEYS) {
      const value = article[key];
      if (value === undefined) w.writeUint(0);
      else if (value === null) w.writeUint(1);
      else if (typeof value === 'string') {
        w.writeUint(2);
        writeText(w, value);
      } else {
        w.writeUint(3);
        w.writeUint(value.length);
        for (const x of value) writeText(w, x);
      }
    }
  }
  return bitsToAscii(w.bits);
}

export function decodePageV2(entry: unknown): Page {
  if (typeof entry !== 'string') throw new Error('bad page entry');
  const r = new BitReader(asciiToBits(entry));
  const url = readText(r);
  const title = readText(r);
  const site = r.bit() === 0 ? hostOf(url) : readText(r);
  if (site === null) throw new Error('bad page site');
  const page: Page = { url, title, site };
  const articleCode = r.readUint();
  if (articleCode === 1) page.article = null;
  else if (articleCode === 2) {
    const article: Record<string, unknown> = { title: r.bit() === 0 ? title : readText(r) };
    for (const [key] of ARTICLE_KEYS) {
      const tag = r.readUint();
      if (tag === 1) article[key] = null;
      else if (tag === 2) article[key] = readText(r);
      else if (tag === 3) {
        const count = r.readUint();
        if (count > entry.length) throw new Error('bad page list');
        article[key] = Array.from({ length: count }, () => readText(r));
      } else if (tag !== 0) throw new Error('bad page field');
    }
    page.article = article as ArticleMeta; // validated with the whole record by parseHighlight
  } else if (articleCode !== 0) throw new Error('bad page article');
  return page;
}

export function unpackTextValue(value: unknown): unknown {
  if (typeof value === 'string') return unpackText(value);
  if (Array.isArray(value)) return (value as unknown[]).map((x) => (typeof x === 'string' ? unpackText(x) : x));
  return value;
}

/** Version 1 page tuple. */
export function decodePageV1(entry: unknown): Page {
  if (!Array.isArray(entry)) throw new Error('bad page entry');
  const p = entry as unknown[];
  const [url, packedTitle] = p;
  if (typeof url !== 'string' || typeof packedTitle !== 'string') throw new Error('bad page entry');
  const title = unpackText(packedTitle);
  const siteCode = p.length > 2 ? p[2] : 0;
  const site = siteCode === 0 ? hostOf(url) : typeof siteCode === 'string' ? unpackText(siteCode) : null;
  if (typeof site !== 'string') throw new Error('bad page site');
  const out: Page = { url, title, site };
  if (p.length > 3) {
    const a = p[3];
    if (a === null) out.article = null;
    else if (typeof a === 'object' && !Array.isArray(a)) {
      const src = a as Record<string, unknown>;
      const article: Record<string, unknown> = { title: Object.hasOwn(src, 't') ? unpackTextValue(src.t) : title };
      for (const [long, short] of ARTICLE_KEYS)
        if (Object.hasOwn(src, short)) article[long] = unpackTextValue(src[short]);
      out.article = article as ArticleMeta; // validated with the whole record by parseHighlight
    } else throw new Error('bad page article');
  }
  return out;
}
