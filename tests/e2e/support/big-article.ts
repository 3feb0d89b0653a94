/**
 * A long article for the paint benchmark and the sliced-analysis tests: the seed page with its
 * body paragraphs repeated, and what the analysis finds in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '@/utils/analysis/analyze';
import { FIXTURES_DIR } from './server';

/** The seed page with its body paragraphs repeated until the article text passes `minChars`. */
export function bigArticleHtml(minChars = 100_000): { html: string; chars: number } {
  const seed = readFileSync(join(FIXTURES_DIR, 'people-2017-tongzhan.html'), 'utf8');
  const start = seed.indexOf('id="rwb_zw">') + 'id="rwb_zw">'.length;
  const end = seed.indexOf('<div class="zdfy');
  const paragraphs = seed.slice(start, end).match(/<p[ >][\s\S]*?<\/p>/g) ?? [];
  const textOf = (p: string) => p.replace(/<[^>]+>/g, '').length;
  const perCopy = paragraphs.reduce((n, p) => n + textOf(p), 0);
  const copies = Math.ceil(minChars / perCopy);
  const body = Array.from({ length: copies }, () => paragraphs.join('\n')).join('\n');
  return { html: seed.slice(0, start) + body + seed.slice(end), chars: perCopy * copies };
}

/** Directives the analysis finds in `html` (run in Node), per category; categories without any left out. */
export function directiveCountsOf(html: string, url: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of analyze(parseHTML(html).document, url).directives) counts[d.category] = (counts[d.category] ?? 0) + 1;
  return counts;
}
