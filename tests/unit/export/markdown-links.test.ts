/**
 * A note is the reader's own Markdown and is exported as it is, but a note may come from a crafted
 * import file (or a sync peer): its links must not become script links in the app that renders the
 * export. The oracle is marked, a renderer that does not sanitize (many note apps and static site
 * generators are as trusting), and the address a browser would make of each href it writes.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageToMarkdown, toMarkdown } from '@/utils/export/markdown';
import { makeHighlight } from './fixtures';

/** The scheme a browser reads from an href: C0 and spaces trimmed at the start, tabs and line breaks dropped. */
function schemeOf(href: string): string | null {
  // eslint-disable-next-line no-control-regex -- the URL parser drops these before the scheme
  const url = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? null;
}

/** Every address the rendered export links to or loads. */
function addresses(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('[href], [src]')].map(
    (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
  );
}

const DANGEROUS = new Set(['javascript', 'vbscript', 'data', 'file']);
const dangerous = (markdown: string) => addresses(markdown).filter((a) => DANGEROUS.has(schemeOf(a) ?? ''));
const exportOf = (note: string) => pageToMarkdown([makeHighlight({ note })]);

describe('links in notes', () => {
  it.each([
    '[点此](javascript:alert(1))',
    '[点此]( JavaScript:alert(document.cookie) )',
    '[点此](javascript&#58;alert(1))',
    '[点此](&#106;avascript:alert(1))',
    '[点此](java&#x09;script:alert(1))',
    '[点此](javascript&colon;alert(1))',
    '[点此](javascript\\:alert(1))',
    '[点此](<javascript:alert(1)>)',
    '[点此](vbscript:msgbox(1))',
    '[点此](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[点此](file:///etc/passwd)',
    '![图](javascript:alert(1))',
    '[点此][r]\n\n[r]: javascript:alert(1)',
    '[点此][r]\n\n[r]:\n  javascript:alert(1)',
    '第一行\n[点此](\njavascript:alert(1))',
  ])('%s is no script link in the export', (note) => {
    expect(dangerous(exportOf(note))).toEqual([]);
    expect(dangerous(toMarkdown([makeHighlight({ note })], { lang: 'zh' }))).toEqual([]);
  });

  it('keeps the reader’s own links as they are', () => {
    const note = '见[政策](https://www.gov.cn/zhengce/) 与 [库](obsidian://open?vault=a) 和 [旁注](notes/a.md)';
    expect(exportOf(note)).toContain(`- 笔记：${note}`);
    expect(addresses(exportOf(note))).toEqual(
      expect.arrayContaining(['https://www.gov.cn/zhengce/', 'obsidian://open?vault=a', 'notes/a.md']),
    );
  });

  it('property: no note makes a script link', () => {
    const piece = fc.oneof(
      fc.constantFrom('[a](', '](', '[r]: ', '\n[r]:', '<', '>', ' ', '\n', '\t', ')', '&#58;', '&#x3a;', '&colon;'),
      fc.constantFrom('javascript:', 'JaVaScRiPt:', 'java&#115;cript:', 'vbscript:', 'data:', 'file:', 'alert(1)'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const note = `[x](${parts.join('')}`;
        expect(dangerous(exportOf(note))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
