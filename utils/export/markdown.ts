/**
 * Markdown export, friendly to Obsidian and Logseq.
 *
 * One page's file:
 *
 *     ---
 *     title: "…"            ← every YAML value is a double-quoted scalar (safe for any text)
 *     source: "…"
 *     published: "…"
 *     date: "2024-05-01"    ← only when `published` starts with a recognisable date
 *     url: "…"
 *     site: "…"
 *     editor: "…"           ← when known
 *     tags:
 *       - "tag-one"         ← union of the page's highlight tags, spaces → hyphens
 *     ---
 *     # Title
 *     来源：… · 发布：… · [原文链接](url)
 *
 *     > quoted passage (page text, Markdown-escaped so it reads literally)
 *
 *     - 笔记：first line of the note   ← the note is the reader's own Markdown, kept verbatim
 *                                        (but `<` is escaped: no raw HTML from imported notes;
 *                                        a javascript:, vbscript:, data: or file: link gets ./),
 *       second line                   ←   continuation lines indented into the list item
 *     - #tag-one #tag-two
 *     - 黄色 · 要求
 *
 * Tombstones are never exported.
 */
import type { Highlight } from '@/utils/highlights/record';
import { categoryLabel, colorLabel, EXPORT_WORDS, type ExportLang } from './labels';
import { safeFilename, uniqueNames } from './filename';
import { groupByPage, liveRecords, byReadingOrder, pageTags, type PageGroup } from './pages';
import { writeAll, type ExportWriter } from './writer';

export interface MarkdownOptions {
  /** One file per page (`{filename, content}[]`) instead of one document. */
  perPage?: boolean;
  lang: ExportLang;
}

export interface MarkdownFile {
  filename: string;
  content: string;
}

// ---------------------------------------------------------------- YAML

/**
 * A YAML double-quoted scalar. Quoting every value sidesteps YAML's plain-scalar traps
 * (`key: value` colons, leading `- ? : # & * ! | > ' " % @ \``, `yes`/`no`/`null`, numbers).
 * Inside the quotes only `\` and `"` are special; line breaks and other control or
 * invisible characters are written as escapes so the value stays on one line.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff))
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function frontMatter(fields: [string, string | string[] | null | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value == null) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    } else if (value !== '') {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}

/** "2024年5月1日 10:00", "2024-05-01 10:00:00", "2024/5/1" → "2024-05-01"; otherwise null. */
export function isoDateOf(published: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(published);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- Markdown text

/**
 * Page text made literal in Markdown: characters that start emphasis, code, links, HTML,
 * Obsidian tags (`#`), maths (`$`), highlights (`==`) or strikethrough (`~~`) are
 * backslash-escaped; a line starting like a list item or heading is escaped too.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#$~=|]/g, '\\$&')
    .replace(/^(\s*)([-+])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

/** Tags in Obsidian/Logseq syntax: whitespace → hyphen, punctuation a tag can't hold removed. */
export function markdownTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '');
}

/** A URL usable inside `[text](…)`: characters that would end the link are percent-encoded. */
export function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function blockquote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownText(line)}`))
    .join('\n');
}

/** Schemes that run or load something where a link is followed (as markdown-it refuses them). */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file):/;

/**
 * The scheme of a link destination as a browser would read it after a renderer has decoded it:
 * character references and backslash escapes undone, spaces and controls before it and tabs and
 * line breaks inside it dropped (the URL parser's rules).
 */
function destinationStart(text: string): string {
  return (
    text
      .slice(0, 160)
      .replace(/&#x([\da-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
      .replace(/&colon;/gi, ':')
      .replace(/&(?:tab|newline);/gi, '')
      .replace(/\\/g, '')
      // eslint-disable-next-line no-control-regex -- the URL parser drops these before the scheme
      .replace(/^[<\u0000-\u0020]+/, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase()
  );
}

/**
 * A note's link destinations (`[a](…)`, `![a](…)`, `[r]: …`) that would be script or local-file
 * links get `./` before them: a relative address, followed nowhere harmful. The reader's other
 * links are left as they are.
 */
export function defuseLinks(note: string): string {
  return note.replace(/(\]\(\s*<?|^ {0,3}\[[^\]\n]+\]:\s*<?)(?=[^])/gm, (opening: string, _: string, at: number) =>
    SCRIPT_SCHEME.test(destinationStart(note.slice(at + opening.length))) ? `${opening}./` : opening,
  );
}

/** The note as a list item: its own Markdown, continuation lines indented into the item. */
function noteItem(note: string, lang: ExportLang): string {
  const words = EXPORT_WORDS[lang];
  const lines = defuseLinks(note)
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '')
    .split('\n');
  // Notes are the reader's Markdown, but may come from a foreign import: no raw HTML.
  const [first = '', ...rest] = lines.map((l) => l.replace(/</g, '\\<'));
  return [`- ${words.note}${words.separator}${first}`, ...rest.map((l) => (l.trim() === '' ? '' : `  ${l}`))].join(
    '\n',
  );
}

function highlightBlock(h: Highlight, lang: ExportLang): string {
  const parts = [blockquote(h.quote.exact)];
  const items: string[] = [];
  if (h.note.trim() !== '') items.push(noteItem(h.note, lang));
  const tags = h.tags.map(markdownTag).filter((t) => t !== '');
  if (tags.length > 0) items.push(`- ${tags.map((t) => `#${t}`).join(' ')}`);
  const labels = [colorLabel(h.color, lang)];
  if (h.category) labels.push(categoryLabel(h.category, lang));
  items.push(`- ${labels.join(' · ')}`);
  parts.push(items.join('\n'));
  return parts.join('\n\n');
}

function metadataLine(page: PageGroup, lang: ExportLang): string {
  const words = EXPORT_WORDS[lang];
  const meta = page.representative.article;
  const bits: string[] = [];
  const source = meta?.source || page.representative.site;
  if (source) bits.push(`${words.source}${words.separator}${escapeMarkdownText(oneLine(source))}`);
  if (meta?.published) bits.push(`${words.published}${words.separator}${escapeMarkdownText(oneLine(meta.published))}`);
  if (meta?.editor) bits.push(`${words.editor}${words.separator}${escapeMarkdownText(oneLine(meta.editor))}`);
  bits.push(`[${words.link}](${linkTarget(page.url)})`);
  return bits.join(' · ');
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pageTitle(page: PageGroup): string {
  return oneLine(page.representative.article?.title || page.representative.title) || page.url;
}

function pageBody(page: PageGroup, lang: ExportLang, headingLevel: 1 | 2): string {
  const heading = `${'#'.repeat(headingLevel)} ${escapeMarkdownText(pageTitle(page))}`;
  const blocks = page.highlights.map((h) => highlightBlock(h, lang));
  return [heading, metadataLine(page, lang), ...blocks].join('\n\n');
}

function pageFrontMatter(page: PageGroup): string {
  const r = page.representative;
  const meta = r.article;
  const published = meta?.published ?? null;
  return frontMatter([
    ['title', pageTitle(page)],
    ['source', meta?.source ?? null],
    ['published', published],
    ['date', published ? isoDateOf(published) : null],
    ['url', page.url],
    ['site', r.site],
    ['editor', meta?.editor ?? null],
    ['author', meta?.author ?? null],
    [
      'tags',
      pageTags(page.highlights)
        .map(markdownTag)
        .filter((t, i, all) => t !== '' && all.indexOf(t) === i),
    ],
  ]);
}

// ---------------------------------------------------------------- API

export function toMarkdown(records: readonly Highlight[], options: MarkdownOptions & { perPage: true }): MarkdownFile[];
export function toMarkdown(records: readonly Highlight[], options: MarkdownOptions & { perPage?: false }): string;
export function toMarkdown(records: readonly Highlight[], options: MarkdownOptions): string | MarkdownFile[];
export function toMarkdown(records: readonly Highlight[], options: MarkdownOptions): string | MarkdownFile[] {
  if (options.perPage) {
    const pages = groupByPage(records);
    const names = uniqueNames(pages.map((p) => safeFilename(pageTitle(p))));
    return pages.map((page, i) => ({
      filename: `${names[i] ?? 'untitled'}.md`,
      content: `${pageFrontMatter(page)}\n${pageBody(page, options.lang, 1)}\n`,
    }));
  }
  return writeAll(markdownWriter(options), records);
}

/** One Markdown document written a chunk at a time: a heading, then each chunk's pages. */
export function markdownWriter(options: { lang: ExportLang }): ExportWriter {
  return {
    head: () => `# ${EXPORT_WORDS[options.lang].highlights}`,
    chunk: (records) =>
      groupByPage(records)
        .map((p) => `\n\n${pageBody(p, options.lang, 2)}`)
        .join(''),
    tail: () => '\n',
  };
}

/**
 * One page's highlights for the clipboard (popup: "copy as Markdown"): title, a line with
 * source, date and link, then the highlights in reading order. No front matter, since it
 * is pasted into an existing note. Records from other pages are ignored: the page is the
 * one of the first live record.
 */
export function pageToMarkdown(records: readonly Highlight[], options: { lang?: ExportLang } = {}): string {
  const live = liveRecords(records);
  const first = live[0];
  if (!first) return '';
  const page = groupByPage(live.filter((r) => r.url === first.url))[0];
  if (!page) return '';
  return `${pageBody({ ...page, highlights: [...page.highlights].sort(byReadingOrder) }, options.lang ?? 'zh', 1)}\n`;
}
