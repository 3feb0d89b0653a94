/**
 * Describe: turn a selection into the selectors stored in a highlight record
 * (TextQuoteSelector: exact + prefix/suffix, TextPositionSelector: start/end).
 */
import type { TextPosition, TextQuote } from '@/utils/highlights/record';
import { collectText, rangeToOffsets, type RangeLike, type TextModel } from './text';

/** Characters of context kept on each side of the quote (record.ts allows up to 64). */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelectors {
  quote: TextQuote;
  position: TextPosition;
}

/**
 * Selectors for text.slice(start, end). Null for an empty or out-of-bounds span, which
 * could not make a valid record (the quote must not be empty).
 */
export function describeOffsets(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): QuoteSelectors | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    return null;
  }
  const context = Math.max(0, Math.min(64, Math.floor(contextLength)));
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: dropSplitSurrogateAtStart(text.slice(Math.max(0, start - context), start)),
      suffix: dropSplitSurrogateAtEnd(text.slice(end, end + context)),
    },
    position: { start, end },
  };
}

export interface DescribeOptions {
  /** Trim whitespace at both ends of the selection (default true: triple-click selects the newline). */
  trim?: boolean;
  /** Reuse a model already collected for this root. */
  model?: TextModel;
  contextLength?: number;
}

/** Selectors for a DOM selection range under `root` (usually document.body). */
export function describeRange(root: Node, range: RangeLike, options: DescribeOptions = {}): QuoteSelectors | null {
  const model = options.model ?? collectText(root);
  let { start, end } = rangeToOffsets(model, range);
  if (options.trim !== false) ({ start, end } = trimOffsets(model.text, start, end));
  return describeOffsets(model.text, start, end, options.contextLength);
}

/** Narrow [start, end) so it neither begins nor ends with whitespace. */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(code: number): boolean {
  // ASCII whitespace, NBSP, ideographic space (U+3000) and the Unicode space separators.
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}

/** Context cut in the middle of a surrogate pair would store half a character. */
function dropSplitSurrogateAtStart(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 0xdc00 && c <= 0xdfff ? s.slice(1) : s;
}

function dropSplitSurrogateAtEnd(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff ? s.slice(0, -1) : s;
}
