/**
 * What the analysis benches share: medians, CPU time per call, and a checkout's analysis bundled
 * into one ES module (its `@/` imports resolved in that checkout).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Median over `batches` of the process CPU time per call of `fn` (user + system, in ms), after one
 * unmeasured batch: on a shared machine wall time also counts the time spent waiting for a core, CPU
 * time does not.
 */
export function cpuTime(fn: () => unknown, perBatch: number, batches = 9): number {
  for (let i = 0; i < perBatch; i++) fn();
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < perBatch; i++) fn();
    const used = process.cpuUsage(start);
    per.push((used.user + used.system) / 1000 / perBatch);
  }
  return median(per);
}

/** `contents` (re-exports of `@/…` modules) bundled from checkout `source` into `dir/name.mjs`. */
export async function bundleFrom(dir: string, source: string, contents: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: source, sourcefile: join(dir, `${name}.ts`), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    alias: { '@': source },
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

export type Paragraph = { kind: 'heading' | 'paragraph' | 'listItem'; text: string };

/** The bench article's length: the fixture pages' paragraphs repeated until it is reached. */
const MIN_CHARS = 100_000;

/**
 * The long article's paragraphs (`analysis-ab`, `scan-floor`): every fixture page's article blocks in checkout
 * `root`, repeated to MIN_CHARS (as `analysis` builds it).
 */
export async function longParagraphs(root: string): Promise<Paragraph[]> {
  const pages = join(root, 'tests/fixtures/pages');
  const { decodeHtml } = await import('@/utils/article/parse');
  const { detectArticle } = await import('@/utils/article/detect');
  const { parseDocument } = await import('../analyze');
  const paragraphs: Paragraph[] = [];
  for (const f of readdirSync(pages)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const file = join(pages, f);
    let url = 'https://example.org/a/1.html';
    try {
      url = (JSON.parse(readFileSync(file.replace(/\.html$/, '.gold.json'), 'utf8')) as { url?: string }).url ?? url;
    } catch {
      // no gold file: the default address
    }
    const article = detectArticle(parseDocument(decodeHtml(new Uint8Array(readFileSync(file)))), url);
    if (article) for (const b of article.blocks) paragraphs.push({ kind: b.kind, text: b.text });
  }
  const long: Paragraph[] = [];
  let chars = 0;
  while (chars < MIN_CHARS) {
    for (const p of paragraphs) {
      long.push(p);
      chars += p.text.length + 1;
    }
  }
  return long;
}
