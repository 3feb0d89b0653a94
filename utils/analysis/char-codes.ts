/**
 * UTF-16 code units as the rule scan compares them (the automaton, the rule index, the word sets,
 * the cores' clause reading).
 */

/** A UTF-16 code unit as the automaton and the rule index compare it: ASCII upper case folded when ignoring case. */
export const foldKey = (code: number, ignoreCase: boolean): number =>
  ignoreCase && code >= 65 && code <= 90 ? code | 0x20 : code;

/** A digit of `\d` (without the u flag: ASCII only). */
export const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** A word character of `\b` (and `\w`) without the u flag. */
export const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
