/**
 * approx-string-match over a slice of the text, with the alphabet remapped first.
 *
 * approx-string-match looks each text character up in an array when its code is below 256
 * and in a Map otherwise, so on Chinese text every character costs a hash lookup (~65 ns a
 * character measured on Node 20, about 10× the Latin cost). Edit distance only depends on
 * which characters are equal to which pattern characters, so we rename the pattern's
 * distinct characters to codes 1..n and every other text character to 0 (equal to nothing in
 * the pattern). Matches, offsets and error counts are unchanged; the search runs on the fast
 * path. Patterns with more than 255 distinct characters still work, partly on the slow path.
 */
import approxSearch from 'approx-string-match';

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Reused code table: UTF-16 code unit → small code (0 = not in the current pattern). */
const renamed = new Uint16Array(65536);
const CHUNK = 8192;

function codesToString(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** Approximate matches of `pattern` in text.slice(from, to), with offsets into `text`. */
export function approxSearchIn(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
): ApproxMatch[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (pattern.length === 0 || end <= start) return [];

  const patternCodes = new Uint16Array(pattern.length);
  let next = 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (renamed[c] === 0) renamed[c] = next++;
    patternCodes[i] = renamed[c]!;
  }
  const textCodes = new Uint16Array(end - start);
  for (let i = start; i < end; i++) textCodes[i - start] = renamed[text.charCodeAt(i)]!;
  for (let i = 0; i < pattern.length; i++) renamed[pattern.charCodeAt(i)] = 0;

  const matches = approxSearch(codesToString(textCodes), codesToString(patternCodes), maxErrors);
  return matches.map((m) => ({ start: m.start + start, end: m.end + start, errors: m.errors }));
}
