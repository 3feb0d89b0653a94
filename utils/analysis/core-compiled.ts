/**
 * core-rules.ts's tables made ready for lookups, once per language and each table on first
 * use: word sets with their false friends, the characters their words start with (a bitset),
 * words by their last character. core-unit.ts reads a directive with them.
 */
import { foldKey } from './char-codes';
import { WordSet } from './word-set';
import { opensImperative } from './verbs';
import type { CoreLangRules, WordTable } from './core-rule-types';
import { CORE_RULES } from './core-rules';

export type CoreLang = 'zh' | 'en';

/** Brackets and quotes: breaks inside them do not end a clause. */
export const BRACKETS_OPEN = '（(“‘「『《【[';
export const BRACKETS_CLOSE = '）)”’」』》】]';

/**
 * A word table ready for lookups: its words, its false friends, the characters either starts with
 * (`firsts`), and the pairs the false friends start with (the modals' false friends open with
 * common characters, 的需要 / 的要求: at most of them the next character rules the lookup out) and the
 * words start with (the English modals open with "is …" and "are …", twelve words each: at "in", "it",
 * "and", "an" the pair rules out the twelve comparisons; so at 一 / 有 / 市 / 行 for the Chinese ones).
 */
export interface Finder {
  words: WordSet;
  not: WordSet | null;
  firsts: CharSet;
  notStarts: PairFilter;
  wordStarts: PairFilter;
}

/**
 * Whether one of some words may start at a position, from its first two characters (a hashed
 * table: a false "may" costs only the word lookup it would have cost anyway; never a false "no").
 * Case is folded as WordSet folds it.
 */
export class PairFilter {
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  /** The first characters of one-character words (none in today's tables). */
  private readonly singles: CharSet | null = null;
  constructor(
    words: readonly string[],
    private readonly ignoreCase: boolean,
  ) {
    for (const word of words) {
      const w = ignoreCase ? word.toLowerCase() : word;
      if (w.length === 1) (this.singles ??= new CharSet([])).add(w.charCodeAt(0));
      else if (w.length > 1) this.pairs[pairSlot(w.charCodeAt(0), w.charCodeAt(1))] = 1;
    }
  }
  mayStart(text: string, at: number): boolean {
    const a = foldKey(text.charCodeAt(at), this.ignoreCase);
    if (this.singles?.has(a)) return true;
    return at + 1 < text.length && this.pairs[pairSlot(a, foldKey(text.charCodeAt(at + 1), this.ignoreCase))] === 1;
  }
}
/** 4 KB a table: the largest (the Chinese modals' ~150 false friends) fills under 4 % of it. */
const PAIR_SLOTS = 1 << 12;
const pairSlot = (a: number, b: number) => (a * 31 + b) & (PAIR_SLOTS - 1);

/** A set of UTF-16 code units as a bitset (8 KB): one test per character, cheap to build. */
export class CharSet {
  private readonly bits = new Uint32Array(2048);
  constructor(chars: Iterable<string>) {
    for (const ch of chars) this.add(ch.charCodeAt(0));
  }
  add(code: number): this {
    this.bits[code >>> 5]! |= 1 << (code & 31);
    return this;
  }
  has(code: number): boolean {
    return ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
  }
}

/** The characters of `chars` that are one code unit each (one outside the BMP never equals a `text[i]`). */
function unitSet(chars: string): CharSet {
  return new CharSet([...chars].filter((ch) => ch.length === 1));
}

/** The first characters of words, in both cases when `ignoreCase`. */
function firstChars(words: readonly string[], ignoreCase: boolean): CharSet {
  const set = new CharSet([]);
  for (const w of words) {
    if (!w) continue;
    set.add(w.charCodeAt(0));
    if (ignoreCase) set.add(w[0]!.toLowerCase().charCodeAt(0)).add(w[0]!.toUpperCase().charCodeAt(0));
  }
  return set;
}

/** Words looked up by their last character: how a clause ends, tested without slicing it. */
class SuffixSet {
  private readonly byLast = new Map<number, string[]>();
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (!w) continue;
      const key = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(key);
      if (list) list.push(w);
      else this.byLast.set(key, [w]);
    }
  }

  /** The listed word that `text[start, end)` ends with, or null. */
  endOf(text: string, start: number, end: number): string | null {
    const list = end > start ? this.byLast.get(text.charCodeAt(end - 1)) : undefined;
    if (!list) return null;
    for (const w of list) {
      if (w.length > end - start) continue;
      let k = 2;
      while (k <= w.length && text.charCodeAt(end - k) === w.charCodeAt(w.length - k)) k++;
      if (k > w.length) return w;
    }
    return null;
  }
}

/**
 * A language's tables ready for lookups. Each is built the first time it is asked for: on a cold
 * page the content script pays only for the tables its directives need (a page without targets
 * never builds the goal verbs).
 */
export class CompiledCoreRules {
  /** Clause breaks. */
  readonly breaks: CharSet;
  /** Clause breaks, brackets and quotes: the characters the clause split stops at. */
  readonly special: CharSet;
  /** By code unit: looked up at the opening of every directive (a CJK `text[i]` would be a new string each time). */
  readonly bullets: CharSet;
  readonly numberingFirst: CharSet;
  /**
   * Each table, kept once built (a cores lookup reads some at every character of a directive:
   * a field, not a lookup by name).
   */
  private readonly cached: {
    modals?: Finder;
    weakModals?: Finder | null;
    prohibitions?: Finder;
    emphasis?: Finder;
    actionVerbs?: WordSet;
    goalVerbs?: WordSet;
    levelVerbs?: WordSet;
    reachVerbs?: WordSet;
    datedFurtherGoalVerbs?: WordSet;
    countVerbs?: WordSet;
    countBounds?: WordSet;
    futureMarkers?: WordSet;
    leadingWords?: WordSet;
    openingConnectives?: WordSet;
    openers?: WordSet;
    openersBeforeVerb?: WordSet;
    openerVerbs?: WordSet;
    accordingTo?: WordSet;
    meansOpeners?: WordSet;
    meansEnds?: SuffixSet;
    locative?: WordSet;
    accordingToEnds?: SuffixSet;
    locativeEnds?: SuffixSet;
    openerFrameEnds?: SuffixSet;
    topicEnds?: SuffixSet;
    topicNouns?: SuffixSet;
    notEnds?: SuffixSet;
    actWords?: WordSet;
    reportingEnds?: SuffixSet;
    openingWords?: WordSet;
    frameConnectives?: Set<string>;
    connectiveMax?: number;
  } = {};

  constructor(
    readonly rules: CoreLangRules,
    readonly lang: CoreLang,
  ) {
    this.breaks = new CharSet(rules.clauseBreaks + '。！？!?');
    this.special = new CharSet(rules.clauseBreaks + '。！？!?' + BRACKETS_OPEN + BRACKETS_CLOSE);
    this.bullets = unitSet(rules.bullets);
    this.numberingFirst = unitSet(rules.numberingFirst);
  }

  private set(words: readonly string[]): WordSet {
    return new WordSet(words, this.rules.words);
  }
  private finder(t: WordTable): Finder {
    return {
      words: new WordSet(t.words, this.rules.words),
      not: t.notWords.length ? new WordSet(t.notWords, this.rules.words) : null,
      firsts: firstChars([...t.words, ...t.notWords], this.rules.words.ignoreCase),
      notStarts: new PairFilter(t.notWords, this.rules.words.ignoreCase),
      wordStarts: new PairFilter(t.words, this.rules.words.ignoreCase),
    };
  }

  /** The governing phrases of `category`, joined (GovernedSearch), built on first use. */
  governedFor(category: string): GovernedSearch[] {
    let list = this.governed.get(category);
    if (!list) this.governed.set(category, (list = governedSearches(this.rules.governed, category)));
    return list;
  }
  private readonly governed = new Map<string, GovernedSearch[]>();

  get modals() {
    return (this.cached.modals ??= this.finder(this.rules.modals));
  }
  get weakModals() {
    if (this.cached.weakModals === undefined) {
      const t = this.rules.weakModals;
      this.cached.weakModals = t ? this.finder(t) : null;
    }
    return this.cached.weakModals;
  }
  get prohibitions() {
    return (this.cached.prohibitions ??= this.finder(this.rules.prohibitions));
  }
  get emphasis() {
    return (this.cached.emphasis ??= this.finder(this.rules.emphasis));
  }
  /** Whether an imperative opens at `at` (as the scanner reads one: verbs.ts) or an opening adverb starts there. */
  opensAct(text: string, at: number): boolean {
    return (
      opensImperative(text, at, this.lang) ||
      (this.cached.openingWords ??= this.set(this.rules.openingWords)).startsAt(text, at)
    );
  }
  /** …or another action verb: tells 会同有关部门加强指导 (a verb phrase) from 会同有关部门 (an adverbial). */
  isVerbAt(text: string, at: number): boolean {
    return this.opensAct(text, at) || this.actionVerbs.startsAt(text, at);
  }
  get actionVerbs() {
    return (this.cached.actionVerbs ??= this.set(this.rules.actionVerbs));
  }
  get goalVerbs() {
    return (this.cached.goalVerbs ??= this.set(this.rules.goalVerbs));
  }
  get levelVerbs() {
    return (this.cached.levelVerbs ??= this.set(this.rules.levelVerbs));
  }
  get reachVerbs() {
    return (this.cached.reachVerbs ??= this.set(this.rules.reachVerbs));
  }
  get datedFurtherGoalVerbs() {
    return (this.cached.datedFurtherGoalVerbs ??= this.set(this.rules.datedFurtherGoalVerbs));
  }
  get countVerbs() {
    return (this.cached.countVerbs ??= this.set(this.rules.countVerbs));
  }
  get countBounds() {
    return (this.cached.countBounds ??= this.set(this.rules.countBounds));
  }
  get futureMarkers() {
    return (this.cached.futureMarkers ??= this.set(this.rules.futureMarkers));
  }
  get leadingWords() {
    return (this.cached.leadingWords ??= this.set(this.rules.leadingWords));
  }
  get openingConnectives() {
    return (this.cached.openingConnectives ??= this.set(this.rules.openingConnectives));
  }
  get openers() {
    return (this.cached.openers ??= this.set(this.rules.adverbial.openers));
  }
  get openerVerbs() {
    return (this.cached.openerVerbs ??= this.set(this.rules.adverbial.openerVerbs));
  }
  get openersBeforeVerb() {
    return (this.cached.openersBeforeVerb ??= this.set(this.rules.adverbial.openersBeforeVerb));
  }
  get meansOpeners() {
    return (this.cached.meansOpeners ??= this.set(this.rules.adverbial.meansOpeners));
  }
  get meansEnds() {
    return (this.cached.meansEnds ??= new SuffixSet(this.rules.adverbial.meansEnds));
  }
  get accordingTo() {
    return (this.cached.accordingTo ??= this.set(this.rules.adverbial.accordingTo));
  }
  get locative() {
    return (this.cached.locative ??= this.set(this.rules.adverbial.locative));
  }
  get accordingToEnds() {
    return (this.cached.accordingToEnds ??= new SuffixSet(this.rules.adverbial.accordingToEnds));
  }
  get locativeEnds() {
    return (this.cached.locativeEnds ??= new SuffixSet(this.rules.adverbial.locativeEnds));
  }
  get openerFrameEnds() {
    return (this.cached.openerFrameEnds ??= new SuffixSet(this.rules.adverbial.openerFrameEnds));
  }
  get topicEnds() {
    return (this.cached.topicEnds ??= new SuffixSet(this.rules.adverbial.topicEnds));
  }
  get actWords() {
    return (this.cached.actWords ??= this.set(this.rules.adverbial.actWords));
  }
  get notEnds() {
    return (this.cached.notEnds ??= new SuffixSet(this.rules.adverbial.notEnds));
  }
  get topicNouns() {
    return (this.cached.topicNouns ??= new SuffixSet(this.rules.adverbial.topicNouns));
  }
  get reportingEnds() {
    return (this.cached.reportingEnds ??= new SuffixSet(this.rules.frame.reportingEnds));
  }
  get frameConnectives() {
    return (this.cached.frameConnectives ??= new Set(this.rules.frame.connectives));
  }
  /** The longest frame connective, to skip the lookup for longer clauses. */
  get connectiveMax() {
    return (this.cached.connectiveMax ??= Math.max(...this.rules.frame.connectives.map((x) => x.length)));
  }
}

/**
 * The governing phrases of one category (core-rule-types.ts `governed`) that share their flags, as
 * one regex: `(p1)|(p2)|…`. Its first match is the leftmost match of any of them, and at that
 * position the first listed one that matches there — what trying them one by one and keeping the
 * leftmost (the earlier listed on a tie) finds, in one pass over the text instead of one per phrase.
 */
export interface GovernedSearch {
  pattern: RegExp;
  /** Per phrase: its place in `governed` (ties go to the earlier), its wrapping group, its own first group. */
  phrases: { order: number; group: number; head: number; keepHead: boolean }[];
}

/** How many capturing groups a regex has. */
const groupCount = (re: RegExp) => new RegExp(`${re.source}|`).exec('')!.length - 1;
/** Numbered or named back-references, and named groups, would break when joined with others. */
const JOIN_BREAKERS = /\\[1-9]|\\k<|\(\?<(?![=!])/;

function governedSearches(governed: CoreLangRules['governed'], category: string): GovernedSearch[] {
  const out: GovernedSearch[] = [];
  const byFlags = new Map<string, { order: number; pattern: RegExp; keepHead: boolean }[]>();
  governed.forEach((g, order) => {
    if (!g.categories.includes(category)) return;
    if (JOIN_BREAKERS.test(g.pattern.source))
      out.push({ pattern: g.pattern, phrases: [{ order, group: 0, head: 1, keepHead: g.keepHead }] });
    else {
      const list = byFlags.get(g.pattern.flags) ?? byFlags.set(g.pattern.flags, []).get(g.pattern.flags)!;
      list.push({ order, pattern: g.pattern, keepHead: g.keepHead });
    }
  });
  for (const [flags, list] of byFlags) {
    if (list.length === 1) {
      const g = list[0]!;
      out.push({ pattern: g.pattern, phrases: [{ order: g.order, group: 0, head: 1, keepHead: g.keepHead }] });
      continue;
    }
    let group = 1;
    const phrases = list.map((g) => {
      const phrase = { order: g.order, group, head: group + 1, keepHead: g.keepHead };
      group += groupCount(g.pattern) + 1;
      return phrase;
    });
    out.push({ pattern: new RegExp(list.map((g) => `(${g.pattern.source})`).join('|'), flags), phrases });
  }
  return out;
}

const compiled = new Map<CoreLang, CompiledCoreRules>();

/** The language's tables (each built on first use). */
export function coreRules(lang: CoreLang): CompiledCoreRules {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = new CompiledCoreRules(CORE_RULES[lang](), lang)));
  return c;
}
