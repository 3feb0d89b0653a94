/**
 * The characters a match of a regex source can start with, read from the source (the rule scan
 * tries a regex rule only where one of them is, when its opening texts are not known).
 */
import { closeParen, splitAlternatives } from './regex-source';

const DIGITS = '0123456789';

/** Characters of a class body like "\d０-９.,", or null when the class is negated or too wide. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let ch = body[i] as string;
    if (ch === '\\') {
      const e = body[++i] as string;
      if (e === 'd') {
        out.push(...DIGITS);
        continue;
      }
      if (/[swDSWbB]/.test(e)) return null;
      ch = e;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      const from = ch.charCodeAt(0);
      if (to - from > 400) return null;
      for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
      i += 2;
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

function firstOfAlternation(src: string): First {
  const chars = new Set<string>();
  let nullable = false;
  for (const alt of splitAlternatives(src)) {
    const f = firstOfSequence(alt);
    if (!f.chars) return { chars: null, nullable: true };
    for (const c of f.chars) chars.add(c);
    nullable ||= f.nullable;
  }
  return { chars, nullable };
}

function firstOfSequence(src: string): First {
  const chars = new Set<string>();
  let i = 0;
  while (i < src.length) {
    let element: First;
    const ch = src[i] as string;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '\\') {
      const e = src[i + 1] as string;
      i += 2;
      if (e === 'b' || e === 'B') continue;
      if (e === 'd') element = { chars: new Set(DIGITS), nullable: false };
      else if (/[swDSW]/.test(e)) return { chars: null, nullable: true };
      else element = { chars: new Set([e]), nullable: false };
    } else if (ch === '(') {
      const end = closeParen(src, i);
      const inner = src.slice(i + 1, end);
      i = end + 1;
      if (/^\?<?[=!]/.test(inner)) continue; // lookaround: zero width
      element = firstOfAlternation(inner.replace(/^\?:/, ''));
    } else if (ch === '[') {
      let end = i + 1;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      const cls = classChars(src.slice(i + 1, end));
      i = end + 1;
      if (!cls) return { chars: null, nullable: true };
      element = { chars: new Set(cls), nullable: false };
    } else if (ch === '.') {
      return { chars: null, nullable: true };
    } else {
      element = { chars: new Set([ch]), nullable: false };
      i++;
    }
    // A quantifier that allows zero repetitions makes the element optional.
    const q = src.slice(i);
    let optional = false;
    const m = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(q);
    if (m) {
      optional = m[0][0] === '?' || m[0][0] === '*' || m[1] === '0';
      i += m[0].length;
    }
    if (!element.chars) return { chars: null, nullable: true };
    for (const c of element.chars) chars.add(c);
    if (!(optional || element.nullable)) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}
