/**
 * Odd and hostile pages (./odd-pages.ts) must not make the content script hold the page's main thread for
 * long: the pre-check runs in one piece, detection a part at a time (detectArticleSliced). The work is
 * counted, not timed: every read of a DOM property (linkedom's getters, a node visited or its text read)
 * and the characters those reads return. The bounds are page-independent budgets for one part, far above
 * what a real long article needs (the 101k article's largest part reads ~40,000 properties), so a part
 * that grows with the page (a whole-page walk in one piece, or a walk per element: quadratic) fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArticleSliced } from '@/utils/article/detect';
import { setQueryEngine } from '@/utils/article/dom';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { MAX_ARTICLE_PAGE_CHARS, setMaxArticlePageChars } from '@/utils/article/page-size';
import { bigArticleHtml } from '../../e2e/support/big-article';
import { documentFrom } from './helpers';
import { ODD_PAGES, ODD_URL } from './odd-pages';

/** A dated article address on the odd pages' host: the pre-check passes it at once. */
const ODD_ARTICLE_URL = 'https://odd.example.org/2024/01/02/page.html';

/** DOM property reads of one part, at most. */
const READS_PER_PART = 150_000;
/** Characters read in one part, at most, as a multiple of the page's text (a few whole reads, not one per element). */
const TEXT_READS_PER_PART = 12;

const work = { reads: 0, chars: 0 };
/**
 * Selector queries: a browser's are native code, walking the tree far faster than a script does; linkedom's
 * walk it through the getters counted here. Their walks are not counted (the elements they return are, as
 * the detection reads them).
 */
const NATIVE_QUERIES = new Set(['querySelectorAll', 'querySelector', 'matches', 'closest']);
/** Text reads: one native call in a browser, a walk through the getters in linkedom (its characters are counted). */
const NATIVE_TEXT = new Set(['textContent']);
let native = false;
const restore: (() => void)[] = [];

/** Counts every getter call on the prototypes of linkedom's documents, elements and text nodes. */
function countReads(): void {
  const doc = documentFrom('<p>x</p>');
  const seen = new Set<object>();
  for (const node of [doc.createElement('div'), doc.createTextNode('x'), doc] as object[]) {
    for (
      let p = Object.getPrototypeOf(node) as object | null;
      p && p !== Object.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      if (seen.has(p)) continue;
      seen.add(p);
      for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        if (!d.configurable) continue;
        // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the node it is read on
        const get = d.get;
        const method: unknown = d.value;
        if (get) {
          const whole = NATIVE_TEXT.has(key);
          Object.defineProperty(p, key, {
            ...d,
            get(this: unknown) {
              const outer = native;
              if (whole) native = true;
              let v: unknown;
              try {
                v = get.call(this);
              } finally {
                native = outer;
              }
              if (!native) {
                work.reads++;
                if (typeof v === 'string') work.chars += v.length;
              }
              return v;
            },
          });
        } else if (NATIVE_QUERIES.has(key) && typeof method === 'function') {
          Object.defineProperty(p, key, {
            ...d,
            value(this: unknown, ...args: unknown[]) {
              const outer = native;
              native = true;
              try {
                return (method as (...a: unknown[]) => unknown).apply(this, args);
              } finally {
                native = outer;
              }
            },
          });
        } else continue;
        restore.push(() => Object.defineProperty(p, key, d));
      }
    }
  }
}

interface Measured {
  looks: boolean;
  looksReads: number;
  /** Characters the pre-check read. */
  looksChars: number;
  parts: number;
  maxReads: number;
  maxChars: number;
  /** Characters read by all parts of detection. */
  allChars: number;
  outcome: string;
}

function measure(html: string, url: string): Measured & { textLength: number } {
  const doc = documentFrom(html);
  const textLength = doc.body.textContent?.length ?? 0;
  work.reads = 0;
  work.chars = 0;
  const looks = looksLikeArticle(doc, url);
  const [looksReads, looksChars] = [work.reads, work.chars];
  const detection = detectArticleSliced(doc, url, { deferMeta: true });
  let maxReads = 0;
  let maxChars = 0;
  let allChars = 0;
  for (let parts = 1; ; parts++) {
    work.reads = 0;
    work.chars = 0;
    const done = detection.step(() => true);
    maxReads = Math.max(maxReads, work.reads);
    maxChars = Math.max(maxChars, work.chars);
    allChars += work.chars;
    if (done) {
      const outcome = done.article ? `${done.article.blocks.length} blocks` : 'no article';
      return { looks, looksReads, looksChars, parts, maxReads, maxChars, allChars, outcome, textLength };
    }
  }
}

beforeAll(() => {
  countReads();
  // As in a browser, whose querySelectorAll is native: the one-pass index of the page (linkedom's default here)
  // would be counted in the first part that queries.
  setQueryEngine('native');
});
afterAll(() => {
  restore.forEach((f) => f());
  setQueryEngine('auto');
});

describe('odd pages: bounded work in each part', () => {
  // Past the page cap too: a cap is no excuse for a walk that grows with the page.
  beforeAll(() => setMaxArticlePageChars(Infinity));
  afterAll(() => setMaxArticlePageChars(MAX_ARTICLE_PAGE_CHARS));

  it('the budgets leave room for a real long article (the 101k one)', () => {
    const m = measure(bigArticleHtml().html, 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000001.html');
    expect(m.outcome).toBe('1288 blocks');
    expect(m.maxReads).toBeLessThan(READS_PER_PART / 2);
    expect(m.maxChars).toBeLessThan((TEXT_READS_PER_PART / 2) * m.textLength);
  });

  for (const [name, html] of Object.entries(ODD_PAGES)) {
    it(`${name}: the pre-check and each part of detection stay within their budgets`, () => {
      const m = measure(html(), ODD_URL);
      const figures = `${name}: ${JSON.stringify(m)}`;
      expect(m.looksReads, figures).toBeLessThan(READS_PER_PART);
      // The pre-check reads the first paragraphs, not a <p> of 200,000 lines whole (a text node of 1 M characters is one read).
      expect(m.looksChars, figures).toBeLessThan(1_500_000);
      expect(m.maxReads, figures).toBeLessThan(READS_PER_PART);
      expect(m.maxChars, figures).toBeLessThan(TEXT_READS_PER_PART * m.textLength);
      // A paragraph of 200,000 lines is read as its lines, no block of megabytes (blocks.ts LINES_AS_BLOCKS).
      if (name === 'p-brs-200k') expect(m.outcome, figures).toBe('200000 blocks');
    });
  }
});

/** The odd pages longer than any article (utils/article/page-size.ts); the others are read as above. */
const BEYOND = ['brs-200k', 'p-brs-200k', 'divs-50k', 'text-2mb'];

describe('odd pages longer than any article: refused at once', () => {
  for (const [name, html] of Object.entries(ODD_PAGES)) {
    it(`${name}: ${BEYOND.includes(name) ? 'no article, its text counted only up to the cap' : 'read as without the cap'}`, () => {
      const m = measure(html(), ODD_URL);
      // At the article address detection runs whatever the pre-check says.
      const atArticle = measure(html(), ODD_ARTICLE_URL);
      const figures = `${name}: ${JSON.stringify(m)}, ${JSON.stringify(atArticle)}`;
      if (!BEYOND.includes(name)) {
        setMaxArticlePageChars(Infinity);
        const lifted = [measure(html(), ODD_URL).outcome, measure(html(), ODD_ARTICLE_URL).outcome];
        setMaxArticlePageChars(MAX_ARTICLE_PAGE_CHARS);
        expect([m.outcome, atArticle.outcome], figures).toEqual(lifted);
        // (a page of 150,000 characters, under the cap, is still an article where its address says so)
        if (name === 'nest-5k') expect(atArticle.outcome, figures).not.toBe('no article');
        return;
      }
      for (const [at, r] of [
        ['plain address', m],
        ['article address', atArticle],
      ] as const) {
        const of = `${figures} (${at}): ${JSON.stringify(r)}`;
        expect(r.outcome, of).toBe('no article');
        expect(r.maxReads, of).toBeLessThan(READS_PER_PART);
        // Its text counted until past the cap, not read whole (nor its elements weighed); a text node is read whole.
        const oneNode = name === 'text-2mb' ? r.textLength : 0;
        expect(r.allChars, of).toBeLessThan(MAX_ARTICLE_PAGE_CHARS * 1.2 + oneNode);
      }
      expect(m.looks, figures).toBe(false);
      expect(atArticle.looks, figures).toBe(true);
      expect(m.looksReads, figures).toBeLessThan(READS_PER_PART);
    });
  }
});
