/**
 * Builds what RuleMatcher (matcher.ts) loads: a rule table's automaton and keys, from its index
 * (rule-index.ts). Run by the rule-index generator (`npm run gen:rule-index`) and by tests, never
 * on a page: with the regex-source readers it needs, it stays out of the content script.
 */
import { buildAutomaton } from './automaton-build';
import { indexRules, secondKeys, shippedIndex, type RuleIndexEntry } from './rule-index';
import { spellings } from './regex-source';
import { opensWord, PROVES, RuleMatcher, WORD_START, type CompiledKeys } from './matcher';

/** At most this many (first, second) pairs of one regex rule become automaton keys, else its first characters. */
const MAX_PAIRS = 64;

/** A regex rule with more first characters than this (and no known opening) is searched for by them: see compileKeys. */
const MAX_FIRST_KEYS = 8;

/**
 * The automaton and keys of a rule table (see RuleMatcher's class comment): literal rules and
 * the spellings of literal-step rules prove a match; a regex rule is a candidate where a text
 * every match opens with occurs, else where its first (and, while they are few, second)
 * characters do; its needed texts are keys too.
 */
export function compileKeys(
  rules: readonly { pattern: string }[],
  index: readonly RuleIndexEntry[],
  options: { ignoreCase?: boolean } = {},
): CompiledKeys {
  const ignoreCase = options.ignoreCase ?? false;
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const keyRules: number[][] = [];
  const broad: number[] = [];
  const keyOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = keys.length));
      keys.push(key);
      keyRules.push([]);
    }
    return id;
  };
  const add = (key: string, code: number) => {
    const list = keyRules[keyOf(key)]!;
    if (list[list.length - 1] !== code) list.push(code);
  };
  const secondsOf = (k: number) => secondKeys(rules[k]!.pattern, index[k]!.literal, index[k]!.steps, ignoreCase);
  const needKeys = index.map((e, k) => {
    const needs = e.needs ?? null;
    const own = needs ? needs.map(keyOf) : [];
    // Ignoring case a literal is ASCII (indexRules): the automaton compares it lower-cased.
    if (e.literal !== null) {
      add(ignoreCase ? e.literal.toLowerCase() : e.literal, 4 * k + PROVES);
      return own;
    }
    const opening = e.opening ?? null;
    const texts = e.steps && !opening && spellings(e.steps);
    if (texts) {
      texts.forEach((t) => add(t, 4 * k + PROVES));
      return own;
    }
    const code = 4 * k + (opensWord(rules[k]!.pattern, e.firsts) ? WORD_START : 0);
    // A candidate where one of the texts its matches open with is; else wherever its first
    // (and, where known, second) character is.
    if (opening) {
      opening.forEach((t) => add(t, code));
      return own;
    }
    // Pairs only while they are few: a number class before many characters ("[\\d，]*\\d…(?:以上|…)")
    // would add a thousand keys to build on a cold page; the rule's needed text filters it instead.
    const firsts = e.firsts ?? [];
    const seconds = secondsOf(k);
    const pairs = new Map(e.pairs);
    const fitting = firsts.map((first) => seconds ?? pairs.get(first) ?? null);
    let count = 0;
    for (const list of fitting) count += list ? list.length : 1;
    // A rule that opens with any of many characters and needs a text ("\\b(?:[a-z]+\\s+)?will …
    // be able to"): found by a search for its first characters, only in a text that has the
    // needed one (RuleMatcher.gather), rather than by a hit at every letter or digit.
    if (needs && firsts.length > MAX_FIRST_KEYS && (count > MAX_PAIRS || fitting.includes(null))) {
      broad.push(k);
      return own;
    }
    firsts.forEach((first, f) => {
      const list = fitting[f];
      if (!list || count > MAX_PAIRS) add(String.fromCharCode(first), code);
      else for (const second of list) add(String.fromCharCode(first, second), code);
    });
    return own;
  });
  const anyStartSeconds = index.flatMap((e, k) => (e.firsts ? [] : [secondsOf(k)]));
  return {
    rules: rules.length,
    keyRules,
    needKeys,
    broad,
    anyStartSeconds,
    automaton: buildAutomaton(keys, ignoreCase).toData(),
  };
}

/** A matcher of any rule table, its index and keys built on the spot (tests; the directive tables' are prebuilt). */
export function buildRuleMatcher<R extends { pattern: string }>(
  rules: readonly R[],
  options: { ignoreCase?: boolean } = {},
): RuleMatcher<R> {
  const index = indexRules(
    rules.map((r) => r.pattern),
    options,
  );
  return new RuleMatcher(rules, options, shippedIndex(index), compileKeys(rules, index, options));
}
