/**
 * Builds an Aho–Corasick automaton (automaton.ts) from its keys: done by the rule-index generator
 * (`npm run gen:rule-index`) and by tests, never on a page, which loads the generated data.
 */
import { Automaton, PACK_DIGITS, type AutomatonData } from './automaton';
import { foldKey } from './char-codes';

/** Non-negative integers as base-64 digits of one width, the width first ("2AAAB…"). */
const pack = (a: ArrayLike<number>): string => {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, a[i]!);
  let width = 1;
  while (64 ** width <= max) width++;
  let out = String(width);
  for (let i = 0; i < a.length; i++)
    for (let d = width - 1; d >= 0; d--) out += PACK_DIGITS[Math.floor(a[i]! / 64 ** d) % 64];
  return out;
};

/**
 * The automaton of `keys` (ids are their indexes; callers pass distinct non-empty keys). With
 * `ignoreCase`, ASCII letters of the keys and the text are compared lower-cased (what the
 * non-Unicode /i flag does for ASCII).
 */
export function buildAutomaton(keys: readonly string[], ignoreCase = false): Automaton {
  const fold = (c: number) => foldKey(c, ignoreCase);
  const codes = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) codes.add(fold(key.charCodeAt(i)));
  const symbols = [...codes].sort((a, b) => a - b);
  const symbolOf = new Map(symbols.map((c, i) => [c, i + 1]));
  // The trie with Maps, then numbered breadth first with each state's children by symbol.
  const children = [new Map<number, number>()];
  const ownOf: number[] = [0];
  keys.forEach((key, id) => {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const a = symbolOf.get(fold(key.charCodeAt(i)))!;
      let t = children[s]!.get(a);
      if (t === undefined) {
        t = children.push(new Map()) - 1;
        ownOf.push(0);
        children[s]!.set(a, t);
      }
      s = t;
    }
    if (s !== 0 && ownOf[s] === 0) ownOf[s] = id + 1;
  });
  const order = [0];
  const symOf = [0];
  const firstChild: number[] = [];
  for (let k = 0; k < order.length; k++) {
    firstChild.push(order.length);
    for (const [a, t] of [...children[order[k]!]!].sort((x, y) => x[0] - y[0])) {
      order.push(t);
      symOf.push(a);
    }
  }
  firstChild.push(order.length);
  /** The child of `s` by symbol `a` (a binary search among its children, sorted by symbol), or -1. */
  const go = (s: number, a: number): number => {
    let lo = firstChild[s]!;
    let hi = firstChild[s + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = symOf[mid]!;
      if (m === a) return mid;
      if (m < a) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  // Failure links breadth first: a state's longest proper suffix that is also a state.
  const fail = new Int32Array(order.length);
  for (let s = 1; s < order.length; s++) {
    for (let t = firstChild[s]!; t < firstChild[s + 1]!; t++) {
      let f = fail[s]!;
      let g = go(f, symOf[t]!);
      while (g < 0 && f !== 0) {
        f = fail[f]!;
        g = go(f, symOf[t]!);
      }
      fail[t] = g > 0 && g !== t ? g : 0;
    }
  }
  const data: AutomatonData = {
    ignoreCase,
    symbols: pack(symbols),
    symOf: pack(symOf),
    firstChild: pack(firstChild),
    fail: pack(fail),
    own: pack(order.map((t) => ownOf[t]!)),
  };
  return Automaton.load(data);
}
