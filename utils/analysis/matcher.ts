/**
 * A fast scanner for many ordered regex rules.
 *
 * One alternation of ~300 patterns makes the regex engine try every alternative at every
 * character: correct but ~1000x slower than a plain character-class pass. Instead each rule's
 * possible FIRST characters are worked out from its source, rules are grouped by first
 * character (keeping table order inside each group), and the text is walked once: only at a
 * character that can start some rule is that character's small sticky alternation tried.
 * The result is the same as the global alternation: leftmost match, first listed rule wins at
 * a position, matching resumes after the match.
 */

export interface MatchHit<R> {
  start: number;
  end: number;
  text: string;
  rule: R;
}

const DIGITS = '0123456789';

/** Splits `src` at top-level `|` (outside groups and classes). */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(last, i));
      last = i + 1;
    }
  }
  out.push(src.slice(last));
  return out;
}

/** Index of the `)` closing the group that opens at `open`. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced group in ${src}`);
}

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

/** Compiles ordered rules (each with a regex `pattern` source without capturing groups). */
export class RuleMatcher<R extends { pattern: string }> {
  /** Indexed by the first character's UTF-16 code (lower-cased for ASCII when ignoring case). */
  private readonly byFirst: ({ regex: RegExp; rules: R[] } | undefined)[] = new Array<{ regex: RegExp; rules: R[] } | undefined>(65536);
  private readonly anyStart: R[] = [];
  private readonly anyRegex: { regex: RegExp; rules: R[] } | null;
  private readonly ignoreCase: boolean;

  constructor(rules: readonly R[], options: { ignoreCase?: boolean } = {}) {
    this.ignoreCase = options.ignoreCase ?? false;
    const firsts = rules.map((r) => firstChars(r.pattern));
    const keys = new Set<string>();
    rules.forEach((r, i) => {
      const f = firsts[i];
      if (!f) this.anyStart.push(r);
      else for (const c of f) keys.add(this.key(c));
    });
    // One pass in table order (this runs on every page load, cold): each rule joins the group
    // of each of its first characters; a rule that can start anywhere joins every group.
    const groups = new Map<string, R[]>([...keys].map((key) => [key, []]));
    rules.forEach((r, i) => {
      const f = firsts[i];
      if (!f) for (const group of groups.values()) group.push(r);
      else for (const key of new Set([...f].map((c) => this.key(c)))) groups.get(key)!.push(r);
    });
    for (const [key, group] of groups) this.byFirst[key.charCodeAt(0)] = this.compile(group);
    this.anyRegex = this.anyStart.length ? this.compile(this.anyStart) : null;
  }

  private key(c: string): string {
    return this.ignoreCase && c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }

  private compile(rules: R[]): { regex: RegExp; rules: R[] } {
    const flags = this.ignoreCase ? 'yi' : 'y';
    return { regex: new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), flags), rules };
  }

  /** All non-overlapping matches, left to right; at one position the first listed rule wins. */
  scan(text: string): MatchHit<R>[] {
    const out: MatchHit<R>[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let code = text.charCodeAt(i);
      if (this.ignoreCase && code >= 65 && code <= 90) code |= 0x20;
      const group = this.byFirst[code] ?? this.anyRegex;
      if (!group) continue;
      group.regex.lastIndex = i;
      const m = group.regex.exec(text);
      if (!m || m[0] === '') continue;
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          out.push({ start: i, end: i + m[0].length, text: m[0], rule: group.rules[g - 1] as R });
          break;
        }
      }
      i += m[0].length - 1;
    }
    return out;
  }
}
