/**
 * Metadata and detection on templates no site adapter knows (session 35, second round), each on a made-up page
 * shaped like a template the probe scripts/meta-robustness.ts found reading wrong without its adapter.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const english = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the department will publish new guidance for local councils on how the scheme is run, and providers must report their figures every quarter from next April.</p>`,
  ).join('');

describe('a print-media class on the body’s row or column is no furniture', () => {
  const page = (row: string, column: string) =>
    documentFrom(
      '<html><head><title>New rules for pet food labels - Example</title></head><body>' +
        '<header><a href="/">Example site</a></header><main><div class="page-title"><h1>New rules for pet food labels</h1></div>' +
        `<div class="${row}"><div class="${column}"><div class="prose">${english(8)}</div></div></div></main>` +
        '<footer><a href="/help">Help</a></footer></body></html>',
    );
  const detected = (doc: Document) =>
    !!detectArticle(doc, 'https://www.example.org/news/new-rules-for-pet-food-labels');

  it.each([
    ['grid-row site-print-columns-none', 'grid-column'],
    ['grid-row', 'grid-column site-!-display-none-print'],
    ['grid-row hidden-print', 'grid-column'],
    ['grid-row', 'grid-column no-print'],
  ])('row %s, column %s', (row, column) => expect(detected(page(row, column))).toBe(true));
  it('while a print link stays furniture', () =>
    expect(detected(page('grid-row print-link', 'grid-column'))).toBe(false));
});

describe('the minister among the publishers, on a template no adapter knows', () => {
  const page = (from: string) =>
    documentFrom(
      '<html><head><title>Speech on school funding - Example</title></head><body><main>' +
        '<h1>Speech on school funding</h1>' +
        `<div class="meta"><dl><dt>From:</dt><dd>${from}</dd><dt>Published</dt><dd>3 March 2026</dd></dl></div>` +
        `<div class="prose">${english(8)}</div></main></body></html>`,
    );
  const author = (doc: Document) =>
    detectArticle(doc, 'https://www.example.org/government/speeches/speech-on-school-funding')?.meta.author ?? null;

  it('a name with a title after it', () =>
    expect(author(page('Department for Education and Jane Doe MP'))).toBe('Jane Doe'));
  it('a name with a title before it, the honorific dropped', () =>
    expect(author(page('The Rt Hon John Smith, Cabinet Office and HM Treasury'))).toBe('John Smith'));
  it('no person where only organisations publish', () =>
    expect(author(page('Department for Science, Innovation and Technology'))).toBeNull());
});

describe('a portal’s 原创稿 tag after the source', () => {
  const page = (source: string) =>
    documentFrom(
      `<html><head><title>某某市部署某项工作</title><meta name="source" content="${source}"></head><body>` +
        `<h1>某某市部署某项工作</h1><div class="artbody">${prose(6)}</div></body></html>`,
    );
  const source = (doc: Document) =>
    detectArticle(doc, 'http://www.example.com.cn/n2/2026/0301/c1-1.html')?.meta.source ?? null;

  it.each([
    ['某某网-某某频道 原创稿', '某某网-某某频道'],
    ['某某网-某某频道 原创稿件', '某某网-某某频道'],
    ['某某网 原创', '某某网'],
  ])('%s', (raw, want) => expect(source(page(raw))).toBe(want));
  it('an outlet whose name holds the word keeps it', () => expect(source(page('原创文学网'))).toBe('原创文学网'));
});
