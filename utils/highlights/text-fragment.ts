/**
 * Text fragment links (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/): a link
 * that makes the browser scroll to and mark a passage, even where the extension is absent.
 *
 * The directive is `text=[prefix-,]start[,end][,-suffix]`. Browsers only accept a match whose
 * outer edges fall on word boundaries — the start of `prefix` (or of `start` without a prefix)
 * and the end of `suffix` (or of `end`/`start` without a suffix) — and they match inside one
 * block of the page. So the context is cut at whitespace or punctuation (both are boundaries
 * in Chinese and English alike) and never reaches past a line break, and a long quote or one
 * that spans blocks is given as `start,end` taken from its first and last lines.
 */
import type { TextQuote } from './record';

/** A quote up to this many characters is given whole as `start`. */
export const WHOLE_QUOTE_MAX = 80;
/** Target length of `start` and `end` when the quote is given as a range. */
export const TERM_LENGTH = 24;
/** Longest prefix/suffix kept from the stored context. */
export const CONTEXT_MAX = 24;

const BOUNDARY = /[\s\p{P}\p{S}]/u;

/** Half a surrogate pair with no other half: a page, a file or a peer can store one in a string. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Percent-encodes a directive term: everything but unreserved characters, so '-', ',', '&' and '#'
 * too. A lone surrogate, which encodeURIComponent throws on, is encoded as U+FFFD (as the URL
 * parser does): one such record made the whole Deadlines view and its .ics export fail.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[-!'()*~.]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const chars = (s: string) => Array.from(s);

/** The part of `prefix` nearest the quote, starting on a boundary and within the quote's block. */
export function fragmentPrefix(prefix: string): string {
  const lastBreak = prefix.search(/\n[^\n]*$/);
  const line = lastBreak === -1 ? prefix : prefix.slice(lastBreak + 1);
  const cs = chars(line.replace(/\s+$/, '')).slice(-CONTEXT_MAX);
  if (cs.length === 0) return '';
  // Start after the last whitespace, or at the last punctuation mark, leaving some text if possible.
  let best = -1;
  for (let i = cs.length - 1; i >= 0; i--) {
    const c = cs[i]!;
    if (!BOUNDARY.test(c)) continue;
    const from = /\s/.test(c) ? i + 1 : i;
    if (from < cs.length) {
      best = from;
      if (cs.length - from >= 4) break;
    }
  }
  // No boundary within reach: a cut inside a word would make the whole link miss, so drop it.
  if (best === -1) return cs.length < CONTEXT_MAX && lastBreak !== -1 ? cs.join('').trim() : '';
  return collapse(cs.slice(best).join('')).trim();
}

/** The part of `suffix` nearest the quote, ending on a boundary and within the quote's block. */
export function fragmentSuffix(suffix: string): string {
  const firstBreak = suffix.indexOf('\n');
  const line = firstBreak === -1 ? suffix : suffix.slice(0, firstBreak);
  const cs = chars(line.replace(/^\s+/, '')).slice(0, CONTEXT_MAX);
  if (cs.length === 0) return '';
  let best = -1;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (!BOUNDARY.test(c)) continue;
    const to = /\s/.test(c) ? i : i + 1;
    if (to > 0) {
      best = to;
      if (to >= 4) break;
    }
  }
  if (best === -1) return cs.length < CONTEXT_MAX && firstBreak !== -1 ? cs.join('').trim() : '';
  return collapse(cs.slice(0, best).join('')).trim();
}

/** Leading text of `line` of about TERM_LENGTH characters, cut after a boundary when one is near. */
function leadingTerm(line: string): string {
  const cs = chars(line);
  if (cs.length <= TERM_LENGTH) return line;
  for (let i = TERM_LENGTH; i < Math.min(cs.length, TERM_LENGTH * 2); i++) {
    if (/\s/.test(cs[i]!)) return cs.slice(0, i).join('');
    if (BOUNDARY.test(cs[i]!)) return cs.slice(0, i + 1).join('');
  }
  return cs.slice(0, TERM_LENGTH).join('');
}

function trailingTerm(line: string): string {
  const cs = chars(line);
  if (cs.length <= TERM_LENGTH) return line;
  for (let i = cs.length - TERM_LENGTH; i > Math.max(0, cs.length - TERM_LENGTH * 2); i--) {
    if (/\s/.test(cs[i - 1]!)) return cs.slice(i).join('');
    if (BOUNDARY.test(cs[i - 1]!)) return cs.slice(i - 1).join('');
  }
  return cs.slice(-TERM_LENGTH).join('');
}

export interface TextDirective {
  prefix: string;
  start: string;
  end: string;
  suffix: string;
}

/** The parts of the directive for a quote (empty strings for the parts left out). */
export function textDirectiveParts(quote: TextQuote): TextDirective {
  const lines = quote.exact
    .split(/\s*\n\s*/)
    .map((l) => collapse(l).trim())
    .filter((l) => l !== '');
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const whole = lines.length === 1 && chars(first).length <= WHOLE_QUOTE_MAX;
  let start = whole ? first : leadingTerm(first);
  let end = whole ? '' : trailingTerm(last);
  // A single line cut into start and end must not have the two overlap.
  if (!whole && lines.length === 1 && chars(start).length + chars(end).length > chars(first).length) {
    start = first;
    end = '';
  }
  return { prefix: fragmentPrefix(quote.prefix), start, end, suffix: fragmentSuffix(quote.suffix) };
}

/** `text=…` for a quote; '' when the quote has no text to look for. */
export function textDirective(quote: TextQuote): string {
  const p = textDirectiveParts(quote);
  if (!p.start) return '';
  const parts = [
    p.prefix && `${encodeFragmentTerm(p.prefix)}-`,
    encodeFragmentTerm(p.start),
    p.end && encodeFragmentTerm(p.end),
    p.suffix && `-${encodeFragmentTerm(p.suffix)}`,
  ].filter(Boolean);
  return `text=${parts.join(',')}`;
}

/** The page URL with a text fragment for the quote (any fragment already on the URL is kept before it). */
export function linkToQuote(url: string, quote: TextQuote): string {
  const directive = textDirective(quote);
  if (!directive) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const existing = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0]!;
  return `${base}#${existing}:~:${directive}`;
}
