/**
 * The characters a match of a regex source can start with, read from the source (the rule scan
 * tries a regex rule only where one of them is, when its opening texts are not known).
 */
import { closeParen, splitAlternatives } from './regex-source';

/**
 * The escape at `src[i]`: the one character it stands for ("\u4e00", "\x41", "\n", "\."), DIGITS
 * for \d, WIDE for what is too wide to list (\s, \w, \p{…}, a back reference …), ZERO for \b and
 * \B; and the length of source it takes. (Read as plain letters, "[\u4e00-\u9fff]" had given a rule
 * the first characters u, 4, e, 0 … 9 instead of the range, so it never fired on Chinese text.)
 */
function readEscape(src: string, i: number): { ch: string | typeof WIDE | typeof ZERO; length: number } {
  const e = src[i + 1] ?? '';
  const hex = (n: number) => {
    const h = src.slice(i + 2, i + 2 + n);
    return /^[\da-fA-F]+$/.test(h) && h.length === n ? String.fromCharCode(parseInt(h, 16)) : null;
  };
  if (e === 'd') return { ch: DIGITS, length: 2 };
  if (e === 'b' || e === 'B') return { ch: ZERO, length: 2 };
  if (/[sSwWDpPk1-9]/.test(e)) return { ch: WIDE, length: 2 };
  if (e === 'u') {
    const braced = /^\{([\da-fA-F]+)\}/.exec(src.slice(i + 2));
    if (braced) return { ch: String.fromCodePoint(parseInt(braced[1] as string, 16)), length: 2 + braced[0].length };
    const c = hex(4);
    if (c) return { ch: c, length: 6 };
  }
  if (e === 'x') {
    const c = hex(2);
    if (c) return { ch: c, length: 4 };
  }
  const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
  return { ch: controls[e] ?? e, length: 2 };
}

const DIGITS = '0123456789';
const WIDE = Symbol('wide');
const ZERO = Symbol('zero-width');

/** Characters of a class body like "\d０-９.," or "\u4e00-\u4e0f", or null when it is negated or too wide. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  /** The character at `i` and the length it takes; WIDE or DIGITS for the escapes that stand for many. */
  const at = (i: number) => (body[i] === '\\' ? readEscape(body, i) : { ch: body[i] as string, length: 1 });
  for (let i = 0; i < body.length;) {
    const { ch, length } = at(i);
    i += length;
    if (ch === WIDE || ch === ZERO) return null;
    if (ch === DIGITS) {
      out.push(...DIGITS);
      continue;
    }
    if (body[i] === '-' && i + 1 < body.length) {
      const to = at(i + 1);
      if (typeof to.ch !== 'string' || to.ch === DIGITS) return null;
      const from = ch.charCodeAt(0);
      if (to.ch.charCodeAt(0) - from > 400) return null;
      for (let c = from; c <= to.ch.charCodeAt(0); c++) out.push(String.fromCharCode(c));
      i += 1 + to.length;
      continue;
    }
    out.push(ch);
  }
  return out;
}

interface First {
  chars: Set<string> | null; // null: could be anything
  nullable: boolean;
}

/** Possible first characters of a regex source (no flags); null when it cannot be bounded. */
export function firstChars(src: string): Set<string> | null {
  return firstOfAlternation(src).chars;
}

/**
 * firstChars of a source that cannot match the empty string; null also when it can (a match
 * may then start before any character, or at the end).
 */
export function firstCharsOfNonEmpty(src: string): Set<string> | null {
  const { chars, nullable } = firstOfAlternation(src);
  return nullable ? null : chars;
}

function firstOfAlternation(src: string, fromEnd = false): First {
  const chars = new Set<string>();
  let nullable = false;
  for (const alt of splitAlternatives(src)) {
    const f = firstOfSequence(alt, fromEnd);
    if (!f.chars) return { chars: null, nullable: true };
    for (const c of f.chars) chars.add(c);
    nullable ||= f.nullable;
  }
  return { chars, nullable };
}

/**
 * lastChars: the characters a match of a regex source (no flags) can end with, read as firstChars
 * is but from the end; null when it cannot be bounded or the source can match the empty string.
 */
export function lastCharsOfNonEmpty(src: string): Set<string> | null {
  const { chars, nullable } = firstOfAlternation(src, true);
  return nullable ? null : chars;
}

/** The first (or, `fromEnd`, last) characters of a sequence: its elements' up to the first that cannot be skipped. */
function firstOfSequence(src: string, fromEnd: boolean): First {
  const chars = new Set<string>();
  const elements = sequenceElements(src, fromEnd);
  for (const element of fromEnd ? elements.reverse() : elements) {
    if (!element.chars) return { chars: null, nullable: true };
    for (const c of element.chars) chars.add(c);
    if (!element.nullable) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}

/**
 * The elements of a sequence in order, each with its characters (null: could be anything, as
 * \s or `.`) and whether a quantifier or its own content lets it match nothing; zero-width ones
 * (^, $, \b, lookarounds) left out. Read up to the first element of unknown characters, where
 * reading from the start stops.
 */
function sequenceElements(src: string, fromEnd: boolean): First[] {
  const elements: First[] = [];
  let i = 0;
  while (i < src.length) {
    let element: First;
    const ch = src[i] as string;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '\\') {
      const e = readEscape(src, i);
      i += e.length;
      if (e.ch === ZERO) continue;
      element =
        e.ch === WIDE
          ? { chars: null, nullable: true }
          : { chars: new Set(e.ch === DIGITS ? DIGITS : [e.ch]), nullable: false };
    } else if (ch === '(') {
      const end = closeParen(src, i);
      const inner = src.slice(i + 1, end);
      i = end + 1;
      if (/^\?<?[=!]/.test(inner)) continue; // lookaround: zero width
      element = firstOfAlternation(inner.replace(/^\?:/, ''), fromEnd);
    } else if (ch === '[') {
      let end = i + 1;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      const cls = classChars(src.slice(i + 1, end));
      i = end + 1;
      element = cls ? { chars: new Set(cls), nullable: false } : { chars: null, nullable: true };
    } else if (ch === '.') {
      element = { chars: null, nullable: true };
      i++;
    } else {
      element = { chars: new Set([ch]), nullable: false };
      i++;
    }
    // A quantifier that allows zero repetitions makes the element optional.
    const q = src.slice(i);
    const m = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(q);
    if (m) {
      if (m[0][0] === '?' || m[0][0] === '*' || m[1] === '0') element = { ...element, nullable: true };
      i += m[0].length;
    }
    elements.push(element);
    if (!element.chars && !fromEnd) break;
  }
  return elements;
}
