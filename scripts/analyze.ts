/**
 * Analyzes one saved page: detects the article and its key directives.
 *
 *   npx tsx scripts/analyze.ts FILE.html [--url URL] [--format json|md]
 *
 * The page's bytes are decoded by their declared charset (GBK/GB2312 read as GB18030) and
 * parsed with linkedom. Without --url, the page's canonical link or og:url is used, else the
 * file's file:// URL. Prints JSON (2-space indent; each directive with its `core` spans, their
 * `coreText`, and a target's `deadline`) or a Markdown outline with the cores in bold.
 * Exit status: 0 on success (a non-article prints "article": null), 2 on bad input or usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '@/utils/article/parse';
import { analyzeDocument, type AnalysisJson, type DirectiveJson } from '@/utils/analysis/analyze';

export const CATEGORY_LABELS: Record<string, string> = {
  heading: '标题 heading',
  obligation: '要求 obligation',
  prohibition: '禁止 prohibition',
  target: '目标 target',
  emphasis: '强调 emphasis',
};

export class UsageError extends Error {}

interface Options {
  file: string;
  url: string | null;
  format: 'json' | 'md';
}

const USAGE = 'usage: analyze FILE.html [--url URL] [--format json|md]';

export function parseArgs(argv: readonly string[]): Options {
  let file: string | null = null;
  let url: string | null = null;
  let format: 'json' | 'md' = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (name: string) => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--url') url = value('--url');
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? value('--format') : a.slice(9);
      if (f !== 'json' && f !== 'md' && f !== 'markdown') throw new UsageError(`unknown format "${f}" (json or md)`);
      format = f === 'json' ? 'json' : 'md';
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (file === null) throw new UsageError(USAGE);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`not a URL: ${url}`);
    }
  }
  return { file, url, format };
}

/** Reads and decodes the file; throws UsageError with a one-line reason when it is not an HTML page. */
export function readHtml(file: string): string {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file} is a directory`);
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    throw new UsageError(`cannot read ${file}: ${code ?? (e as Error).message}`);
  }
  if (bytes.length === 0) throw new UsageError(`${file} is empty`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new UsageError(`${file} is not HTML (binary data)`);
  const html = decodeHtml(bytes);
  if (!html.trim()) throw new UsageError(`${file} is empty`);
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|h[1-6]|title|meta)[\s>/]/i.test(html)) {
    throw new UsageError(`${file} is not HTML (no HTML tags)`);
  }
  return html;
}

/**
 * linkedom builds a proper document only from a whole page: wrap fragments. It also splits a text at each character
 * reference ("Food &amp; Rural Affairs" is three text nodes) where a browser's parser makes one, and the analysis
 * reads lines by text node: joined again, as the content script sees the page.
 */
export function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  document.documentElement.normalize();
  return document;
}

/** The page's own idea of its address: canonical link, then og:url. */
export function pageUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('meta[name="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c.trim());
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // a relative or broken canonical tells nothing without the page's own address
    }
  }
  return null;
}

const line = (label: string, value: string | null | undefined | string[]) => {
  const v = Array.isArray(value) ? value.join(' / ') : value;
  return v ? [`- ${label}: ${v}`] : [];
};

/** The directive's text with its core spans in bold, white space folded. */
export function boldCores(d: Pick<DirectiveJson, 'text' | 'start' | 'core'>): string {
  let out = '';
  let at = 0;
  for (const c of d.core ?? []) {
    const a = Math.max(at, c.start - d.start);
    const b = Math.min(d.text.length, c.end - d.start);
    if (b <= a) continue;
    out += `${d.text.slice(at, a)}**${d.text.slice(a, b)}**`;
    at = b;
  }
  return (out + d.text.slice(at)).replace(/\s+/g, ' ').trim();
}

/** A Markdown outline: title, metadata, then directives grouped under their headings, cores in bold. */
export function toMarkdown(result: AnalysisJson): string {
  const a = result.article;
  if (!a) return '_Not an article: no directives._\n';
  const out = [`# ${a.title}`, ''];
  out.push(
    ...line('Published', a.published),
    ...line('Source', a.source),
    ...line('Author', a.author),
    ...line('Editor', a.editor),
    ...line('Issuer', a.issuer),
    ...line('Document number', a.docNumber),
    ...line('Channel', a.channel.length ? a.channel.join(' > ') : null),
    ...line('Keywords', a.keywords.length ? a.keywords.join(', ') : null),
    ...line('Language', a.language),
    ...line('URL', a.url),
    '',
    `## Directives (${result.directives.length})`,
    '',
  );
  if (!result.directives.length) out.push('_None found._', '');
  for (const d of result.directives) {
    if (d.category === 'heading') out.push('', `### ${d.text.replace(/\s+/g, ' ').trim()}`, '');
    else {
      const due = d.deadline?.due
        ? ` _(due ${d.deadline.due}${d.deadline.recurrence ? `, every ${d.deadline.recurrence.every}` : ''})_`
        : '';
      out.push(`- **[${CATEGORY_LABELS[d.category] ?? d.category}]** ${boldCores(d)}${due}`);
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export function run(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  try {
    const opts = parseArgs(argv);
    const html = readHtml(opts.file);
    const doc = parseDocument(html);
    const url = opts.url ?? pageUrl(doc) ?? pathToFileURL(resolve(opts.file)).href;
    const result = analyzeDocument(doc, url);
    io.out(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : toMarkdown(result));
    return 0;
  } catch (e) {
    const msg = e instanceof UsageError ? e.message : `failed: ${(e as Error).message ?? String(e)}`;
    io.err(`analyze: ${msg.split('\n')[0]}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
