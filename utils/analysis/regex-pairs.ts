/**
 * Which characters can come second in a match of a regex source, for each character it can
 * start with: the matcher (matcher.ts) then tries a regex rule only where the next character
 * fits. The quantity rules open with a number class that also holds the comma ("，5%"), and
 * were run at every comma of a Chinese text; a comma followed by a character outside that class
 * cannot start one of their matches.
 *
 * The answer may be too large, never too small: every construct is read as the set of texts it
 * can match or more (a lookaround or `\b` as matching nothing, a negated class as any
 * character). Anything this reader does not know makes the answer null ("any character").
 */

/** A set of UTF-16 codes, or null for any character. */
type Chars = Set<number> | null;

/** What a piece of a pattern can match, as far as its first two characters go. */
interface Shape {
  /** It can match the empty text. */
  nullable: boolean;
  /** Characters a non-empty match can start with. */
  first: Chars;
  /** Characters c such that the one-character text c can match. */
  single: Chars;
  /** For each first character, the characters a longer match can have second; null: any. */
  two: Map<number, Chars> | null;
}

class Unknown extends Error {}

const EMPTY: Shape = { nullable: true, first: new Set(), single: new Set(), two: new Map() };
const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));
const WORD = [...DIGITS, ...range(65, 90), ...range(97, 122), 95];
/** `\s` without the u flag: white space and line terminators. */
const SPACE = [
  9,
  10,
  11,
  12,
  13,
  32,
  0xa0,
  0x1680,
  ...range(0x2000, 0x200a),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
];
/** Sets larger than this are kept as "any character": the matcher's lists would not get shorter. */
const MAX_SET = 400;

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function union(a: Chars, b: Chars): Chars {
  if (a === null || b === null) return null;
  if (!b.size) return a;
  if (!a.size) return b;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out.size > MAX_SET ? null : out;
}

const has = (s: Chars, c: number) => s === null || s.has(c);

function twoOf(s: Shape, c: number): Chars {
  if (s.two === null) return null;
  // (a stored null is "any character", not "none")
  return s.two.has(c) ? s.two.get(c)! : new Set();
}

function chars(codes: Iterable<number>): Shape {
  const set = new Set(codes);
  return { nullable: false, first: set, single: set, two: new Map() };
}

const ANY: Shape = { nullable: false, first: null, single: null, two: new Map() };

function sequence(a: Shape, b: Shape): Shape {
  const single = union(b.nullable ? a.single : new Set(), a.nullable ? b.single : new Set());
  const first = union(a.first, a.nullable ? b.first : new Set());
  let two: Map<number, Chars> | null = null;
  const bFirstEmpty = b.first !== null && b.first.size === 0;
  // Unknown: a's pairs, b's when a can be empty, or any one character of a followed by b.
  if (a.two !== null && !(a.nullable && b.two === null) && (a.single !== null || bFirstEmpty)) {
    two = new Map();
    const keys = new Set<number>(a.two.keys());
    if (a.single !== null) for (const c of a.single) keys.add(c);
    if (a.nullable) for (const c of b.two!.keys()) keys.add(c);
    for (const c of keys) {
      let s = twoOf(a, c);
      if (has(a.single, c)) s = union(s, b.first);
      if (a.nullable) s = union(s, twoOf(b, c));
      two.set(c, s);
    }
  }
  return { nullable: a.nullable && b.nullable, first, single, two };
}

function alternation(a: Shape, b: Shape): Shape {
  let two: Map<number, Chars> | null = null;
  if (a.two !== null && b.two !== null) {
    two = new Map(a.two);
    for (const [c, s] of b.two) two.set(c, union(twoOf(a, c), s));
  }
  return {
    nullable: a.nullable || b.nullable,
    first: union(a.first, b.first),
    single: union(a.single, b.single),
    two,
  };
}

function repeat(a: Shape, min: number, max: number): Shape {
  if (max === 0) return EMPTY;
  if (max < 2) return min === 0 ? { ...a, nullable: true } : a;
  // Two repetitions in a row: a one-character match followed by another match's first character.
  let two: Map<number, Chars> | null = null;
  if (a.two !== null && a.single !== null) {
    two = new Map(a.two);
    for (const c of a.single) two.set(c, union(twoOf(a, c), a.first));
  }
  return { nullable: min === 0 || a.nullable, first: a.first, single: a.single, two };
}

/** Reads a regex source (no flags but i, no capturing groups) into its Shape. */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  read(): Shape {
    const s = this.alternation();
    if (this.i !== this.src.length) throw new Unknown();
    return s;
  }

  private alternation(): Shape {
    let s = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      s = alternation(s, this.sequence());
    }
    return s;
  }

  private sequence(): Shape {
    let s = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      s = sequence(s, this.quantified());
    }
    return s;
  }

  private quantified(): Shape {
    const atom = this.atom();
    const q = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.i, this.i + 12));
    if (!q) return atom;
    this.i += q[0].length;
    const head = q[0][0];
    if (head === '?') return repeat(atom, 0, 1);
    if (head === '*') return repeat(atom, 0, Infinity);
    if (head === '+') return repeat(atom, 1, Infinity);
    const min = Number(q[1]);
    const max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
    return repeat(atom, min, max);
  }

  private atom(): Shape {
    const src = this.src;
    const ch = src[this.i]!;
    if (ch === '(') {
      const head = /^\((?:\?:|\?[=!]|\?<[=!])/.exec(src.slice(this.i, this.i + 4));
      if (!head) throw new Unknown(); // a capturing or named group
      this.i += head[0].length;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Unknown();
      this.i++;
      // A lookaround matches no text: read as the empty text (its condition only removes matches).
      return head[0] === '(?:' ? inner : EMPTY;
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') {
      this.i++;
      return ANY;
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return EMPTY;
    }
    if (ch === '\\') {
      const e = src[this.i + 1];
      if (e === 'b' || e === 'B') {
        this.i += 2;
        return EMPTY;
      }
      if (e === 'D' || e === 'S' || e === 'W') {
        this.i += 2;
        return ANY;
      }
      return chars(this.escape(false));
    }
    if (ch === '*' || ch === '+' || ch === '?') throw new Unknown(); // a quantifier with nothing before it
    this.i++;
    return chars([this.fold(ch.charCodeAt(0))]);
  }

  /** An escape at `i` (a backslash): its characters; moves past it. */
  private escape(inClass: boolean): number[] {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unknown();
    this.i += 2;
    if (e === 'd') return DIGITS;
    if (e === 's') return SPACE;
    if (e === 'w') return WORD;
    if (e === 'b' && inClass) return [8];
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (e in simple && !/\d/.test(this.src[this.i] ?? '')) return [simple[e]!];
    const hex = e === 'u' ? /^[0-9a-fA-F]{4}/ : e === 'x' ? /^[0-9a-fA-F]{2}/ : null;
    if (hex) {
      const m = hex.exec(this.src.slice(this.i));
      if (!m) throw new Unknown();
      this.i += m[0].length;
      return [this.fold(parseInt(m[0], 16))];
    }
    if (/[A-Za-z0-9]/.test(e)) throw new Unknown(); // \c, \k, back-references, \p …
    return [this.fold(e.charCodeAt(0))];
  }

  private charClass(): Shape {
    const src = this.src;
    this.i++;
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const set = new Set<number>();
    let any = false;
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Unknown();
      let from: number[];
      if (src[this.i] === '\\') {
        const e = src[this.i + 1];
        if (e === 'D' || e === 'S' || e === 'W') {
          this.i += 2;
          any = true;
          continue;
        }
        from = this.escape(true);
      } else from = [src.charCodeAt(this.i++)];
      if (from.length === 1 && src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const to = src[this.i] === '\\' ? this.escape(true) : [src.charCodeAt(this.i++)];
        if (to.length !== 1) throw new Unknown();
        if (to[0]! - from[0]! > MAX_SET) any = true;
        else for (const c of range(from[0]!, to[0]!)) set.add(this.fold(c));
        continue;
      }
      for (const c of from) set.add(this.fold(c));
    }
    this.i++;
    return negated || any ? ANY : chars(set);
  }

  /** The matcher's key of a pattern character: ASCII letters lower-cased when ignoring case. */
  private fold(code: number): number {
    if (!this.ignoreCase) return code;
    if (code >= 65 && code <= 90) return code | 0x20;
    if (code >= 128) {
      const ch = String.fromCharCode(code);
      if (ch.toLowerCase() !== ch.toUpperCase()) throw new Unknown(); // non-ASCII case: not the matcher's fold
    }
    return code;
  }
}

/**
 * For each character key a match of `src` can start with: the keys (ASCII lower-cased when
 * ignoring case) its second character can have, or no entry when any character may follow (or a
 * one-character match is possible). Null when the source cannot be read or can match nothing
 * at all.
 */
export function secondsByFirst(src: string, ignoreCase = false): Map<number, number[]> | null {
  let shape: Shape;
  try {
    shape = new Reader(src, ignoreCase).read();
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
  if (shape.nullable || shape.two === null || shape.first === null) return null;
  const out = new Map<number, number[]>();
  for (const c of shape.first) {
    if (has(shape.single, c)) continue;
    const s = twoOf(shape, c);
    if (s !== null)
      out.set(
        c,
        [...s].sort((x, y) => x - y),
      );
  }
  return out;
}
