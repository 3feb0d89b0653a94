/**
 * An automaton's written form (AutomatonData, as the rule-index generator writes it) and the
 * decoding of its packed arrays, for automaton.ts to load.
 */

/**
 * An automaton as the rule-index generator writes it, for a JSON.parse that costs nothing on a
 * cold page: each array packed into printable ASCII (automaton-build.ts's `pack`), which a bundler keeps as it is
 * (other characters it writes as 6-byte escapes).
 */
export interface AutomatonData {
  ignoreCase: boolean;
  /** The characters (UTF-16 codes) of symbols 1, 2, … (lower-cased ASCII when ignoring case). */
  symbols: string;
  /** Per state: the symbol of the edge into it (the root's: 0). */
  symOf: string;
  /** Per state and one more: where its children start (see automaton.ts's file comment). */
  firstChild: string;
  fail: string;
  /** Per state: the id + 1 of the key ending there, 0 for none. */
  own: string;
}

/** The digits of the packed arrays (automaton-build.ts's `pack`). */
export const PACK_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Int8Array(128);
for (let d = 0; d < 64; d++) DIGIT_VALUE[PACK_DIGITS.charCodeAt(d)] = d;

export const unpack = (s: string): Int32Array => {
  const width = s.charCodeAt(0) - 48;
  const out = new Int32Array((s.length - 1) / width);
  for (let i = 0, at = 1; i < out.length; i++) {
    let v = 0;
    for (let d = 0; d < width; d++) v = v * 64 + DIGIT_VALUE[s.charCodeAt(at++)]!;
    out[i] = v;
  }
  return out;
};
