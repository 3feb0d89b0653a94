import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ADAPTERS, GENERIC_ADAPTER } from '@/utils/article/adapter-table';
import { decodeHtml } from '@/utils/article/parse';
import { buildIndex, parseSelector, selectAll } from '@/utils/article/select';

const PAGES = join(__dirname, '../../fixtures/pages');
const EXTRA = [
  'meta',
  'a',
  'p',
  'strong,b',
  'td, th, dt, dd, span, b, strong, label, li, p, div, em, font',
  'script[type="application/ld+json"]',
  'p, pre, td, div, section, li, blockquote',
  'div p',
  'div div a',
  '*',
];
const adapterSelectors = [...ADAPTERS, GENERIC_ADAPTER].flatMap((a) => [
  ...a.bodySelectors,
  ...a.titleSelectors,
  ...a.dateSelectors,
  ...a.sourceSelectors,
  ...a.editorSelectors,
  ...a.authorSelectors,
  ...a.breadcrumbSelectors,
  ...a.noiseSelectors,
]);
const SELECTORS = [...new Set([...adapterSelectors, ...EXTRA])];

describe('selectAll (indexed selector engine)', () => {
  it('handles every adapter selector', () => {
    expect(adapterSelectors.filter((s) => parseSelector(s) === null)).toEqual([]);
  });

  it('declines selectors outside its subset', () => {
    for (const s of ['div > p', 'p:first-child', 'h1 + p', 'a ~ b', '']) expect(parseSelector(s)).toBeNull();
  });

  for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
    it(`matches querySelectorAll on ${file}, from the document and from elements`, () => {
      const { document } = parseHTML(decodeHtml(new Uint8Array(readFileSync(join(PAGES, file)))));
      const index = buildIndex(document);
      const roots: ParentNode[] = [
        document,
        ...Array.from(document.querySelectorAll('div[class], div[id], article, body')).slice(0, 12),
      ];
      for (const root of roots) {
        for (const sel of SELECTORS) {
          const want = Array.from(root.querySelectorAll(sel));
          expect(selectAll(index, root, sel), `${sel} on ${file}`).toEqual(want);
        }
      }
    });
  }

  it('matches classes and attributes as a browser would in a standards-mode page', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div class="Box one" id="X"><p class="title-main" data-k="a b">t</p></div><p class="box">u</p></body></html>',
    );
    const index = buildIndex(document);
    expect(selectAll(index, document, '.box')?.map((e) => e.textContent)).toEqual(['u']);
    expect(selectAll(index, document, '.Box p')?.length).toBe(1);
    expect(selectAll(index, document, '#X [class*="title"]')?.length).toBe(1);
    expect(selectAll(index, document, '[data-k~="b"]')?.length).toBe(1);
    expect(selectAll(index, document, '[class^="title"], .box')?.map((e) => e.textContent)).toEqual(['t', 'u']);
  });
});
