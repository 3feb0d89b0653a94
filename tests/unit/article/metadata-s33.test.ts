/**
 * Metadata shapes of the genre (session 33), each on a made-up page: a press release's header printed
 * above its title.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const enParagraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the agency will direct new funds to the locks at highest risk, and operators must plan closures a year ahead.</p>`,
).join('');

describe('a press release’s header above its title', () => {
  const page = (header: string) =>
    documentFrom(
      `<html lang="en"><head><title>Statement on Inland Ports | example.gov</title><meta property="og:site_name" content="example.gov"></head><body>` +
        `<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="release">${header}</div>` +
        `<h1>Statement on Inland Ports</h1><div class="body">${enParagraphs}</div></body></html>`,
    );
  const source = (header: string) =>
    detectArticle(page(header), 'https://www.example.gov/news/2015/07/21/statement')!.meta.source;
  it('names the issuing office', () =>
    expect(
      source(
        // (indented as templates print it: blank text between the lines)
        '\n  <p>The White House</p>\n  <p>Office of the Press Secretary</p>\n  <p>For Immediate Release</p>\n  <p>July 21, 2015</p>\n',
      ),
    ).toBe('Office of the Press Secretary'));
  it('no release mark: the site name', () =>
    expect(source('<p>Office of the Press Secretary</p><p>July 21, 2015</p>')).toBe('example.gov'));
});
