/**
 * An Aho–Corasick automaton over UTF-16 code units: finds every occurrence of many plain keys in
 * one pass over a text, each character visited once (plus amortised failure steps), whatever the
 * number of keys.
 *
 * Hand-written rather than taken from npm: the packages found (e.g. @monyone/aho-corasick) key their
 * transitions by one-character strings in a `Map` and return one object per match, which costs more
 * per character than the rule scan it would replace; the scan needs integer states in typed arrays,
 * ASCII case folding and (key, start) pairs without allocation.
 *
 * Layout: characters map to dense symbols (0: in no key, which sends the walk back to the root);
 * the root's transitions are a dense row, every other state's live in one open-addressing hash
 * table keyed by (state, symbol). A state's outputs are the key ending there (`own`) and, through
 * `term`, those of its failure chain.
 */

/** The transition table has at least 2^this slots, and at least twice as many as there are edges. */
const MIN_TABLE_BITS = 4;

export class Automaton {
  /** Symbol of each UTF-16 code unit (ASCII upper case folded when ignoring case); 0 for none. */
  private readonly sym = new Uint16Array(65536);
  private readonly root: Int32Array;
  private readonly hashState: Int32Array;
  private readonly hashSym: Int32Array;
  private readonly hashNext: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly fail: Int32Array;
  /** Key id + 1 of the key ending at a state, 0 for none. */
  private readonly own: Int32Array;
  /** The nearest state on the failure chain (the state itself included) where a key ends; 0 for none. */
  private readonly term: Int32Array;
  private readonly depth: Int32Array;
  /** Hits of the last `collect`: key id and start, in pairs. */
  hits = new Int32Array(256);

  /**
   * `keys`: the plain texts to find (ids are their indexes; an empty or repeated key is never
   * reported for its later ids: callers pass distinct non-empty keys). With `ignoreCase`, ASCII
   * letters of the keys and the text are compared lower-cased (what the non-Unicode /i flag does
   * for ASCII).
   */
  constructor(keys: readonly string[], ignoreCase = false) {
    const fold = (c: number) => (ignoreCase && c >= 65 && c <= 90 ? c | 0x20 : c);
    let symbols = 0;
    let chars = 0;
    for (const key of keys) {
      chars += key.length;
      for (let i = 0; i < key.length; i++) {
        const c = fold(key.charCodeAt(i));
        if (this.sym[c] === 0) this.sym[c] = ++symbols;
      }
    }
    if (ignoreCase) for (let c = 65; c <= 90; c++) this.sym[c] = this.sym[c | 0x20]!;
    const states = chars + 1;
    this.root = new Int32Array(symbols + 1);
    let bits = MIN_TABLE_BITS;
    while (1 << bits < chars * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.hashState = new Int32Array(1 << bits).fill(-1);
    this.hashSym = new Int32Array(1 << bits);
    this.hashNext = new Int32Array(1 << bits);
    this.fail = new Int32Array(states);
    this.own = new Int32Array(states);
    this.term = new Int32Array(states);
    this.depth = new Int32Array(states);
    // The trie, with each state's children listed for the breadth-first pass below.
    const firstChild = new Int32Array(states).fill(-1);
    const nextSibling = new Int32Array(states).fill(-1);
    const viaSym = new Int32Array(states);
    let count = 1;
    keys.forEach((key, id) => {
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const a = this.sym[fold(key.charCodeAt(i))]!;
        let t = this.go(s, a);
        if (t < 0) {
          t = count++;
          this.depth[t] = i + 1;
          viaSym[t] = a;
          nextSibling[t] = firstChild[s]!;
          firstChild[s] = t;
          if (s === 0) this.root[a] = t;
          else this.put(s, a, t);
        }
        s = t;
      }
      if (s !== 0 && this.own[s] === 0) this.own[s] = id + 1;
    });
    // Failure links breadth first: a state's longest proper suffix that is also a trie state.
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (let t = firstChild[0]!; t >= 0; t = nextSibling[t]!) queue[tail++] = t;
    while (head < tail) {
      const s = queue[head++]!;
      this.term[s] = this.own[s] !== 0 ? s : this.term[this.fail[s]!]!;
      for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
        const a = viaSym[t]!;
        let f = this.fail[s]!;
        let g = this.go(f, a);
        while (g < 0 && f !== 0) {
          f = this.fail[f]!;
          g = this.go(f, a);
        }
        this.fail[t] = g > 0 && g !== t ? g : 0;
        queue[tail++] = t;
      }
    }
  }

  private slot(s: number, a: number): number {
    return Math.imul(Math.imul(s, 0x9e3779b1) ^ a, 0x85ebca77) >>> this.shift;
  }

  /** The trie's child of `s` by symbol `a` (the root's row is dense), or -1. */
  private go(s: number, a: number): number {
    if (s === 0) return this.root[a]! || -1;
    for (let k = this.slot(s, a); ; k = (k + 1) & this.mask) {
      const at = this.hashState[k]!;
      if (at === s && this.hashSym[k] === a) return this.hashNext[k]!;
      if (at < 0) return -1;
    }
  }

  private put(s: number, a: number, t: number): void {
    let k = this.slot(s, a);
    while (this.hashState[k]! >= 0) k = (k + 1) & this.mask;
    this.hashState[k] = s;
    this.hashSym[k] = a;
    this.hashNext[k] = t;
  }

  /**
   * Every occurrence of every key in `text`, overlapping ones included, into `hits` as (key id,
   * start) pairs in the order of their ends; returns the number of pairs.
   */
  collect(text: string): number {
    const { sym, root, fail, term, own, depth } = this;
    let hits = this.hits;
    let n = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const a = sym[text.charCodeAt(i)]!;
      if (a === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = root[a]!;
          break;
        }
        const t = this.go(s, a);
        if (t > 0) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      for (let t = term[s]!; t !== 0; t = term[fail[t]!]!) {
        if (2 * n + 2 > hits.length) {
          const grown = new Int32Array(hits.length * 2);
          grown.set(hits);
          this.hits = hits = grown;
        }
        hits[2 * n] = own[t]! - 1;
        hits[2 * n + 1] = i + 1 - depth[t]!;
        n++;
      }
    }
    return n;
  }
}
