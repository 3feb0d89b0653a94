/**
 * An automaton's written form (AutomatonData, as the rule-index generator writes it), for
 * automaton.ts to load.
 *
 * Plain arrays of numbers, which the generated file's JSON.parse reads natively and
 * `Int32Array.from` copies natively: a content script loads the automaton in a fresh realm, where
 * every loop of its own runs in the interpreter. Decoding base-64 digits in a loop (the form before
 * session 28) and working out each state's end lists from its trie on the page took ~5 ms of the
 * seed's first analysis; the generator does the latter now (automaton-build.ts's `endLists`).
 */
export interface AutomatonData {
  ignoreCase: boolean;
  /** The characters (UTF-16 codes) of symbols 1, 2, … (lower-cased ASCII when ignoring case). */
  symbols: number[];
  /** Per state: the symbol of the edge into it (the root's: 0). */
  symOf: number[];
  /** Per state and one more: where its children start (see automaton.ts's file comment). */
  firstChild: number[];
  fail: number[];
  /**
   * The keys that end in each state, its own and its failure chain's, the longest first:
   * `endKey[endFrom[s]…endFrom[s + 1])` (key ids) with their lengths in `endLength`.
   */
  endFrom: number[];
  endKey: number[];
  endLength: number[];
}
