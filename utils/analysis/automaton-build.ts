/**
 * Builds an Aho–Corasick automaton (automaton.ts) from its keys: done by the rule-index generator
 * (`npm run gen:rule-index`) and by tests, never on a page, which loads the generated data.
 */
import { Automaton, type AutomatonData } from './automaton';
import { foldKey } from './char-codes';

/**
 * The keys that end in each state, its own and its failure chain's, the longest first
 * (AutomatonData's `endFrom`, `endKey`, `endLength`), from each state's own key (id + 1, 0 for
 * none), failure state and children. States are numbered breadth first: a state's failure state
 * and parent come before it.
 */
function endLists(
  own: readonly number[],
  fail: ArrayLike<number>,
  firstChild: readonly number[],
): Pick<AutomatonData, 'endFrom' | 'endKey' | 'endLength'> {
  const states = own.length;
  // The nearest state on the failure chain (the state itself included) where a key ends, 0 for
  // none; and each state's depth.
  const term = new Array<number>(states).fill(0);
  const depth = new Array<number>(states).fill(0);
  for (let s = 0; s < states; s++) {
    if (s > 0) term[s] = own[s] !== 0 ? s : term[fail[s]!]!;
    for (let t = firstChild[s]!; t < firstChild[s + 1]!; t++) depth[t] = depth[s]! + 1;
  }
  const endFrom: number[] = [];
  const endKey: number[] = [];
  const endLength: number[] = [];
  for (let s = 0; s < states; s++) {
    endFrom.push(endKey.length);
    for (let t = term[s]!; t !== 0; t = term[fail[t]!]!) {
      endKey.push(own[t]! - 1);
      endLength.push(depth[t]!);
    }
  }
  endFrom.push(endKey.length);
  return { endFrom, endKey, endLength };
}

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
    symbols,
    symOf,
    firstChild,
    fail: [...fail],
    ...endLists(
      order.map((t) => ownOf[t]!),
      fail,
      firstChild,
    ),
  };
  return Automaton.load(data);
}
