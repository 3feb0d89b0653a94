/**
 * A block far longer than any paragraph a reader reads (one `<p>` holding a whole page's lines between
 * single `<br>`s: 6 M characters on the odd page `p-brs-200k`) is analysed as pieces: the analysis
 * reads a block in one piece, and the content script's slices end only between blocks. Each piece is
 * cut after a line break or a sentence's end where there is one, and the directives found in the
 * pieces point back at the block (their offsets are the article's already). No page in the fixtures
 * comes near the bound: their longest block has 1,264 characters.
 */
import type { AnalyzableArticle, Directive } from './directives';

/** Blocks longer than this are analysed in pieces of at most this many characters. */
export const MAX_BLOCK_CHARS = 8_000;

/** Where a piece may end: after a line break (a `<br>`) first, else after a sentence's end. */
const LINE_END = '\n';
const SENTENCE_END = /[。！？；!?;]/g;

/**
 * The article with its over-long blocks cut into pieces (the same text and offsets), and for each
 * block of that view the block it was cut from; null when no block is over the bound (the article
 * is analysed as it is).
 */
export function piecesOf(
  article: AnalyzableArticle,
  max = MAX_BLOCK_CHARS,
): { article: AnalyzableArticle; blockOf: number[] } | null {
  if (article.blocks.every((b) => b.text.length <= max)) return null;
  const blocks: AnalyzableArticle['blocks'][number][] = [];
  const blockOf: number[] = [];
  article.blocks.forEach(({ kind, text, start, summary, field, boldLead }, index) => {
    // Literals of one shape (a spread's copies each get a hidden class of their own: plainArticle says why that costs).
    // (a bold run-in head opens the block: its first piece keeps it)
    for (const [from, to] of cuts(text, max)) {
      blocks.push({
        kind,
        text: text.slice(from, to),
        start: start + from,
        summary,
        field,
        boldLead: from ? 0 : boldLead,
      });
      blockOf.push(index);
    }
  });
  return { article: { ...article, blocks }, blockOf };
}

/** The directives found in `piecesOf`'s view, pointing at the article's own blocks. */
export function ofWholeBlocks(directives: Directive[], blockOf: readonly number[]): Directive[] {
  for (const d of directives) d.blockIndex = blockOf[d.blockIndex] ?? d.blockIndex;
  return directives;
}

/**
 * [from, to) of each piece: as many pieces as the bound needs, each ending at a line break or a
 * sentence's end in the second half of its share where there is one, else at its share's end.
 */
export function cuts(text: string, max: number): [number, number][] {
  if (text.length <= max) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > max) {
    const share = Math.ceil((text.length - from) / Math.ceil((text.length - from) / max));
    const hard = from + share;
    const floor = from + Math.ceil(share / 2);
    // Read within the share's second half only: a text with no line break is not read again per piece.
    const half = text.slice(floor, hard);
    let end = half.lastIndexOf(LINE_END) + 1;
    if (end === 0) for (const m of half.matchAll(SENTENCE_END)) end = m.index + 1;
    const at = end > 0 ? floor + end : hard;
    out.push([from, at]);
    from = at;
  }
  out.push([from, text.length]);
  return out;
}
